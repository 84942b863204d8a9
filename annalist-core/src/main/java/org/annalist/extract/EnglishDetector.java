package org.annalist.extract;

import java.lang.Character.UnicodeScript;
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

    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "of", "and", "to", "in", "is", "a", "an", "that", "for", "on", "with", "as", "was", "were",
            "by", "at", "from", "it", "its", "he", "she", "they", "his", "her", "their", "this", "these", "those",
            "be", "been", "has", "have", "had", "are", "not", "but", "or", "which", "who", "will", "would",
            "said", "after", "about", "into", "than", "there", "also", "we", "our", "you");
    /** Other languages' function words, only to tell a low English share from another language. */
    private static final List<Set<String>> OTHER_FUNCTION_WORDS = List.of(
            Set.of("le", "la", "les", "des", "et", "est", "une", "du", "que", "qui", "dans", "pour", "pas", "sur", "au"),
            Set.of("el", "los", "las", "del", "y", "es", "una", "que", "en", "por", "con", "para", "se", "su", "lo"),
            Set.of("o", "os", "as", "do", "da", "dos", "das", "e", "um", "uma", "que", "em", "para", "com", "não"),
            Set.of("il", "lo", "gli", "della", "di", "e", "è", "che", "un", "una", "per", "con", "non", "del", "sono"),
            Set.of("der", "die", "das", "und", "ist", "ein", "eine", "nicht", "zu", "den", "mit", "von", "sich", "auf"),
            Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met", "ook"),
            Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "ke", "ada", "akan", "juga"));
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
        int bestOther = java.util.Arrays.stream(otherFunctionWords).max().orElse(0);
        boolean english = main == UnicodeScript.LATIN
                && (share >= MIN_SHARE || (share >= MIN_CONTESTED_SHARE && functionWords > bestOther));
        return new Result(english ? "en" : "und", words, share, main);
    }

    private static String scriptName(UnicodeScript script) {
        String s = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
