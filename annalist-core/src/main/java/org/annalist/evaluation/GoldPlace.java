package org.annalist.evaluation;

/**
 * One gold toponym (FORMATS.md section 2).
 *
 * @param start     char offset into the record's text
 * @param end       end offset (exclusive)
 * @param text      the words
 * @param geonameid the GeoNames id, or null when the gold gives none
 * @param lat       latitude, or null when the place is not resolvable
 * @param lon       longitude, or null when the place is not resolvable
 * @param type      the gold's own type of the toponym (GeoWebNews: "Literal", "Demonym", ...), or null; kept for
 *                  breakdowns, not scored
 */
public record GoldPlace(int start, int end, String text, Long geonameid, Double lat, Double lon, String type) {

    /** Whether the gold gives a point for this place. */
    public boolean hasPoint() {
        return lat != null && lon != null;
    }
}
