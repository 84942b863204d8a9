package org.annalist.actors;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phrases (sequences of upper-cased words) mapped to CAMEO actor codes or agent (role) codes.
 *
 * <p>Lookup is whole-word and case-insensitive: callers pass words through {@link #normalize(String)}.
 * At a position the longest phrase wins; among equal phrases the entry added first wins (file order).
 * Entries are indexed by their first word, so a lookup costs one hash probe plus a comparison of the
 * few phrases that start with that word.
 *
 * <p>An entry's codes may be restricted to dates (TABARI semantics, see {@link Entry#codesAt(LocalDate)}).
 * Instances are immutable and safe to share between threads.
 */
public final class ActorDictionary {

    /**
     * A code line restricted to dates, bounds inclusive; a null bound is open.
     *
     * @param codes the codes that apply in the interval (several for a {@code [A/B]} line)
     * @param from  first day the codes apply, or null
     * @param to    last day the codes apply, or null
     */
    public record CodeRestriction(List<String> codes, LocalDate from, LocalDate to) {
        public CodeRestriction {
            codes = List.copyOf(codes);
        }

        /** True when {@code date} lies in the interval. */
        public boolean appliesOn(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    /**
     * One dictionary entry: a phrase and what it codes.
     *
     * @param words        the phrase, normalised words in order
     * @param kind         COUNTRY, PERSON, ORGANIZATION, DICTIONARY (a PETRARCH actor) or AGENT
     * @param codes        undated codes; for an agent its role codes written {@code ~GOV} (appended to the
     *                     actor's code) or {@code NGO~} (put in front of it)
     * @param restrictions dated codes in file order
     * @param label        a readable name for messages (the primary phrase as written)
     * @param casing       how the sentence's words must be written to match (PETRARCH entries: any case)
     */
    public record Entry(List<String> words, ActorMention.Kind kind, List<String> codes,
                        List<CodeRestriction> restrictions, String label, Casing casing) {
        public Entry {
            words = List.copyOf(words);
            codes = List.copyOf(codes);
            restrictions = List.copyOf(restrictions);
            Objects.requireNonNull(kind, "kind");
            casing = casing == null ? Casing.ANY : casing;
            if (words.isEmpty()) throw new IllegalArgumentException("empty phrase for " + label);
        }

        public boolean isAgent() {
            return kind == ActorMention.Kind.AGENT;
        }

        /**
         * The codes that apply on {@code date}: the first dated restriction (in file order) that contains the
         * date, else the undated codes. With a null date only the undated codes apply. Returns an empty list
         * when nothing applies (the actor is then uncoded).
         */
        public List<String> codesAt(LocalDate date) {
            if (date != null) {
                for (CodeRestriction r : restrictions) if (r.appliesOn(date)) return r.codes();
            }
            return codes;
        }
    }

    /**
     * How the words of a sentence must be written for an entry to match. Built-in names use
     * {@link #CAPITALIZED} so that "turkey" or "china" in lower case are not countries, and {@link #UPPER}
     * for acronyms that are also words ("US" but not "us").
     */
    public enum Casing { ANY, CAPITALIZED, UPPER }

    /**
     * A discard phrase: a sentence containing it yields no event; with {@code wholeStory} the whole story.
     */
    public record Discard(List<String> words, boolean wholeStory, String label) {
        public Discard {
            words = List.copyOf(words);
        }
    }

    /** The entry found at a position and the word range it covers, {@code end} exclusive. */
    public record Match(Entry entry, int start, int end) {
        public int length() {
            return end - start;
        }
    }

    private final String name;
    private final List<Entry> entries;
    private final List<Discard> discards;
    private final Map<String, List<Entry>> byFirstWord;

    private ActorDictionary(String name, List<Entry> entries, List<Discard> discards) {
        this.name = name;
        this.entries = List.copyOf(entries);
        this.discards = List.copyOf(discards);
        Map<String, List<Entry>> index = new HashMap<>();
        for (Entry e : this.entries) index.computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(e);
        // longest first; List.sort is stable, so file order survives among equal lengths
        for (List<Entry> list : index.values()) list.sort(Comparator.comparingInt((Entry e) -> -e.words().size()));
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byFirstWord = Map.copyOf(index);
    }

    /** A builder for a dictionary named {@code name} (a file or resource name, used in messages). */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** An empty dictionary. */
    public static ActorDictionary empty(String name) {
        return new Builder(name).build();
    }

    public String name() {
        return name;
    }

    /** All entries in the order they were added. */
    public List<Entry> entries() {
        return entries;
    }

    /** Discard phrases (PETRARCH discards files), in file order. */
    public List<Discard> discards() {
        return discards;
    }

    public int size() {
        return entries.size();
    }

    /**
     * The longest entry whose phrase equals {@code words[start ..]}; the first such entry among equal phrases.
     *
     * @param words normalised words (see {@link #normalize(String)})
     */
    public Optional<Match> longestAt(List<String> words, int start) {
        return longestAt(words, null, start);
    }

    /**
     * As {@link #longestAt(List, int)}, also checking the casing of entries that require one against the words
     * as written ({@code original}, same length as {@code words}; null skips the check).
     */
    public Optional<Match> longestAt(List<String> words, List<String> original, int start) {
        List<Entry> candidates = byFirstWord.get(words.get(start));
        if (candidates == null) return Optional.empty();
        for (Entry e : candidates) {
            if (matchesAt(e.words(), words, start) && casingFits(e, original, start)) {
                return Optional.of(new Match(e, start, start + e.words().size()));
            }
        }
        return Optional.empty();
    }

    /**
     * Every entry whose phrase is the longest found at {@code start} (as {@link #longestAt(List, List, int)} finds
     * it), in file order: a surname that several people share gives one match for each of them.
     */
    public List<Match> longestMatchesAt(List<String> words, List<String> original, int start) {
        List<Entry> candidates = byFirstWord.get(words.get(start));
        if (candidates == null) return List.of();
        List<Match> out = new ArrayList<>();
        for (Entry e : candidates) {
            if (!out.isEmpty() && e.words().size() < out.get(0).length()) break;
            if (matchesAt(e.words(), words, start) && casingFits(e, original, start)) {
                out.add(new Match(e, start, start + e.words().size()));
            }
        }
        return out;
    }

    private static boolean casingFits(Entry e, List<String> original, int start) {
        if (original == null || e.casing() == Casing.ANY) return true;
        for (int k = 0; k < e.words().size(); k++) {
            String w = original.get(start + k);
            if (w.isEmpty()) continue;
            if (e.casing() == Casing.UPPER) {
                if (!w.equals(w.toUpperCase(Locale.ROOT))) return false;
            } else if (k == 0 && Character.isLowerCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The first discard phrase found anywhere in {@code words} (normalised), if any. */
    public Optional<Discard> findDiscard(List<String> words) {
        for (Discard d : discards) {
            for (int i = 0; i + d.words().size() <= words.size(); i++) {
                if (matchesAt(d.words(), words, i)) return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static boolean matchesAt(List<String> phrase, List<String> words, int start) {
        if (start + phrase.size() > words.size()) return false;
        for (int k = 0; k < phrase.size(); k++) if (!phrase.get(k).equals(words.get(start + k))) return false;
        return true;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * The form in which words are compared: upper case, accents removed, typographic apostrophes made
     * plain, and a final period dropped so that {@code U.S.} and {@code U.S} (a sentence-final split) meet.
     */
    public static String normalize(String word) {
        String w = word;
        if (!w.chars().allMatch(c -> c < 128)) {
            w = MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("");
            w = w.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2010', '-').replace('\u2011', '-');
        }
        w = w.toUpperCase(Locale.ROOT);
        if (w.length() > 1 && w.endsWith(".")) w = w.substring(0, w.length() - 1);
        return w;
    }

    /** Normalises each word of a phrase. */
    public static List<String> normalizeAll(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) out.add(normalize(w));
        return out;
    }

    /** Collects entries and discards in order. */
    public static final class Builder {
        private final String name;
        private final List<Entry> entries = new ArrayList<>();
        private final List<Discard> discards = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /**
         * Adds an entry. A phrase with a hyphenated word ("AL-QAEDA") or a possessive ("PEOPLE'S", "WORKERS'") is
         * also added as tokenizers that split hyphens and clitics give it ("AL - QAEDA", "PEOPLE 'S").
         */
        public Builder add(Entry entry) {
            entries.add(entry);
            List<String> split = splitHyphens(entry.words());
            if (split.size() != entry.words().size()) {
                entries.add(new Entry(split, entry.kind(), entry.codes(), entry.restrictions(), entry.label(),
                        entry.casing()));
            }
            return this;
        }

        private static List<String> splitHyphens(List<String> words) {
            List<String> out = new ArrayList<>();
            for (String w : words) {
                if (w.length() > 2 && w.endsWith("'S")) {
                    out.add(w.substring(0, w.length() - 2));
                    out.add("'S");
                    continue;
                }
                if (w.length() > 1 && w.endsWith("'")) {
                    out.add(w.substring(0, w.length() - 1));
                    out.add("'");
                    continue;
                }
                if (w.length() < 3 || w.indexOf('-') <= 0 || w.endsWith("-")) {
                    out.add(w);
                    continue;
                }
                String[] parts = w.split("-");
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) out.add("-");
                    out.add(parts[i]);
                }
            }
            return out;
        }

        /** Adds an entry for each phrase (the words are normalised here). */
        public Builder add(List<String> words, ActorMention.Kind kind, List<String> codes,
                           List<CodeRestriction> restrictions, String label) {
            return add(new Entry(normalizeAll(words), kind, codes, restrictions, label, Casing.ANY));
        }

        public Builder addDiscard(Discard discard) {
            discards.add(discard);
            return this;
        }

        /** Adds every entry and discard of another dictionary, after those already added. */
        public Builder addAll(ActorDictionary other) {
            entries.addAll(other.entries);
            discards.addAll(other.discards);
            return this;
        }

        public ActorDictionary build() {
            return new ActorDictionary(name, entries, discards);
        }
    }

    @Override
    public String toString() {
        return "ActorDictionary[" + name + ", " + entries.size() + " entries, " + discards.size() + " discards]";
    }
}
