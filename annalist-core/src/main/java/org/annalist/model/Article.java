package org.annalist.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A cleaned article: body text without boilerplate, plus its metadata.
 *
 * @param id       stable id: a hash of the normalised body, so the same article always gets the same id
 * @param url      source URL, or null
 * @param title    title, or null
 * @param date     publication date (metadata, else dateline), or null when unknown
 * @param language ISO 639-1 code of the body's language ("en"), or "und"
 * @param text     the cleaned body; every offset in Annalist points into this string
 * @param dateline the dateline found at the start of the body, or null
 * @param embeds   embedded posts kept in {@code text} as quotations
 * @param origin   where the document came from (path, stdin, ...)
 */
public record Article(String id, String url, String title, LocalDate date, String language, String text,
                      Dateline dateline, List<EmbeddedPost> embeds, String origin) {
    public Article {
        embeds = embeds == null ? List.of() : List.copyOf(embeds);
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
