package org.annalist.extract;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A light English-or-not check: the share of words that are common English function words
 * ("the", "of", "and", ...). English news prose runs at 30-50 %; French, German or Spanish text
 * shares only a few words with the list and stays under 10 %. Text in another script is not
 * English whatever its length. It says "en" or "und", nothing finer.
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

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "of", "and", "to", "in", "is", "a", "an", "that", "for", "on", "with", "as", "was", "were",
            "by", "at", "from", "it", "its", "he", "she", "they", "his", "her", "their", "this", "these", "those",
            "be", "been", "has", "have", "had", "are", "not", "but", "or", "which", "who", "will", "would",
            "said", "after", "about", "into", "than", "there", "also", "we", "our", "you");
    private static final double MIN_SHARE = 0.15;
    /** Below this many words the share is noise: such text is "und" but not refused for it. */
    private static final int MIN_WORDS = 20;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’][\\p{L}]+)?");

    private EnglishDetector() {
    }

    static Result detect(String text) {
        Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
        text.codePoints().filter(Character::isLetter)
                .forEach(cp -> letters.merge(UnicodeScript.of(cp), 1, Integer::sum));
        UnicodeScript main = letters.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(UnicodeScript.COMMON);
        int words = 0;
        int functionWords = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words++;
            if (FUNCTION_WORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
                functionWords++;
            }
        }
        double share = words == 0 ? 0 : (double) functionWords / words;
        boolean english = main == UnicodeScript.LATIN && share >= MIN_SHARE;
        return new Result(english ? "en" : "und", words, share, main);
    }

    private static String scriptName(UnicodeScript script) {
        String s = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
