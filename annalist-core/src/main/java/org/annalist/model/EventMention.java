package org.annalist.model;

/**
 * One event as a sentence reports it, with full provenance.
 *
 * @param id           stable id: derived from article id, sentence index, trigger offsets and code
 * @param articleId    the article it came from
 * @param sentence     0-based sentence index
 * @param cameo        CAMEO event code ("041", "190"); never a default: no match, no event
 * @param plover       PLOVER event type ("CONSULT"), or null
 * @param modality     asserted, negated, hypothetical, intended, reported or background (see {@link Modality})
 * @param attribution  who the sentence attributes the report to ("the Defense Ministry"), or null
 * @param reciprocal   true for events done by both actors to each other ("talks between A and B")
 * @param fatalities   number of deaths reported for this event, or null when none is stated
 * @param trigger      the words that triggered the code
 * @param source       who acted, or null
 * @param target       on whom, or null
 * @param date         when (falls back to the dateline or article date, basis marked); null only when the article has no date at all
 * @param place        where, or null when nothing places it
 * @param evidence     the sentence text
 * @param rule         the rule that fired (pattern id)
 * @param confidence   0..1
 * @param coderVersion version of the coder that produced it
 */
public record EventMention(String id, String articleId, int sentence, String cameo, String plover, Modality modality,
                           String attribution, boolean reciprocal, Integer fatalities, Span trigger, Actor source,
                           Actor target, EventDate date, EventPlace place, String evidence, String rule,
                           double confidence, String coderVersion) {
}
