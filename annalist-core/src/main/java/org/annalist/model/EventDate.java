package org.annalist.model;

import java.time.LocalDate;

/**
 * When an event happened.
 *
 * @param value     TIMEX3-style value ("2023-03-13", "2023-W10", "2023-03")
 * @param begin     first day of the interval
 * @param end       last day of the interval (inclusive)
 * @param precision day, week, month, year or range
 * @param basis     how it was found: "explicit", "dateline", "embed", "article"
 * @param span      the time expression's words, or null when the date is not from the sentence
 */
public record EventDate(String value, LocalDate begin, LocalDate end, Precision precision, String basis, Span span) {
}
