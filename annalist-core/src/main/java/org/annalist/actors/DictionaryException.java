package org.annalist.actors;

/**
 * An actor, agent, discard or people dictionary could not be read: the file is missing, unreadable or has a
 * line the format does not allow. The message names the file and line.
 */
public class DictionaryException extends Exception {
    public DictionaryException(String message) {
        super(message);
    }

    public DictionaryException(String message, Throwable cause) {
        super(message, cause);
    }
}
