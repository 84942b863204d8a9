package org.annalist.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A light English-or-not check: the share of words that are common English function words
 * ("the", "of", "and", ...). English news prose runs at 30-50 %; French, German or Spanish text
 * shares only a few words with the list and stays under 10 %. Lists, tables and name-heavy
 * stories can fall lower, so a share between 4 and 15 % is English only when it beats the
 * function words of the other common Latin-script languages of the news (fr, es, pt, it, de, nl,
 * id). Text in another script is not English whatever its length. It says "en" or "und",
 * nothing finer.
 */
final class EnglishDetector {

    /** Verdict and the evidence for it, for the refusal message. */
    record Result(String language, int words, double functionWordShare, UnicodeScript mainScript) {
        boolean isEnglish() {
            return language.equals("en");
        }

        /** Whether the evidence suffices to call the text not English: another script, or enough words. */
        boolean isClearlyNotEnglish() {
            return !isEnglish() && (mainScript != UnicodeScript.LATIN || words >= MIN_WORDS);
        }

        String describe() {
            if (mainScript != UnicodeScript.LATIN) {
                return String.format(Locale.ROOT, "mostly %s script", scriptName(mainScript));
            }
            return String.format(Locale.ROOT, "English function words are %.0f%% of %d words",
                    functionWordShare * 100, words);
        }
    }

    /** Function words by language, from {@code function-words.tsv}; "en" first. */
    private static final Map<String, Set<String>> FUNCTION_WORDS_BY_LANGUAGE = loadFunctionWords();
    private static final Set<String> FUNCTION_WORDS = FUNCTION_WORDS_BY_LANGUAGE.get("en");
    /** Other languages' function words, only to tell a low English share from another language. */
    private static final List<Set<String>> OTHER_FUNCTION_WORDS = FUNCTION_WORDS_BY_LANGUAGE.entrySet().stream()
            .filter(e -> !e.getKey().equals("en")).map(Map.Entry::getValue).toList();
    private static final String FUNCTION_WORDS_FILE = "function-words.tsv";
    private static final double MIN_SHARE = 0.15;
    private static final int SAMPLE_CHARS = 100_000;
    private static final double MIN_CONTESTED_SHARE = 0.04;
    /** Below this many words the share is noise: such text is "und" but not refused for it. */
    private static final int MIN_WORDS = 20;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’][\\p{L}]+)?");

    private EnglishDetector() {
    }

    static Result detect(String fullText) {
        // A long document's language shows in its first pages; no need to count all of them.
        String text = fullText.length() > SAMPLE_CHARS ? fullText.substring(0, SAMPLE_CHARS) : fullText;
        Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
        text.codePoints().filter(Character::isLetter)
                .forEach(cp -> letters.merge(UnicodeScript.of(cp), 1, Integer::sum));
        UnicodeScript main = letters.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(UnicodeScript.COMMON);
        int words = 0;
        int functionWords = 0;
        int[] otherFunctionWords = new int[OTHER_FUNCTION_WORDS.size()];
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words++;
            String word = m.group().toLowerCase(Locale.ROOT);
            if (FUNCTION_WORDS.contains(word)) {
                functionWords++;
            }
            for (int i = 0; i < otherFunctionWords.length; i++) {
                if (OTHER_FUNCTION_WORDS.get(i).contains(word)) {
                    otherFunctionWords[i]++;
                }
            }
        }
        double share = words == 0 ? 0 : (double) functionWords / words;
        int bestOther = Arrays.stream(otherFunctionWords).max().orElse(0);
        boolean english = main == UnicodeScript.LATIN
                && (share >= MIN_SHARE || (share >= MIN_CONTESTED_SHARE && functionWords > bestOther));
        return new Result(english ? "en" : "und", words, share, main);
    }

    static Map<String, Set<String>> loadFunctionWords() {
        Map<String, Set<String>> words = new LinkedHashMap<>();
        try (InputStream in = EnglishDetector.class.getResourceAsStream(FUNCTION_WORDS_FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FUNCTION_WORDS_FILE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header == null) {
                    header = line;
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 2) {
                    throw new IllegalStateException(FUNCTION_WORDS_FILE + ": expected language<TAB>word: " + line);
                }
                words.computeIfAbsent(columns[0], k -> new HashSet<>()).add(columns[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FUNCTION_WORDS_FILE, e);
        }
        Map<String, Set<String>> frozen = new LinkedHashMap<>();
        words.forEach((language, set) -> frozen.put(language, Set.copyOf(set)));
        return Collections.unmodifiableMap(frozen);
    }

    private static String scriptName(UnicodeScript script) {
        String s = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
