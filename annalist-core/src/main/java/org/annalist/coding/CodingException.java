package org.annalist.coding;

/** The coder's resources could not be read (a malformed trigger or discard file, a missing resource). */
public class CodingException extends Exception {
    public CodingException(String message) { super(message); }

    public CodingException(String message, Throwable cause) { super(message, cause); }
}
