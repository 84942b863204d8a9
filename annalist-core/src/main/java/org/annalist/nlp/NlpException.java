package org.annalist.nlp;

/** The NLP stage could not annotate a document; the message says why in one line. */
public class NlpException extends RuntimeException {
    public NlpException(String message, Throwable cause) {
        super(message, cause);
    }
}
