package org.annalist.places;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Words that name places whatever the NER says: country and region names with their aliases, their capitals,
 * and the demonyms and adjectives made from them ("Russian", "Nigerians"). Keys are the words as written
 * (case kept); the recogniser also accepts an all-capitals spelling of each.
 *
 * @param words each word with what it is
 */
public record PlaceVocabulary(Map<String, Kind> words) {

    /** What a vocabulary word is. */
    public enum Kind {
        /** a country's or region's name or alias ("Russia", "U.S.", "Middle East") */
        NAME,
        /** a capital city */
        CAPITAL,
        /** a demonym or adjective ("Russian", "Nigerians", "European") */
        DEMONYM
    }

    public PlaceVocabulary {
        words = Collections.unmodifiableMap(new HashMap<>(words));
    }

    /** A vocabulary without words: the recogniser then relies on the NER alone. */
    public static PlaceVocabulary empty() {
        return new PlaceVocabulary(Map.of());
    }

    /** What the words are, or null when they are not in the vocabulary. */
    public Kind kind(String text) {
        return words.get(text);
    }
}
