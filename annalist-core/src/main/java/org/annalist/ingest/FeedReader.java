package org.annalist.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.annalist.model.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * RSS and Atom feeds (ROME) to one {@link RawDocument} per item: the item's full content, else its description,
 * with its link as URL, its publication (else update) date, its author and title, and the feed's title as the
 * site's name. An item without text is refused; an item whose date cannot be read is kept without a date and
 * the unreadable date noted as a skip. A feed that is not well-formed XML, which ROME refuses whole, is read
 * item by item with jsoup's lenient XML parser, so one broken item costs that item only.
 */
public final class FeedReader {

    private static final String ITEMS = "item, entry";
    private static final String DATES = "pubDate, published, updated, dc|date, date, issued, modified";

    /** Reads the feed in {@code bytes}; returns the number of items handed on as documents. */
    public int read(String origin, byte[] bytes, Consumer<RawDocument> documents, Consumer<Skip> skips) {
        // jsoup sees every item, well-formed or not; its raw dates tell an unreadable date from a missing one
        Document xml = Jsoup.parse(new String(bytes, sniffCharset(bytes)), "", Parser.xmlParser());
        List<Element> rawItems = xml.select(ITEMS);
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            if (rawItems.isEmpty()) {
                skips.accept(new Skip(origin, "not a readable RSS or Atom feed: " + firstLine(e.getMessage())));
                return 0;
            }
            skips.accept(new Skip(origin, "feed is not well-formed XML (" + firstLine(e.getMessage())
                    + "); its items were read leniently"));
            return readLeniently(origin, xml, rawItems, documents, skips);
        }
        String site = blankToNull(feed.getTitle());
        List<SyndEntry> entries = feed.getEntries();
        boolean aligned = entries.size() == rawItems.size();
        int n = 0;
        for (int i = 0; i < entries.size(); i++) {
            SyndEntry e = entries.get(i);
            String itemOrigin = origin + "#" + (i + 1);
            String text = content(e);
            if (text == null) {
                skips.accept(new Skip(itemOrigin, "feed item has no text" + titled(e.getTitle())));
                continue;
            }
            Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            LocalDate date = when == null ? null : when.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            if (date == null && aligned) {
                String raw = rawDate(rawItems.get(i));
                if (raw != null) {
                    date = parseDate(raw);
                    if (date == null) {
                        skips.accept(new Skip(itemOrigin, "unreadable date \"" + raw + "\"; item read without a date"));
                    }
                }
            }
            String link = blankToNull(e.getLink());
            if (link == null && e.getUri() != null && e.getUri().startsWith("http")) link = e.getUri();
            documents.accept(new RawDocument(itemOrigin, link, text.getBytes(StandardCharsets.UTF_8), formatOf(e, text),
                    blankToNull(e.getTitle()), date, "UTF-8", author(e), site));
            n++;
        }
        return n;
    }

    private int readLeniently(String origin, Document xml, List<Element> items, Consumer<RawDocument> documents,
                              Consumer<Skip> skips) {
        Element channelTitle = xml.selectFirst("channel > title, feed > title");
        String site = channelTitle == null ? null : blankToNull(channelTitle.text());
        int n = 0;
        for (int i = 0; i < items.size(); i++) {
            Element item = items.get(i);
            String itemOrigin = origin + "#" + (i + 1);
            String title = childText(item, "title");
            String text = firstNonBlank(childText(item, "content|encoded"), childText(item, "content"),
                    childText(item, "description"), childText(item, "summary"));
            if (text == null) {
                skips.accept(new Skip(itemOrigin, "feed item has no text" + titled(title)));
                continue;
            }
            String raw = rawDate(item);
            LocalDate date = raw == null ? null : parseDate(raw);
            if (raw != null && date == null) {
                skips.accept(new Skip(itemOrigin, "unreadable date \"" + raw + "\"; item read without a date"));
            }
            Element linkEl = item.selectFirst("> link");
            String link = linkEl == null ? null
                    : blankToNull(linkEl.hasAttr("href") ? linkEl.attr("href") : linkEl.text());
            String author = firstNonBlank(childText(item, "dc|creator"), childText(item, "author > name"),
                    childText(item, "author"));
            RawDocument.Format format = text.contains("<") ? RawDocument.Format.HTML : RawDocument.Format.UNKNOWN;
            documents.accept(new RawDocument(itemOrigin, link, text.getBytes(StandardCharsets.UTF_8), format, title,
                    date, "UTF-8", author, site));
            n++;
        }
        return n;
    }

    private static String content(SyndEntry e) {
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) return c.getValue();
        }
        SyndContent d = e.getDescription();
        return d == null || d.getValue() == null || d.getValue().isBlank() ? null : d.getValue();
    }

    private static RawDocument.Format formatOf(SyndEntry e, String text) {
        for (SyndContent c : e.getContents()) {
            if (c.getType() != null && c.getType().contains("html")) return RawDocument.Format.HTML;
        }
        return text.contains("<") && text.contains(">") ? RawDocument.Format.HTML : RawDocument.Format.UNKNOWN;
    }

    private static String author(SyndEntry e) {
        if (e.getAuthor() != null && !e.getAuthor().isBlank()) return e.getAuthor().strip();
        for (SyndPerson p : e.getAuthors()) {
            if (p.getName() != null && !p.getName().isBlank()) return p.getName().strip();
        }
        return null;
    }

    private static String rawDate(Element item) {
        for (Element child : item.children()) {
            if (child.is(DATES)) {
                String t = child.text().strip();
                if (!t.isEmpty()) return t;
            }
        }
        return null;
    }

    /** RFC 822 dates (RSS), ISO 8601 dates (Atom, Dublin Core); null when neither. */
    static LocalDate parseDate(String raw) {
        String s = raw.strip();
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            // not RFC 822
        }
        try {
            return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static java.nio.charset.Charset sniffCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        var m = java.util.regex.Pattern.compile("encoding=[\"']([A-Za-z0-9_.:\\-]+)").matcher(head);
        if (m.find()) {
            try {
                return java.nio.charset.Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String childText(Element item, String selector) {
        Element el = item.selectFirst("> " + selector.replace(", ", ", > "));
        if (el == null) return null;
        // content:encoded and description hold escaped HTML or CDATA; text() gives it back unescaped
        return blankToNull(el.text());
    }

    private static String titled(String title) {
        return title == null || title.isBlank() ? "" : " (\"" + title.strip() + "\")";
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstLine(String s) {
        if (s == null) return "parse error";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
