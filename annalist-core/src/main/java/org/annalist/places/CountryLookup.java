package org.annalist.places;

import java.util.Optional;

/**
 * Country knowledge the placer needs, supplied by whoever owns a country table or gazetteer.
 */
public interface CountryLookup {

    /**
     * The ISO 3166-1 alpha-2 code of the country a place name denotes or lies in ("Hungary" or, for a
     * lookup that knows cities, "Budapest" gives {@code HU}), or empty when unknown.
     */
    Optional<String> iso2(String placeName);

    /**
     * Whether the name itself names a country. The default suits a lookup that knows only country names:
     * every name it resolves is a country. A gazetteer that also resolves cities must override it.
     */
    default boolean isCountry(String placeName) {
        return iso2(placeName).isPresent();
    }

    /** A lookup that knows nothing: places keep no country. */
    static CountryLookup none() {
        return name -> Optional.empty();
    }
}
