package org.annalist.evaluation;

/** A gold file (events, times, ...) that cannot be read: missing, unreadable, or not in the format of FORMATS.md. */
public class GoldFileException extends Exception {
    public GoldFileException(String message) {
        super(message);
    }

    public GoldFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
