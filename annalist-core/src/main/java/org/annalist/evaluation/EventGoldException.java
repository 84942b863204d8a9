package org.annalist.evaluation;

/** A gold file that cannot be read: missing, unreadable, or not in the format of FORMATS.md. */
public class EventGoldException extends Exception {
    public EventGoldException(String message) {
        super(message);
    }

    public EventGoldException(String message, Throwable cause) {
        super(message, cause);
    }
}
