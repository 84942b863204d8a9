package org.annalist.evaluation;

/**
 * An extraction system that cannot run at all (a missing Node.js, a failed package install, a crashed
 * process), as opposed to a page it refuses; the message is one line a user understands.
 */
public class ExtractionToolException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExtractionToolException(String message) {
        super(message);
    }

    public ExtractionToolException(String message, Throwable cause) {
        super(message, cause);
    }
}
