package org.annalist.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words that name places whatever the NER says: country and region names with their aliases, their capitals,
 * the demonyms and adjectives made from them ("Russian", "Nigerians") and languages named after places
 * ("English"); words the NER takes for places that name none ("El Niño"); and seats of government ("White
 * House", "Kremlin"), which name a place only where something happens at them, not where they stand for a
 * government ("the Kremlin said", "White House aides"). Keys are the words as written
 * (case kept); an all-capitals spelling of each word is accepted too.
 */
public final class PlaceVocabulary {

    /** What a vocabulary word is. */
    public enum Kind {
        /** a country's or region's name or alias ("Russia", "U.S.", "Middle East") */
        NAME,
        /** a capital city */
        CAPITAL,
        /** a demonym or adjective ("Russian", "Nigerians", "European") */
        DEMONYM,
        /** a language named after a place ("English", "Arabic") */
        LANGUAGE
    }

    private final Map<String, Kind> words;
    private final Set<String> notPlaces;
    private final Set<String> seats;
    private final Map<String, Kind> upperCase = new HashMap<>();

    /**
     * @param words     each word with what it is
     * @param notPlaces words that are never places
     * @param seats     seats of government ("White House"), places only where something happens at them
     */
    public PlaceVocabulary(Map<String, Kind> words, Set<String> notPlaces, Set<String> seats) {
        this.words = Collections.unmodifiableMap(new HashMap<>(words));
        this.notPlaces = Set.copyOf(notPlaces);
        this.seats = Set.copyOf(seats);
        words.forEach((w, k) -> upperCase.putIfAbsent(w.toUpperCase(Locale.ROOT), k));
    }

    /** A vocabulary of words and words that are never places, without seats of government. */
    public PlaceVocabulary(Map<String, Kind> words, Set<String> notPlaces) {
        this(words, notPlaces, Set.of());
    }

    /** Whether the words name a seat of government ("White House", "Kremlin"). */
    public boolean isSeatOfGovernment(String text) {
        return seats.contains(text);
    }

    /** Seats of government ("White House", "Kremlin"). */
    public Set<String> seats() {
        return seats;
    }

    /** Each word with what it is. */
    public Map<String, Kind> words() {
        return words;
    }

    /** Words that are never places. */
    public Set<String> notPlaces() {
        return notPlaces;
    }

    /** A vocabulary without words: the recogniser then relies on the NER alone. */
    public static PlaceVocabulary empty() {
        return new PlaceVocabulary(Map.of(), Set.of(), Set.of());
    }

    /**
     * The given words plus the built-in {@code place-words.tsv} (the European Union, peoples, languages, and
     * words that are not places). Words already given keep their kind.
     */
    public static PlaceVocabulary withBuiltIn(PlaceVocabulary countries) {
        Map<String, Kind> words = new HashMap<>(countries.words());
        Set<String> not = new HashSet<>(countries.notPlaces());
        try (InputStream in = PlaceVocabulary.class.getResourceAsStream("place-words.tsv")) {
            if (in == null) throw new IllegalStateException("resource org/annalist/places/place-words.tsv is missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = r.readLine();
            if (header == null || !header.startsWith("word\tkind")) {
                throw new IllegalStateException("place-words.tsv must start with the header word, kind, note");
            }
            String line;
            int number = 1;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 2 || f[0].isBlank()) throw new IllegalStateException("place-words.tsv line " + number + " has no word and kind");
                String word = f[0].trim();
                switch (f[1].trim()) {
                    case "name" -> words.putIfAbsent(word, Kind.NAME);
                    case "demonym" -> words.putIfAbsent(word, Kind.DEMONYM);
                    case "language" -> words.putIfAbsent(word, Kind.LANGUAGE);
                    case "not-a-place" -> not.add(word);
                    default -> throw new IllegalStateException("place-words.tsv line " + number + ": unknown kind " + f[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read place-words.tsv", e);
        }
        return new PlaceVocabulary(words, not, countries.seats());
    }

    /** What the words are (as written, or in capitals), or null when they are not in the vocabulary. */
    public Kind kind(String text) {
        Kind k = words.get(text);
        return k != null ? k : upperCase.get(text);
    }

    /** Whether the words name no place although the NER may say so. */
    public boolean isNotAPlace(String text) {
        return notPlaces.contains(text);
    }
}
