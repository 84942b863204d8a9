package org.annalist.coding;

import java.util.List;
import java.util.Set;

/**
 * One line of the trigger dictionary: the words that signal an event, the syntactic frame they need, and the
 * CAMEO code they give.
 *
 * @param words         lemmas; for a verb the verb then its particles, for a noun the modifiers then the head
 * @param pos           part of speech of the head word
 * @param objectLemmas  lemmas the direct object must have (the object is then part of the trigger), empty for any
 * @param withLemmas    lemmas some dependent must have ("phone" in "spoke by phone"), empty for none
 * @param relations     prepositions the trigger must govern ("over" in "clash over"), empty for none
 * @param targetPreps   prepositions whose object is the target, or null for the defaults of the part of speech
 * @param embedClass    class of the event it governs (APPEAL, INTENT, DEMAND, REJECT, THREATEN, DISAPPROVE, HALT), or null
 * @param symmetric     both directions are coded, marked reciprocal
 * @param inversePreps  prepositions that give the source when the subject is the target ("receive from"), empty for none
 * @param stative       a passive without agent reads its subject as the source ("is opposed to")
 * @param cameo         CAMEO event code
 * @param note          free text from the file
 * @param prepsFirst    the target prepositions are tried before the direct object
 * @param embeddedOnly  the trigger is an event only together with the event it governs ("halt")
 * @param line          1-based line number in the file
 */
public record TriggerEntry(List<String> words, Pos pos, Set<String> objectLemmas, Set<String> withLemmas,
                           Set<String> relations, List<String> targetPreps, String embedClass, boolean symmetric,
                           Set<String> inversePreps, boolean stative, boolean prepsFirst, boolean embeddedOnly, String cameo, String note, int line) {

    /** Part of speech of a trigger's head word. */
    public enum Pos { VERB, NOUN, ADJ }

    public TriggerEntry {
        words = List.copyOf(words);
        objectLemmas = ordered(objectLemmas);
        withLemmas = ordered(withLemmas);
        relations = ordered(relations);
        targetPreps = targetPreps == null ? null : List.copyOf(targetPreps);
        inversePreps = ordered(inversePreps);
    }

    private static Set<String> ordered(Set<String> s) {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(s));
    }

    /** The head word: the verb, or the last word of a noun phrase. */
    public String head() { return pos == Pos.NOUN ? words.get(words.size() - 1) : words.get(0); }

    /** How many constraints the entry puts on the sentence; the most specific matching entry wins. */
    public int specificity() {
        return (words.size() - 1) * 2 + (objectLemmas.isEmpty() ? 0 : 2) + (withLemmas.isEmpty() ? 0 : 2)
                + (relations.isEmpty() ? 0 : 1);
    }

    /** A stable, readable rule id: {@code trig:spoke+by:phone#041}-style. */
    public String id() {
        StringBuilder sb = new StringBuilder("trig:").append(String.join("+", words));
        if (!objectLemmas.isEmpty()) sb.append("+obj:").append(objectLemmas.iterator().next());
        if (!withLemmas.isEmpty()) sb.append("+with:").append(withLemmas.iterator().next());
        if (!relations.isEmpty()) sb.append("+").append(relations.iterator().next());
        return sb.append('#').append(cameo).toString();
    }
}
