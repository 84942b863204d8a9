package org.annalist.ingest;

import static org.annalist.ingest.WarcFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.extract.ArticleExtractor;
import org.annalist.extract.ExtractionException;
import org.annalist.model.Article;
import org.annalist.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One batch of bad inputs among good ones, read and extracted as {@code annalist ingest} does: every bad input
 * ends as a skip with a reason a user understands, and every good one comes through.
 */
class RobustnessTest {

    @TempDir
    Path dir;

    final Map<String, Article> articles = new LinkedHashMap<>();
    final Map<String, String> skips = new LinkedHashMap<>();
    final ArticleExtractor extractor = new ArticleExtractor();

    void ingest() {
        new DocumentSource().read(dir.toString(), doc -> {
            try {
                articles.put(name(doc.origin()), extractor.extract(doc));
            } catch (ExtractionException e) {
                skips.put(name(doc.origin()), e.getMessage());
            }
        }, skip -> skips.merge(name(skip.origin()), skip.reason(), (a, b) -> a + " | " + b));
    }

    String name(String origin) {
        return dir.relativize(Path.of(origin.replaceAll("[@#].*$", ""))).toString() + origin.replaceAll("^[^@#]*", "");
    }

    @Test
    void aBatchOfBrokenInputsLosesNothingElse() throws IOException {
        Files.writeString(dir.resolve("01-good.html"), page(1));
        // broken nesting: misnested inline tags, unclosed paragraphs and divs, stray closing tags, a stray cell
        Files.writeString(dir.resolve("02-nesting.html"), "<html><body><div><article><div><p>The river authority said on Friday"
                + " that the flood barrier at Millford had held overnight <b>despite <i>record</b> water levels</i>."
                + "</table></span><p>Engineers will inspect the barrier again on Saturday morning, a spokesman for the authority said"
                + "<td>and residents were told they could return home.</article></span></body>");
        // 30 MB of HTML: over the extractor's 20 MiB limit
        StringBuilder huge = new StringBuilder(31 * 1024 * 1024).append("<html><body>");
        String para = "<p>" + "The committee met again to discuss the budget for the coming year. ".repeat(20) + "</p>\n";
        while (huge.length() < 30 * 1024 * 1024) huge.append(para);
        Files.writeString(dir.resolve("03-huge.html"), huge.append("</body></html>"));
        Files.writeString(dir.resolve("04-notext.html"), "<html><head><title>Gallery</title></head><body>"
                + "<nav><a href=/>Home</a></nav><img src=a.jpg><img src=b.jpg><footer>© 2023</footer></body></html>");
        // labelled UTF-8, written in windows-1252
        Files.write(dir.resolve("05-mislabelled.html"), ("<html><head><meta charset=\"utf-8\"></head><body><article>"
                + "<p>Caf\u00e9 owners in Z\u00fcrich said on Monday that the \u201cnew rules\u201d on terraces were fair and that"
                + " they would apply them from next week, after a meeting with the city council.</p></article></body></html>")
                .getBytes(Charset.forName("windows-1252")));
        byte[] gz = gzip(page(6).getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("06-truncated.html.gz"), Arrays.copyOf(gz, gz.length - 30));
        byte[] broken = gzip(response("http://example.org/w2", page(72)));
        for (int i = 20; i < broken.length - 20; i += 5) broken[i] ^= 0x33;
        Files.write(dir.resolve("07-archive.warc.gz"), concat(gzip(response("http://example.org/w1", page(71))), broken,
                gzip(response("http://example.org/w404", 404, "text/html", "<p>gone</p>".getBytes(StandardCharsets.UTF_8))),
                gzip(response("http://example.org/w3", page(73)))));
        Files.writeString(dir.resolve("08-feed.rss"), FeedReaderTest.RSS);
        Files.writeString(dir.resolve("09-good.txt"), "Talks resume in Geneva\n\nNegotiators from both sides returned to"
                + " Geneva on Tuesday for a new round of talks on the water-sharing treaty, diplomats said.");

        ingest();

        assertThat(articles).containsKeys("01-good.html", "02-nesting.html", "05-mislabelled.html", "07-archive.warc.gz@0",
                "09-good.txt");
        assertThat(articles.keySet()).anyMatch(k -> k.startsWith("07-archive.warc.gz@") && !k.endsWith("@0"));
        assertThat(articles.get("02-nesting.html").text()).contains("despite record water levels")
                .contains("Engineers will inspect").contains("residents were told");
        assertThat(articles.get("05-mislabelled.html").text()).contains("Caf\u00e9 owners in Z\u00fcrich")
                .contains("\u201cnew rules\u201d");
        assertThat(articles).containsKey("08-feed.rss#1");
        assertThat(skips.get("03-huge.html")).startsWith("document too large");
        assertThat(skips.get("04-notext.html")).isEqualTo("no article text found in HTML");
        assertThat(skips.get("06-truncated.html.gz")).startsWith("unreadable gzip: truncated gzip stream");
        assertThat(skips.get("07-archive.warc.gz")).contains("1 record skipped: HTTP status 404");
        assertThat(skips.keySet()).anyMatch(k -> k.startsWith("07-archive.warc.gz@") && skips.get(k).startsWith("corrupt record"));
        assertThat(skips).containsKeys("08-feed.rss#2", "08-feed.rss#3");
        List<String> urls = new ArrayList<>();
        articles.values().forEach(a -> urls.add(a.metadata().documentUrl()));
        assertThat(urls).contains("http://example.org/w1", "http://example.org/w3").doesNotContain("http://example.org/w2");
    }
}
