package org.annalist.pipeline;

import java.util.List;
import org.annalist.actors.ActorMention;
import org.annalist.model.Sentence;

/**
 * Why the pipeline coded an article as it did ({@link Pipeline#explain}): for each sentence its parse, the actor
 * phrases found and the coder's decisions, next to the analysis itself.
 *
 * @param analysis  the analysis, exactly as {@link Pipeline#analyze} gives it
 * @param sentences one explanation per sentence, in order
 */
public record Explanation(Analysis analysis, List<SentenceExplanation> sentences) {

    public Explanation {
        sentences = List.copyOf(sentences);
    }

    /**
     * One sentence explained.
     *
     * @param index    0-based sentence index
     * @param text     the sentence's words
     * @param parse    the sentence with its tokens and dependency edges
     * @param actors   the actor phrases found, coded or not
     * @param decisions the coder's decisions, in the order it made them ({@link org.annalist.coding.CoderTrace})
     * @param events   indices into {@link Analysis#events()} of the events emitted from this sentence
     */
    public record SentenceExplanation(int index, String text, Sentence parse, List<ActorMention> actors,
                                      List<String> decisions, List<Integer> events) {
        public SentenceExplanation {
            actors = List.copyOf(actors);
            decisions = List.copyOf(decisions);
            events = List.copyOf(events);
        }
    }
}
