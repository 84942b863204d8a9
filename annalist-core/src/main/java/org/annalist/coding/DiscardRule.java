package org.annalist.coding;

import org.annalist.model.Sentence;

/**
 * Decides that a sentence, or the whole story it is in, is out of scope for event coding (PETRARCH discard
 * phrases: sports, weather). The actors stage owns the discard dictionaries; the pipeline adapts its
 * {@code ActorResolver.discard} to this interface.
 */
@FunctionalInterface
public interface DiscardRule {
    /** Discards nothing; the default. */
    DiscardRule NONE = sentence -> null;

    /** How much a discard phrase removes. */
    enum Scope { SENTENCE, STORY }

    /** @return null to code the sentence, else what to leave out */
    Scope discard(Sentence sentence);
}
