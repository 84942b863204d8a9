package org.annalist.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens and word 4-gram shingles of the article-extraction metric (FORMATS.md section 4), as the
 * benchmark's {@code evaluate.py} computes them: tokens are maximal runs of letters, digits and
 * underscore with case kept; a text of one to three tokens has one shingle, the whole token list.
 */
public final class ExtractionShingles {

    /** Python's Unicode {@code \w}; not Java's {@code \w} with UNICODE_CHARACTER_CLASS, which also takes combining marks. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{Nd}\\p{Nl}\\p{No}_]+");
    /** Shingle length in tokens. */
    public static final int SIZE = 4;

    private ExtractionShingles() {
    }

    /** @return the tokens of a text in order, case kept; empty for null or a text without letters or digits */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) return tokens;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(m.group());
        return tokens;
    }

    /** @return how often each shingle occurs in the text; empty for a text without tokens */
    public static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) return counts;
        int starts = Math.max(1, tokens.size() - SIZE + 1);
        for (int i = 0; i < starts; i++) {
            counts.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + SIZE))), 1, Integer::sum);
        }
        return counts;
    }
}
