package org.annalist.store;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * ISO 3166-1 alpha-2 and alpha-3 codes, FIPS 10-4 codes and English names of countries, from the bundled
 * {@code iso_fips.tsv}. GDELT writes FIPS codes in its geographic fields, PLOVER and ACLED ISO alpha-3.
 */
final class CountryCodes {

    record Country(String iso2, String iso3, String fips, String name) {
    }

    private static final class Holder {
        static final CountryCodes INSTANCE = new CountryCodes();
    }

    private final Map<String, Country> byIso2 = new HashMap<>();
    private final Map<String, Country> byIso3 = new HashMap<>();

    private CountryCodes() {
        for (String[] f : SyntheticEvents.tsv("iso_fips.tsv", 4)) {
            Country c = new Country(f[0], f[1], f[2], f[3]);
            if (byIso2.put(c.iso2(), c) != null || byIso3.put(c.iso3(), c) != null) {
                throw new IllegalStateException("iso_fips.tsv lists " + c.iso2() + "/" + c.iso3() + " twice");
            }
        }
    }

    static CountryCodes load() {
        return Holder.INSTANCE;
    }

    /** The country of an ISO alpha-2 code (any case), or null. */
    Country byIso2(String iso2) {
        return iso2 == null ? null : byIso2.get(iso2.toUpperCase(Locale.ROOT));
    }

    /** The country of an ISO alpha-3 code, which is also the CAMEO code of most countries, or null. */
    Country byIso3(String iso3) {
        return iso3 == null ? null : byIso3.get(iso3.toUpperCase(Locale.ROOT));
    }

    /** Every country, keyed by ISO alpha-2. */
    Map<String, Country> all() {
        return Map.copyOf(byIso2);
    }
}
