package org.annalist.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annalist.model.Dependency;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

/** A sentence with its dependency edges indexed by governor and dependent, for repeated look-ups while coding. */
final class SentenceView {
    private final Sentence sentence;
    private final String articleText;
    private final List<List<Dependency>> children;
    private final List<List<Dependency>> parents;

    SentenceView(Sentence sentence, String articleText) {
        this.sentence = sentence;
        this.articleText = articleText;
        int n = sentence.size();
        children = new ArrayList<>(n);
        parents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
            parents.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() < 0 || d.dependent() >= n) continue;
            parents.get(d.dependent()).add(d);
            if (d.governor() >= 0 && d.governor() < n) children.get(d.governor()).add(d);
        }
        for (List<Dependency> c : children) c.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
    }

    Sentence sentence() { return sentence; }

    int size() { return sentence.size(); }

    Token token(int i) { return sentence.token(i); }

    String lemma(int i) { return sentence.token(i).lemma().toLowerCase(Locale.ROOT); }

    String word(int i) { return sentence.token(i).text().toLowerCase(Locale.ROOT); }

    List<Dependency> children(int i) { return children.get(i); }

    List<Dependency> parents(int i) { return parents.get(i); }

    /** Dependents of {@code i} whose relation is exactly {@code relation} or {@code relation:subtype}. */
    List<Integer> dependents(int i, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children.get(i)) if (matches(d.relation(), relation)) out.add(d.dependent());
        return out;
    }

    /** Dependents of {@code i} with exactly this relation (subtype included). */
    List<Integer> dependentsExact(int i, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children.get(i)) if (d.relation().equals(relation)) out.add(d.dependent());
        return out;
    }

    boolean hasDependent(int i, String relation) {
        for (Dependency d : children.get(i)) if (matches(d.relation(), relation)) return true;
        return false;
    }

    /** The first governor of {@code i} (the basic-tree head when there are several), or -1. */
    int head(int i) {
        for (Dependency d : parents.get(i)) if (!d.relation().equals("ref")) return d.governor();
        return -1;
    }

    /** The relation of the first incoming edge of {@code i}, "root" for the root. */
    String headRelation(int i) {
        for (Dependency d : parents.get(i)) if (!d.relation().equals("ref")) return d.relation();
        return "root";
    }

    static boolean matches(String relation, String wanted) {
        return relation.equals(wanted) || (relation.startsWith(wanted) && relation.charAt(wanted.length()) == ':');
    }

    /** The preposition of an obl/nmod relation ("obl:with" gives "with"), or null. */
    static String preposition(String relation) {
        if (relation.startsWith("obl:") || relation.startsWith("nmod:")) {
            String p = relation.substring(relation.indexOf(':') + 1);
            return p.equals("poss") || p.equals("tmod") || p.equals("npmod") ? null : p;
        }
        return null;
    }

    /** The text from {@code first} to {@code last} token inclusive. */
    String text(int first, int last) {
        return articleText.substring(sentence.token(first).start(), sentence.token(last).end());
    }

    String text() { return sentence.text(articleText); }

    /** Smallest and largest token index of the basic-tree subtree under {@code i} (enhanced extra edges ignored). */
    int[] extent(int i) {
        int[] ext = {i, i};
        extend(i, ext, 0);
        return ext;
    }

    private void extend(int i, int[] ext, int depth) {
        if (depth > 30) return;
        for (Dependency d : children.get(i)) {
            int c = d.dependent();
            if (head(c) != i) continue; // follow tree edges only
            String r = d.relation();
            if (r.equals("punct") && (c == ext[0] - 1 || c == ext[1] + 1)) continue;
            if (r.startsWith("conj") || r.equals("cc") || r.startsWith("acl:relcl") || r.equals("parataxis")) continue;
            ext[0] = Math.min(ext[0], c);
            ext[1] = Math.max(ext[1], c);
            extend(c, ext, depth + 1);
        }
    }
}
