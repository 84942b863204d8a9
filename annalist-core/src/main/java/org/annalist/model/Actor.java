package org.annalist.model;

/**
 * An actor of an event.
 *
 * @param code  CAMEO actor code (country + role blocks: "RUSGOV", "AZEMIL", "---GOV"), or null when
 *              the words name an actor that no dictionary codes (kept, never invented)
 * @param text  the words that name the actor
 * @param start char offset into the article text
 * @param end   end offset (exclusive)
 */
public record Actor(String code, String text, int start, int end) {
    /** The country (first three-letter block) of the code, or null. */
    public String country() {
        return code == null || code.length() < 3 ? null : code.substring(0, 3);
    }
}
