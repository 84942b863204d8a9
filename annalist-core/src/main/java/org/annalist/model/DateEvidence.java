package org.annalist.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One date an article gives for itself, and where it was found.
 *
 * @param source {@link #SOURCE} (supplied with the document by a feed or crawl), {@link #METADATA} (the HTML
 *               page's own), {@link #URL} (a date in the page's URL), {@link #DATELINE}, or {@link #POST} (an
 *               embedded post's)
 * @param date   the date
 */
public record DateEvidence(String source, LocalDate date) {

    public static final String SOURCE = "source";
    public static final String METADATA = "metadata";
    public static final String URL = "url";
    public static final String DATELINE = "dateline";
    public static final String POST = "post";

    public DateEvidence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
    }

    /** Whether the date is an embedded post's, which may well be older than the article quoting it. */
    public boolean isPost() {
        return POST.equals(source);
    }
}
