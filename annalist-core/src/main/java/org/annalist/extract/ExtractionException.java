package org.annalist.extract;

/**
 * A document the extract stage refuses, with a one-line message a user understands
 * ({@code binary content (NUL bytes in the first 8 KiB)}) and a {@link Reason} for the skips table.
 */
public class ExtractionException extends Exception {

    /** Why a document was refused; stable names, fit for a database column. */
    public enum Reason { TOO_LARGE, EMPTY, BINARY, NO_TEXT, NOT_ENGLISH }

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    public ExtractionException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** @return why the document was refused */
    public Reason reason() {
        return reason;
    }
}
