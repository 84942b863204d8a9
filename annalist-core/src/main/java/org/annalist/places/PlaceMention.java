package org.annalist.places;

import java.util.Objects;

/**
 * A place named in an article: the words as written and where they are.
 *
 * @param text     the words ({@code article.text().substring(start, end)})
 * @param start    char offset into the article text
 * @param end      end offset (exclusive)
 * @param sentence index of the sentence the words are in
 */
public record PlaceMention(String text, int start, int end, int sentence) {

    public PlaceMention {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad span " + start + "-" + end);
    }
}
