package org.annalist.coding;

/**
 * Receives the coder's decisions, one line at a time, for the {@code explain} command. The coder builds no message
 * at all when it is given {@link #OFF}.
 */
@FunctionalInterface
public interface CoderTrace {
    /** Discards everything; the default. */
    CoderTrace OFF = (sentence, message) -> { };

    /**
     * @param sentence 0-based sentence index
     * @param message  one decision ("trigger 'met' -> 040 by trig:meet#040", "no source: dropped")
     */
    void note(int sentence, String message);
}
