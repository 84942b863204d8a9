/**
 * Where: the place of an event from the words attached to its trigger, the sentence or the dateline.
 * In: an annotated sentence, a trigger token and the actor tokens to leave out; out:
 * {@link org.annalist.model.EventPlace} ({@link org.annalist.places.EventPlacer}). Country knowledge comes
 * in through {@link org.annalist.places.CountryLookup}; coordinates wait for a gazetteer.
 *
 * <p>Recognition: {@link org.annalist.places.PlaceRecognizer} turns an annotated article into
 * {@link org.annalist.places.PlaceMention}s (NER places, the words of a {@link org.annalist.places.PlaceVocabulary}:
 * country table, {@code place-words.tsv}, and names the article itself calls places).
 */
package org.annalist.places;
