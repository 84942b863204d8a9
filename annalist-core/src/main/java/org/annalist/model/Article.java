package org.annalist.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A cleaned article: body text without boilerplate, plus its metadata.
 *
 * @param id       stable id: a hash of the normalised body, so the same article always gets the same id
 * @param url      source URL, or null
 * @param title    title, or null
 * @param date     publication date (source, else metadata, else dateline), or null when unknown
 * @param language ISO 639-1 code of the body's language ("en"), or "und"
 * @param text     the cleaned body; every offset in Annalist points into this string
 * @param dateline the dateline found at the start of the body, or null
 * @param embeds   embedded posts kept in {@code text} as quotations
 * @param origin       where the document came from (path, stdin, ...)
 * @param dateEvidence every date the document gives for itself, in the order they are trusted (source, metadata,
 *                     URL, dateline, then posts): {@code date} is the first that is not a post's; empty when unknown
 * @param metadata     author, site name, canonical and fetched URL; {@link PageMetadata#NONE} when unknown
 */
public record Article(String id, String url, String title, LocalDate date, String language, String text,
                      Dateline dateline, List<EmbeddedPost> embeds, String origin, List<DateEvidence> dateEvidence,
                      PageMetadata metadata) {
    public Article {
        embeds = embeds == null ? List.of() : List.copyOf(embeds);
        dateEvidence = dateEvidence == null ? List.of() : List.copyOf(dateEvidence);
        metadata = metadata == null ? PageMetadata.NONE : metadata;
    }

    /** An article without page metadata. */
    public Article(String id, String url, String title, LocalDate date, String language, String text,
                   Dateline dateline, List<EmbeddedPost> embeds, String origin, List<DateEvidence> dateEvidence) {
        this(id, url, title, date, language, text, dateline, embeds, origin, dateEvidence, PageMetadata.NONE);
    }

    /**
     * Every URL the article was seen at: {@link #url()}, then the canonical and the fetched URL when they differ.
     */
    public List<String> urls() {
        List<String> out = new ArrayList<>(3);
        if (url != null && !url.isBlank()) out.add(url);
        for (String u : metadata.urls()) if (!out.contains(u)) out.add(u);
        return out;
    }

    /**
     * The evidence that contradicts {@link #date()}, one line each ("dateline says 2023-03-13, metadata says
     * 2023-03-14"): a source, metadata or dateline date on another day, or a post dated after the article that
     * quotes it. A post dated before the article is no conflict: articles quote older posts.
     *
     * @return the conflicts, empty when the evidence agrees or the article has no date
     */
    public List<String> dateConflicts() {
        if (date == null) return List.of();
        String chosen = dateEvidence.stream().filter(e -> !e.isPost() && e.date().equals(date))
                .map(DateEvidence::source).findFirst().orElse("article");
        List<String> out = new ArrayList<>();
        for (DateEvidence e : dateEvidence) {
            boolean contradicts = e.isPost() ? e.date().isAfter(date) : !e.date().equals(date);
            if (contradicts) out.add(e.source() + " says " + e.date() + ", " + chosen + " says " + date);
        }
        return out;
    }

    /**
     * The day the story's words were written on, which "yesterday", "on Monday" and "last week" count from:
     * the dateline's date when it gives one (a wire story filed the day before the page was published), else
     * {@link #date()}.
     *
     * @return the reference date, or null when the article has no date at all
     */
    public LocalDate referenceDate() {
        return dateline != null && dateline.date() != null ? dateline.date() : date;
    }
}
