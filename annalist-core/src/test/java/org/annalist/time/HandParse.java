package org.annalist.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.model.Dependency;
import org.annalist.model.Sentence;
import org.annalist.model.TimeExpression;
import org.annalist.model.Token;

/**
 * A sentence annotated by hand for the time and places tests: tokens are the blank-separated words of the text, placed at
 * {@code offset} in the article text; words are addressed by their first occurrence.
 */
public final class HandParse {
    private final String text;
    private final int offset;
    private final List<String> words = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();
    private final Map<Integer, String> pos = new HashMap<>();
    private final Map<Integer, String> ner = new HashMap<>();
    private final List<Dependency> deps = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();

    private HandParse(String text, int offset) {
        this.text = text;
        this.offset = offset;
        int i = 0;
        for (String w : text.split(" ")) {
            words.add(w);
            starts.add(offset + i);
            i += w.length() + 1;
        }
    }

    public static HandParse of(String text) {
        return new HandParse(text, 0);
    }

    public static HandParse at(int offset, String text) {
        return new HandParse(text, offset);
    }

    public int index(String word) {
        int i = words.indexOf(word);
        if (i < 0) throw new IllegalArgumentException("no word " + word);
        return i;
    }

    public HandParse verb(String word) {
        pos.put(index(word), "VBD");
        return this;
    }

    public HandParse ner(String word, String tag) {
        ner.put(index(word), tag);
        return this;
    }

    public HandParse root(String word) {
        deps.add(new Dependency(-1, index(word), "root"));
        return this;
    }

    public HandParse dep(String governor, String dependent, String relation) {
        deps.add(new Dependency(index(governor), index(dependent), relation));
        return this;
    }

    public HandParse time(String phrase, String type, String value) {
        int at = text.indexOf(phrase);
        if (at < 0) throw new IllegalArgumentException("no phrase " + phrase);
        times.add(new TimeExpression(offset + at, offset + at + phrase.length(), phrase, type, value));
        return this;
    }

    public Sentence sentence() {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            tokens.add(new Token(i, w, starts.get(i), starts.get(i) + w.length(), pos.getOrDefault(i, "NN"),
                    w.toLowerCase(), ner.getOrDefault(i, "O")));
        }
        return new Sentence(0, offset, offset + text.length(), tokens, deps, times);
    }
}
