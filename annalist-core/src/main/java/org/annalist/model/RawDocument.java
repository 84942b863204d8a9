package org.annalist.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One input document as it came from a source, before extraction.
 *
 * @param origin       where it came from, for messages and skips (a path, "stdin", "file.jsonl:12")
 * @param url          the document's URL when known (a WARC record's target URI, a feed item's link), else null
 * @param bytes        the raw content (HTML or text, any encoding)
 * @param format       what the source says the content is
 * @param titleHint    a title supplied by the source (JSONL, feed), else null
 * @param dateHint     a publication date supplied by the source, else null
 * @param charsetHint  the charset the transport declared (an HTTP {@code Content-Type} header), else null
 * @param authorHint   an author supplied by the source (a feed item's author), else null
 * @param siteHint     the publishing site's name supplied by the source (a feed's title), else null
 */
public record RawDocument(String origin, String url, byte[] bytes, Format format, String titleHint, LocalDate dateHint,
                          String charsetHint, String authorHint, String siteHint) {

    /** What the source says the bytes are; {@link #UNKNOWN} means sniff. */
    public enum Format { TEXT, HTML, UNKNOWN }

    public RawDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(bytes, "bytes");
        format = format == null ? Format.UNKNOWN : format;
    }

    /** A document without charset, author or site hints. */
    public RawDocument(String origin, String url, byte[] bytes, Format format, String titleHint, LocalDate dateHint) {
        this(origin, url, bytes, format, titleHint, dateHint, null, null, null);
    }

    /** A plain-text document, e.g. for tests and the eval command. */
    public static RawDocument ofText(String origin, String text, LocalDate date) {
        return new RawDocument(origin, null, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), Format.TEXT, null, date);
    }
}
