package org.annalist.ingest;

/** An input that was refused, and why, in one line a user understands. */
public record Skip(String origin, String reason) {
}
