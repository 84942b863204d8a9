package org.annalist.ingest;

/**
 * An input that was refused, and why, in one line a user understands.
 *
 * @param count how many inputs the line stands for: more than one when refusals of one kind are grouped (the
 *              non-HTML records of a WARC archive)
 */
public record Skip(String origin, String reason, long count) {

    /** One refused input. */
    public Skip(String origin, String reason) {
        this(origin, reason, 1);
    }
}
