// Mozilla Readability.js for `annalist eval extract --compare readability`.
// One long-running process: each stdin line is {"id", "url", "html"}; each stdout line answers one input
// line, in order, with {"id", "text", "nanos"} (text = Readability's textContent, "" when it finds no
// article) or {"id", "text": "", "error"}. nanos covers parsing the DOM and Readability only.
// SPDX-License-Identifier: GPL-3.0-or-later
import { createInterface } from 'node:readline';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

const FALLBACK_URL = 'https://example.invalid/';

function extract(page) {
  const url = typeof page.url === 'string' && URL.canParse(page.url) ? page.url : FALLBACK_URL;
  const start = process.hrtime.bigint();
  // A silent virtual console: page scripts are not run and CSS parse errors are not news.
  const dom = new JSDOM(page.html, { url, virtualConsole: new VirtualConsole() });
  const article = new Readability(dom.window.document).parse();
  const nanos = Number(process.hrtime.bigint() - start);
  dom.window.close();
  return { id: page.id, text: article && article.textContent ? article.textContent : '', nanos };
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  let reply;
  let id = null;
  try {
    const page = JSON.parse(line);
    id = page.id ?? null;
    reply = extract(page);
  } catch (e) {
    reply = { id, text: '', error: String((e && e.message) || e).split('\n')[0] };
  }
  process.stdout.write(JSON.stringify(reply) + '\n');
}
