package org.annalist.actors;

import java.util.List;
import org.annalist.model.Actor;
import org.annalist.model.Span;

/**
 * An actor phrase found in a sentence, with the token range it covers.
 *
 * @param sentence   0-based sentence index
 * @param firstToken first token of the phrase (sentence-local index)
 * @param lastToken  last token of the phrase, inclusive
 * @param head       the phrase's syntactic head token (what a dependency edge points at)
 * @param span       the words and their char offsets into the article text
 * @param codes      CAMEO actor codes; usually one, several for a PETRARCH "[A/B]" entry; empty when the
 *                   phrase names an actor that no dictionary codes
 * @param kind       what kind of words matched
 */
public record ActorMention(int sentence, int firstToken, int lastToken, int head, Span span, List<String> codes,
                           Kind kind) {

    public enum Kind { COUNTRY, PERSON, ORGANIZATION, AGENT, DICTIONARY, PRONOUN, UNCODED }

    public ActorMention {
        codes = List.copyOf(codes);
    }

    public boolean covers(int tokenIndex) { return tokenIndex >= firstToken && tokenIndex <= lastToken; }

    /** The first code as a model {@link Actor}. */
    public Actor toActor() {
        return new Actor(codes.isEmpty() ? null : codes.get(0), span.text(), span.start(), span.end());
    }
}
