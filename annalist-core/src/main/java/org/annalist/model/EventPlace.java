package org.annalist.model;

/**
 * Where an event happened.
 *
 * @param name       place name
 * @param country    ISO 3166-1 alpha-2 country code, or null
 * @param geonameid  GeoNames id, or null until resolved
 * @param lat        latitude, or null
 * @param lon        longitude, or null
 * @param precision  exact, near, admin or country
 * @param basis      "sentence" (phrase attached to the trigger or in the sentence), "dateline", "actor"
 * @param span       the words, or null when the place does not come from the sentence
 */
public record EventPlace(String name, String country, Long geonameid, Double lat, Double lon, Precision precision,
                         String basis, Span span) {
}
