/**
 * Where: the place of an event from the words attached to its trigger, the sentence or the dateline.
 * In: an annotated sentence, a trigger token and the actor tokens to leave out; out:
 * {@link org.annalist.model.EventPlace} ({@link org.annalist.places.EventPlacer}). Country knowledge comes
 * in through {@link org.annalist.places.CountryLookup}; coordinates wait for a gazetteer.
 */
package org.annalist.places;
