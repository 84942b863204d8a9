package org.annalist.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

/**
 * Finds the places an article names (toponym recognition), as spans of its text:
 * <ol>
 *   <li>CoreNLP's place entities: maximal runs of LOCATION, COUNTRY, CITY or STATE_OR_PROVINCE tokens;</li>
 *   <li>the words of a {@link PlaceVocabulary} (country and region names, capitals, demonyms such as
 *       "Russian" or "Nigerians"), which the NER tags MISC or misses, also inside organisation names
 *       ("the <u>Nigerian</u> Association of Chambers of Commerce");</li>
 *   <li>names the NER tagged as a place elsewhere in the same article, where it tagged them as part of an
 *       organisation ("the <u>Cauvery</u> Management Board").</li>
 * </ol>
 * False friends are left out: vocabulary words the NER tagged as a person ("Georgia Smith").
 */
public final class PlaceRecognizer {

    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    /** Longest vocabulary entry, in tokens ("Democratic Republic of the Congo"). */
    private static final int MAX_WORDS = 7;

    private final PlaceVocabulary vocabulary;
    private final Map<String, PlaceVocabulary.Kind> upperCase = new HashMap<>();

    /** @param vocabulary the words that name places whatever the NER says */
    public PlaceRecognizer(PlaceVocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        vocabulary.words().forEach((w, k) -> upperCase.putIfAbsent(w.toUpperCase(Locale.ROOT), k));
    }

    /**
     * The places the article names, in text order; spans never overlap.
     *
     * @param article an annotated article
     * @return the mentions, offsets into {@code article.article().text()}
     */
    public List<PlaceMention> recognize(AnnotatedArticle article) {
        String text = article.article().text();
        List<PlaceMention> out = new ArrayList<>();
        Map<String, Boolean> nerPlaces = new HashMap<>();
        List<boolean[]> covered = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            boolean[] used = new boolean[s.size()];
            covered.add(used);
            for (int i = 0; i < s.size(); i++) {
                if (!isPlace(s.token(i))) continue;
                int j = i;
                while (j + 1 < s.size() && isPlace(s.token(j + 1))) j++;
                PlaceMention m = mention(text, s, i, j);
                out.add(m);
                nerPlaces.put(m.text(), true);
                mark(used, i, j);
                i = j;
            }
        }
        for (Sentence s : article.sentences()) {
            boolean[] used = covered.get(s.index());
            for (int i = 0; i < s.size(); i++) {
                if (used[i]) continue;
                int j = longestMatch(text, s, i, used, nerPlaces);
                if (j < 0) continue;
                out.add(mention(text, s, i, j));
                mark(used, i, j);
                i = j;
            }
        }
        out.sort(Comparator.comparingInt(PlaceMention::start));
        return out;
    }

    /** The last token of the longest vocabulary or article-place match starting at token i, or -1. */
    private int longestMatch(String text, Sentence s, int i, boolean[] used, Map<String, Boolean> nerPlaces) {
        for (int j = Math.min(s.size() - 1, i + MAX_WORDS - 1); j >= i; j--) {
            if (used[j]) continue;
            if (!isCapitalised(s.token(i))) break;
            String words = text.substring(s.token(i).start(), s.token(j).end());
            boolean person = false;
            for (int k = i; k <= j; k++) person |= used[k] || s.token(k).ner().equals("PERSON");
            if (person) continue;
            if (vocabulary.kind(words) != null || upperCase.get(words) != null) return j;
            if (nerPlaces.containsKey(words) && insideName(s, i, j)) return j;
        }
        return -1;
    }

    /** Whether tokens i..j are (part of) an organisation or other proper name the NER did not call a place. */
    private static boolean insideName(Sentence s, int i, int j) {
        for (int k = i; k <= j; k++) {
            Token t = s.token(k);
            if (!t.ner().equals("ORGANIZATION") && !t.ner().equals("MISC")) return false;
        }
        return true;
    }

    private static boolean isCapitalised(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0));
    }

    private static boolean isPlace(Token t) {
        return PLACE_TAGS.contains(t.ner());
    }

    private static PlaceMention mention(String text, Sentence s, int i, int j) {
        int start = s.token(i).start();
        int end = s.token(j).end();
        return new PlaceMention(text.substring(start, end), start, end, s.index());
    }

    private static void mark(boolean[] used, int i, int j) {
        for (int k = i; k <= j; k++) used[k] = true;
    }
}
