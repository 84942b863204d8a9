/**
 * Event coding: {@link org.annalist.coding.EventCoder} turns an annotated article and its actor mentions into
 * {@link org.annalist.model.EventMention}s. Triggers ({@code triggers.tsv}: lemma, part of speech, syntactic frame,
 * CAMEO code) are matched on the enhanced UD graph; sources and targets come from subjects, passive agents,
 * objects, the frame's prepositions, the possessives of nominal events, appositions ("Kofi Annan, UN
 * secretary-general"), the clause a control verb governs ("agreed to open its borders to X"), the object of a
 * non-directive verb ("summoned X to complain") and the condition of a threat ("unless X ..."); governing verbs compose with the
 * events they govern ({@code embedding.tsv}: "urged X to help" is an appeal for aid). Modality, attribution,
 * reciprocity and fatalities are set here; date and place are left to the dater and placer. Every CAMEO code of
 * three or four digits except 010 is reachable from a trigger or a composition (044, a meeting in a third
 * country, from a rule on the meeting's place). Under Annalist conventions the words of an argument that no
 * dictionary codes are kept as an uncoded actor, a person or organisation named in the text but in no dictionary
 * acts as an uncoded actor (an event needs a coded or a named actor), and a role with no country ("---GOV") takes the country of its
 * sentence when the sentence names only one; under PETRARCH conventions neither happens.
 * In: {@code AnnotatedArticle} + {@code List<List<ActorMention>>}. Out: {@code List<EventMention>}.
 */
package org.annalist.coding;
