/**
 * Event coding: {@link org.annalist.coding.EventCoder} turns an annotated article and its actor mentions into
 * {@link org.annalist.model.EventMention}s. Triggers ({@code triggers.tsv}: lemma, part of speech, syntactic frame,
 * CAMEO code) are matched on the enhanced UD graph; sources and targets come from subjects, passive agents,
 * objects, the frame's prepositions and the possessives of nominal events; governing verbs compose with the
 * events they govern ({@code embedding.tsv}: "urged X to help" is an appeal for aid). Modality, attribution,
 * reciprocity and fatalities are set here; date and place are left to the dater and placer.
 * In: {@code AnnotatedArticle} + {@code List<List<ActorMention>>}. Out: {@code List<EventMention>}.
 */
package org.annalist.coding;
