package org.annalist.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks a chosen body element and cuts its text into paragraphs at block elements, with
 * {@code <br>} as a line break. Embedded tweets ({@code blockquote.twitter-tweet}) become post
 * blocks; {@code h1} is skipped (the title is metadata); paragraphs that are mostly link text
 * (menus, "related" lists) are dropped.
 */
final class HtmlBlockCollector implements NodeFilter {

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "header",
            "footer", "figure", "address", "hr", "center", "details", "summary");
    /** Above this share of link text a paragraph is navigation, not prose. */
    private static final double MAX_LINK_SHARE = 0.8;
    private static final Pattern STATUS_LINK = Pattern.compile("(?:twitter|x)\\.com/(\\w{1,15})/status");

    private final List<BodyBlock> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private int preDepth;

    private HtmlBlockCollector() {
    }

    /** @return the paragraphs of {@code root} in document order */
    static List<BodyBlock> collect(Element root) {
        HtmlBlockCollector collector = new HtmlBlockCollector();
        NodeTraversor.filter(collector, root);
        collector.flush();
        return collector.blocks;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            String s = preDepth > 0 ? text.getWholeText() : text.text();
            current.append(s);
            if (linkDepth > 0) {
                linkChars += s.strip().length();
            }
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element el)) {
            return FilterResult.CONTINUE;
        }
        String tag = el.normalName();
        if (tag.equals("br")) {
            current.append('\n');
        } else if (tag.equals("h1")) {
            flush();
            return FilterResult.SKIP_ENTIRELY;
        } else if (tag.equals("blockquote") && el.hasClass("twitter-tweet")) {
            flush();
            BodyBlock post = tweet(el);
            if (post != null) {
                blocks.add(post);
            }
            return FilterResult.SKIP_ENTIRELY;
        } else if (BLOCK_TAGS.contains(tag)) {
            flush();
        }
        if (tag.equals("a")) {
            linkDepth++;
        } else if (tag.equals("pre")) {
            preDepth++;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element el) {
            String tag = el.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            } else if (tag.equals("pre")) {
                preDepth--;
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
            }
        }
        return FilterResult.CONTINUE;
    }

    private void flush() {
        String text = TextNormaliser.normaliseCharacters(current.toString());
        int visible = text.replaceAll("\\s", "").length();
        if (visible > 0 && (double) linkChars / visible < MAX_LINK_SHARE) {
            // <br><br> inside one element is how older pages separate paragraphs.
            for (String paragraph : TextNormaliser.paragraphs(text)) {
                blocks.add(BodyBlock.prose(paragraph));
            }
        }
        current.setLength(0);
        linkChars = 0;
    }

    /**
     * An embed as published: {@code <p>post text</p>&mdash; Name (@handle) <a>March 13, 2023</a>}.
     * Without a readable signature the handle still comes from the status link.
     */
    private static BodyBlock tweet(Element quote) {
        Element copy = quote.clone();
        List<String> textLines = new ArrayList<>();
        for (Element p : copy.select("p")) {
            textLines.add(textWithBreaks(p));
            p.remove();
        }
        List<String> rest = new ArrayList<>(List.of(textWithBreaks(copy).split("\n")));
        rest.removeIf(String::isBlank);
        PostSignature signature = null;
        if (!textLines.isEmpty()) {
            // The signature is what is left once the post's paragraphs are gone.
            signature = PostSignature.parse(TextNormaliser.collapseLine(String.join(" ", rest)));
        } else if (!rest.isEmpty()) {
            // No <p>: the post text runs into the signature on its last line.
            signature = PostSignature.parse(rest.get(rest.size() - 1));
            if (signature != null) {
                rest.set(rest.size() - 1, signature.textBefore());
            }
            textLines.addAll(rest);
        }
        if (signature == null) {
            Matcher status = STATUS_LINK.matcher(quote.select("a[href]").eachAttr("href").toString());
            signature = new PostSignature(null, status.find() ? status.group(1) : null, null, "");
        }
        String text = TextNormaliser.collapseLines(TextNormaliser.normaliseCharacters(String.join("\n", textLines)));
        return text.isEmpty() ? null : BodyBlock.post(text, signature);
    }

    private static String textWithBreaks(Element element) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                sb.append(t.text());
            } else if (node instanceof Element e && (e.normalName().equals("br") || e.normalName().equals("p"))) {
                sb.append('\n');
            }
        }, element);
        return sb.toString();
    }
}
