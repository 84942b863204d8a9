package org.annalist.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.actors.ActorMention;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Sentence;
import org.annalist.model.Span;

/**
 * Builds the coder's actor input for tests from phrase-to-code pairs, so that coding tests do not depend on the
 * actor dictionaries: every occurrence of a phrase (whole words, case-insensitive) becomes one mention.
 */
final class ActorFixture {
    private ActorFixture() {}

    static List<List<ActorMention>> mentions(AnnotatedArticle article, Map<String, String> phraseToCode) {
        String text = article.article().text();
        List<List<ActorMention>> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            List<ActorMention> list = new ArrayList<>();
            boolean[] used = new boolean[s.size()];
            List<Map.Entry<String, String>> phrases = new ArrayList<>(phraseToCode.entrySet());
            phrases.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length())); // longest first
            for (Map.Entry<String, String> p : phrases) {
                String[] words = p.getKey().toLowerCase(Locale.ROOT).split("\\s+");
                for (int i = 0; i + words.length <= s.size(); i++) {
                    boolean match = true;
                    for (int k = 0; k < words.length && match; k++) {
                        match = !used[i + k] && s.token(i + k).text().toLowerCase(Locale.ROOT).equals(words[k]);
                    }
                    if (!match) continue;
                    int first = i, last = i + words.length - 1;
                    for (int k = first; k <= last; k++) used[k] = true;
                    int head = last;
                    for (int k = first; k <= last; k++) {
                        boolean outside = false;
                        for (var d : s.parents(k)) if (d.governor() < first || d.governor() > last) outside = true;
                        if (outside) { head = k; break; }
                    }
                    int start = s.token(first).start(), end = s.token(last).end();
                    List<String> codes = p.getValue() == null || p.getValue().isEmpty() ? List.of() : List.of(p.getValue().split("/"));
                    list.add(new ActorMention(s.index(), first, last, head, new Span(text.substring(start, end), start, end),
                            codes, codes.isEmpty() ? ActorMention.Kind.UNCODED : ActorMention.Kind.DICTIONARY));
                }
            }
            out.add(list);
        }
        return out;
    }
}
