package org.annalist.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence with its tokens, dependency graph (enhanced UD) and time expressions.
 *
 * @param index        0-based index of the sentence in the article
 * @param start        char offset of the sentence in the article text
 * @param end          end offset (exclusive)
 * @param tokens       tokens in order; {@code tokens.get(i).index() == i}
 * @param dependencies edges; governor -1 marks the root
 * @param times        time expressions inside this sentence
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies,
                       List<TimeExpression> times) {

    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        times = List.copyOf(times);
    }

    public Token token(int i) { return tokens.get(i); }

    public int size() { return tokens.size(); }

    /** Edges whose governor is token {@code i}, in dependent order. */
    public List<Dependency> children(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) if (d.governor() == i) out.add(d);
        out.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
        return out;
    }

    /** Edges whose dependent is token {@code i} (enhanced graphs may have more than one). */
    public List<Dependency> parents(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) if (d.dependent() == i) out.add(d);
        return out;
    }

    /** Token indices of the root(s). */
    public List<Integer> roots() {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : dependencies) if (d.governor() < 0) out.add(d.dependent());
        return out;
    }

    /** The text of the sentence, given the article text it points into. */
    public String text(String articleText) { return articleText.substring(start, end); }
}
