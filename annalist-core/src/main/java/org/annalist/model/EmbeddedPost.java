package org.annalist.model;

import java.time.LocalDate;

/**
 * A social-media post embedded in an article (a tweet), kept in the text as a quotation.
 *
 * @param author display name of the author, or null
 * @param handle account handle without '@', or null
 * @param date   the post's own date, or null
 * @param start  offset of the quoted post text in the article text
 * @param end    end offset (exclusive)
 */
public record EmbeddedPost(String author, String handle, LocalDate date, int start, int end) {
}
