package org.annalist.evaluation;

/**
 * A place the system under test found or resolved.
 *
 * @param start     char offset into the record's text
 * @param end       end offset (exclusive)
 * @param text      the words
 * @param geonameid the GeoNames id it chose, or null
 * @param lat       latitude, or null when the system gave no point ("no match")
 * @param lon       longitude, or null when the system gave no point
 */
public record PredictedPlace(int start, int end, String text, Long geonameid, Double lat, Double lon) {

    /** A recognised place the system did not (or could not) resolve. */
    public static PredictedPlace unresolved(int start, int end, String text) {
        return new PredictedPlace(start, end, text, null, null, null);
    }

    /** Whether the system gave a point for this place. */
    public boolean hasPoint() {
        return lat != null && lon != null;
    }
}
