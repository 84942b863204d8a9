package org.annalist.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an input file holds, judged from its first bytes and, where the bytes leave it open, its name. The
 * bytes win: a feed saved as {@code .html} is read as a feed, a WARC without its extension as a WARC.
 */
public enum SourceFormat {
    /** One HTML page. */
    HTML,
    /** One plain-text article. */
    TEXT,
    /** JSON Lines, one article a line (FORMATS.md §5). */
    JSONL,
    /** An RSS or Atom feed, one article an item. */
    FEED,
    /** A WARC archive, one article per HTML response or resource record. */
    WARC,
    /** A gzip-compressed WARC archive (a gzip member per record, as Common Crawl writes them). */
    WARC_GZ,
    /** Any other gzip-compressed file; what it holds is sniffed after decompression. */
    GZIP;

    /** Bytes of a file's head that {@link #sniff} looks at. */
    public static final int HEAD_BYTES = 4096;

    private static final Pattern FEED_ROOT = Pattern.compile(
            "^(?:\\s*<\\?xml[^>]*>)?(?:\\s*<!--.*?-->|\\s*<\\?[^>]*>|\\s*<!DOCTYPE[^>]*>)*\\s*<(?:rss|feed|rdf:RDF)[\\s>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_TAGS = Pattern.compile(
            "<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<p[\\s>]|<div[\\s>]|<article[\\s>]",
            Pattern.CASE_INSENSITIVE);

    /**
     * The format of a file from its name and its first bytes (up to {@link #HEAD_BYTES}).
     *
     * @param name the file name, or null (standard input)
     * @param head the first bytes of the file
     */
    public static SourceFormat sniff(String name, byte[] head) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (GzipMemberStream.isGzip(head)) {
            return lower.endsWith(".warc.gz") || lower.endsWith(".arc.gz") ? WARC_GZ : GZIP;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        String stripped = stripBom(text).stripLeading();
        if (stripped.startsWith("WARC/")) return WARC;
        if (FEED_ROOT.matcher(stripBom(text)).lookingAt()) return FEED;
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".jsonl.gz")) return JSONL;
        if (stripped.startsWith("{") && (lower.endsWith(".json") || name == null || looksLikeJsonLine(stripped))) {
            return JSONL;
        }
        if (lower.endsWith(".rss") || lower.endsWith(".atom")) return FEED;
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) return HTML;
        return HTML_TAGS.matcher(text).find() ? HTML : TEXT;
    }

    /** The name of a file inside a gzip file: {@code a.jsonl.gz} holds {@code a.jsonl}. */
    static String innerName(String name) {
        if (name == null) return null;
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    private static boolean looksLikeJsonLine(String s) {
        // {"id": ..., "text": ...} on one line: JSON Lines without the extension
        int newline = s.indexOf('\n');
        String first = newline < 0 ? s : s.substring(0, newline);
        return first.contains("\"text\"") || first.stripTrailing().endsWith("}");
    }

    private static String stripBom(String latin1) {
        return latin1.startsWith("\u00ef\u00bb\u00bf") ? latin1.substring(3) : latin1;
    }
}
