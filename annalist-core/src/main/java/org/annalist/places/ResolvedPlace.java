package org.annalist.places;

import java.util.Objects;

/**
 * A place name resolved to a gazetteer entry.
 *
 * @param entry     the place
 * @param precision how precisely the entry locates the name (exact town, admin region, country, region)
 * @param score     the resolver's confidence-like score; higher is better, comparable within one call only
 * @param reason    why this entry won, for people reading the output ("in mentioned country AZ", "most populous")
 */
public record ResolvedPlace(GazetteerEntry entry, PlacePrecision precision, double score, String reason) {

    public ResolvedPlace {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(precision, "precision");
    }

    /** The GeoNames id, or null for a place of Annalist's own tables that has none. */
    public Long geonameid() {
        return entry.geonameid() > 0 ? entry.geonameid() : null;
    }
}
