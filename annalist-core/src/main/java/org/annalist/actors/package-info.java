/**
 * Who: spans of a sentence to CAMEO actor codes.
 *
 * <p>In: an {@link org.annalist.model.AnnotatedArticle} (tokens, NER, enhanced UD) and its date. Out: per sentence,
 * {@link org.annalist.actors.ActorMention}s with their codes ({@link org.annalist.actors.ActorResolver}).
 * Owns the dictionaries: {@link org.annalist.actors.ActorDictionary} (phrases to dated codes, longest match),
 * the PETRARCH/TABARI/Phoenix reader {@link org.annalist.actors.PetrarchDictionaryLoader}, and Annalist's own TSV
 * dictionaries of countries, organisations, role words and people ({@link org.annalist.actors.BuiltInDictionaries}).
 * {@link org.annalist.actors.PlaceActors} codes an event argument that names only a place with the place's country.
 */
package org.annalist.actors;
