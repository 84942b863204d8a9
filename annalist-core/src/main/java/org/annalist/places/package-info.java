/**
 * Where: the place of an event from the words attached to its trigger, the sentence, the dateline or the actors' country.
 */
package org.annalist.places;
