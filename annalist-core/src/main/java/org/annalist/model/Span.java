package org.annalist.model;

/** Words of the article text: {@code text} equals {@code article.text().substring(start, end)}. */
public record Span(String text, int start, int end) {
}
