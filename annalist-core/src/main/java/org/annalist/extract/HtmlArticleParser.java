package org.annalist.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * An HTML page to its title, date, URL and body paragraphs. The body is, in order of trust:
 * the JSON-LD {@code articleBody}; the {@code [itemprop=articleBody]} or {@code <article>}
 * element; else the element whose paragraphs carry the most text, discounted by its share of
 * link text (within {@code <main>} when there is one). Navigation, headers, footers, asides,
 * forms, scripts, captions and elements classed as share/related/ad/newsletter widgets are
 * removed first.
 */
final class HtmlArticleParser {

    /** What the page yields; any field but {@code blocks} may be null. */
    record HtmlArticle(String title, LocalDate date, String url, List<BodyBlock> blocks, String author, String siteName) {
    }

    private record JsonLdArticle(String body, String headline, LocalDate datePublished, String author, String publisher) {
    }

    private static final String JUNK_TAGS = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, canvas, button, select, input, textarea, label, figcaption, [hidden], [aria-hidden=true]";
    /** Parts of class and id names ("article-share-bar", "related_stories") that mark widgets. */
    private static final Set<String> JUNK_NAME_PARTS = Set.of("share", "sharing", "social", "socials", "related",
            "newsletter", "subscribe", "subscription", "advert", "advertisement", "ads", "ad", "adslot", "promo",
            "sponsored", "cookie", "cookies", "consent", "sidebar", "breadcrumb", "breadcrumbs", "comments",
            "comment", "disqus", "outbrain", "taboola", "popup", "modal", "navbar", "navigation", "menu",
            "trending", "recommended", "toolbar", "footer", "masthead", "gallery", "slideshow", "carousel", "lightbox",
            "caption", "byline", "timestamp");
    private static final Set<String> INLINE_TAGS = Set.of("a", "b", "i", "em", "strong", "span", "font", "small",
            "sup", "sub", "u", "abbr", "cite", "q", "time", "mark", "s", "code");
    private static final Pattern NAME_SPLIT = Pattern.compile("[\\s_\\-]+");
    private static final Pattern HTML_MARKUP = Pattern.compile("<(?:p|br|div)[\\s>/]", Pattern.CASE_INSENSITIVE);
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—]{1,30}$");
    /** Paragraphs shorter than this are captions, bylines and buttons, not evidence of a body. */
    private static final int MIN_PARAGRAPH = 25;
    private static final int MIN_BODY = 80;

    private final ObjectMapper json = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    HtmlArticle parse(String html, String documentUrl) {
        Document doc = Jsoup.parse(html, documentUrl == null ? "" : documentUrl);
        JsonLdArticle ld = jsonLd(doc);
        String title = firstNonBlank(meta(doc, "og:title"), ld.headline(), pageTitle(doc), text(doc.selectFirst("h1")));
        LocalDate date = firstDate(
                EnglishDates.isoPrefix(meta(doc, "article:published_time")),
                ld.datePublished(),
                EnglishDates.isoPrefix(attr(doc.selectFirst("[itemprop=datePublished]"), "content", "datetime")),
                EnglishDates.isoPrefix(attr(doc.selectFirst("time[datetime]"), "datetime")));
        String url = firstNonBlank(link(doc.selectFirst("link[rel=canonical]"), "href"),
                link(doc.selectFirst("meta[property=og:url]"), "content"));
        String author = byline(firstNonBlank(ld.author(), meta(doc, "author"), meta(doc, "article:author"),
                meta(doc, "parsely-author"), meta(doc, "sailthru.author"), meta(doc, "dc.creator"),
                text(doc.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author]"))));
        String siteName = firstNonBlank(meta(doc, "og:site_name"), ld.publisher(), meta(doc, "application-name"),
                meta(doc, "publisher"));
        removeJunk(doc);
        Element root = bodyRoot(doc);
        List<BodyBlock> blocks = root == null ? List.of() : HtmlBlockCollector.collect(root);
        if (ld.body() != null) {
            List<BodyBlock> declared = articleBodyBlocks(ld.body());
            if (!isTeaser(declared, blocks)) {
                blocks = declared;
            }
        }
        return new HtmlArticle(title, date, url, blocks, author, siteName);
    }

    private JsonLdArticle jsonLd(Document doc) {
        String body = null;
        String headline = null;
        LocalDate published = null;
        String author = null;
        String publisher = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = json.readTree(script.data());
            } catch (Exception e) {
                continue; // broken JSON-LD is common; the DOM still has the article
            }
            List<JsonNode> nodes = new ArrayList<>();
            collectObjects(root, nodes);
            for (JsonNode node : nodes) {
                String nodeBody = textual(node, "articleBody");
                boolean article = nodeBody != null || node.path("@type").toString().contains("Article")
                        || node.path("@type").toString().contains("BlogPosting");
                if (!article) {
                    continue;
                }
                if (body == null && nodeBody != null) {
                    body = nodeBody;
                }
                headline = headline != null ? headline : textual(node, "headline");
                published = published != null ? published : EnglishDates.isoPrefix(textual(node, "datePublished"));
                author = author != null ? author : names(node.get("author"));
                publisher = publisher != null ? publisher : names(node.get("publisher"));
            }
        }
        return new JsonLdArticle(body, headline == null ? null : TextNormaliser.collapseLine(Parser.unescapeEntities(headline, false)),
                published, author, publisher);
    }

    /** A JSON-LD person or organisation: a name, an object with a name, or a list of them ("A and B"). */
    private static String names(JsonNode node) {
        if (node == null || node.isNull()) return null;
        if (node.isTextual()) return node.asText().isBlank() ? null : TextNormaliser.collapseLine(node.asText());
        if (node.isObject()) return names(node.get("name"));
        if (node.isArray()) {
            List<String> all = new ArrayList<>();
            node.forEach(n -> {
                String name = names(n);
                if (name != null && !all.contains(name)) all.add(name);
            });
            if (all.isEmpty()) return null;
            if (all.size() == 1) return all.get(0);
            return String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.get(all.size() - 1);
        }
        return null;
    }

    /** "By Ana Reyes" is Ana Reyes; a URL (some sites put the author's page there) is no name. */
    private static String byline(String raw) {
        if (raw == null) return null;
        String s = raw.replaceFirst("(?i)^by\\s+", "").strip();
        if (s.isEmpty() || s.startsWith("http://") || s.startsWith("https://") || s.length() > 120) return null;
        return s;
    }

    /** Some sites put only the opening of the story in JSON-LD, cut with an ellipsis. */
    private static boolean isTeaser(List<BodyBlock> declared, List<BodyBlock> page) {
        if (declared.isEmpty()) {
            return true;
        }
        String last = declared.get(declared.size() - 1).text();
        int declaredLength = length(declared);
        return (last.endsWith("...") || last.endsWith("…")) && declaredLength < length(page)
                || declaredLength * 3 < length(page);
    }

    private static int length(List<BodyBlock> blocks) {
        return blocks.stream().mapToInt(b -> b.text().length()).sum();
    }

    private static void collectObjects(JsonNode node, List<JsonNode> out) {
        if (node.isObject()) {
            out.add(node);
        }
        if (node.isContainerNode()) {
            node.forEach(child -> collectObjects(child, out));
        }
    }

    private static String textual(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    /** JSON-LD bodies are plain text with a newline per paragraph, or now and then HTML. */
    private static List<BodyBlock> articleBodyBlocks(String body) {
        String unescaped = Parser.unescapeEntities(body, false);
        if (HTML_MARKUP.matcher(unescaped).find()) {
            return HtmlBlockCollector.collect(Jsoup.parseBodyFragment(unescaped).body());
        }
        List<BodyBlock> blocks = new ArrayList<>();
        for (String line : TextNormaliser.normaliseCharacters(unescaped).split("\n")) {
            String paragraph = TextNormaliser.collapseLine(line);
            if (!paragraph.isEmpty()) {
                blocks.add(BodyBlock.prose(paragraph));
            }
        }
        return blocks;
    }

    private static void removeJunk(Document doc) {
        Element body = doc.body();
        int pageProse = proseLength(body);
        List<Element> junk = new ArrayList<>(body.select(JUNK_TAGS));
        for (Element el : body.getAllElements()) {
            if (hasJunkName(el)) {
                junk.add(el);
            }
        }
        for (Element el : junk) {
            // A page wrapped in one <form> or a story inside a "sidebar-layout" div stays.
            boolean holdsArticle = el == body || !el.select("article, main, [itemprop=articleBody]").isEmpty()
                    || (proseLength(el) >= MIN_BODY && proseLength(el) * 2 > pageProse);
            if (!holdsArticle) {
                el.remove();
            }
        }
    }

    private static boolean hasJunkName(Element el) {
        for (String part : NAME_SPLIT.split(el.className() + " " + el.id())) {
            if (JUNK_NAME_PARTS.contains(part.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Characters of text outside links: what a reader would read rather than click. */
    private static int proseLength(Element el) {
        int links = 0;
        for (Element a : el.select("a")) {
            links += a.text().length();
        }
        return Math.max(0, el.text().length() - links);
    }

    private static Element bodyRoot(Document doc) {
        Element marked = richest(doc.select("[itemprop=articleBody]"));
        if (marked != null && proseLength(marked) >= MIN_BODY) {
            return marked;
        }
        // An <article> counts only when it holds much of the page's prose: listing pages mark
        // every teaser card as an <article>.
        int pageProse = proseLength(doc.body());
        Element article = richest(doc.select("article"));
        if (article != null && proseLength(article) >= MIN_BODY && proseLength(article) * 5 >= pageProse * 2) {
            return article;
        }
        // Pages may carry several <main>s, some empty; one that lacks most of the prose is no scope.
        Element scope = richest(doc.select("main, [role=main]"));
        if (scope == null || proseLength(scope) * 2 < pageProse) {
            scope = doc.body();
        }
        Element densest = densest(scope);
        return densest != null ? densest : scope;
    }

    private static Element richest(List<Element> elements) {
        Element best = null;
        int bestProse = -1;
        for (Element el : elements) {
            int prose = proseLength(el);
            if (prose > bestProse) {
                best = el;
                bestProse = prose;
            }
        }
        return best;
    }

    /**
     * Each run of text of real length (a paragraph, or text written straight into a div) votes
     * its length for the element that holds it and half of it for the next one up; an element's
     * score is then discounted by its share of link text.
     */
    private static Element densest(Element scope) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element el : scope.getAllElements()) {
            String tag = el.normalName();
            boolean paragraph = tag.equals("p") || tag.equals("pre");
            int length = paragraph ? el.text().length() : inlineTextLength(el);
            if (length < MIN_PARAGRAPH) {
                continue;
            }
            Element holder = paragraph ? el.parent() : el;
            if (holder == null) {
                continue;
            }
            scores.merge(holder, (double) length, Double::sum);
            Element above = holder.parent();
            if (above != null) {
                scores.merge(above, length / 2.0, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double score = e.getValue() * (1 - linkShare(e.getKey()));
            if (score > bestScore) {
                best = e.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    /** Text an element holds directly or in inline children (a, b, em, span...), not in blocks. */
    private static int inlineTextLength(Element el) {
        int length = 0;
        for (Node child : el.childNodes()) {
            if (child instanceof TextNode t) {
                length += t.text().strip().length();
            } else if (child instanceof Element c && INLINE_TAGS.contains(c.normalName())) {
                length += c.text().length();
            }
        }
        return length;
    }

    private static double linkShare(Element el) {
        int text = el.text().length();
        if (text == 0) {
            return 1;
        }
        int links = 0;
        for (Element a : el.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, (double) links / text);
    }

    private static String meta(Document doc, String property) {
        Element el = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return el == null ? null : TextNormaliser.collapseLine(el.attr("content"));
    }

    private static String pageTitle(Document doc) {
        String title = TextNormaliser.collapseLine(doc.title());
        String stripped = SITE_SUFFIX.matcher(title).replaceFirst("");
        // Only a suffix shorter than what it follows is a site name.
        return stripped.length() * 2 > title.length() ? stripped : title;
    }

    private static String text(Element el) {
        return el == null ? null : TextNormaliser.collapseLine(el.text());
    }

    private static String attr(Element el, String... names) {
        if (el == null) {
            return null;
        }
        for (String name : names) {
            if (el.hasAttr(name)) {
                return el.attr(name);
            }
        }
        return null;
    }

    /** An absolute URL from an attribute, resolved against the document URL when relative. */
    private static String link(Element el, String attribute) {
        if (el == null) {
            return null;
        }
        String absolute = el.absUrl(attribute);
        if (!absolute.isEmpty()) {
            return absolute;
        }
        String raw = el.attr(attribute).strip();
        return raw.startsWith("http://") || raw.startsWith("https://") ? raw : null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static LocalDate firstDate(LocalDate... dates) {
        for (LocalDate d : dates) {
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
