package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The store's own resource tables are well formed and agree with each other. */
class BundledTablesTest {

    @Test
    void everyCountryHasWellFormedIsoAndFipsCodes() {
        var all = CountryCodes.load().all();
        assertThat(all).hasSizeGreaterThan(240);
        Set<String> fips = new HashSet<>();
        all.values().forEach(c -> {
            assertThat(c.iso2()).matches("[A-Z]{2}");
            assertThat(c.iso3()).matches("[A-Z]{3}");
            assertThat(c.fips()).matches("[A-Z]{2}");
            assertThat(c.name()).isNotBlank();
            assertThat(fips.add(c.fips())).as("FIPS " + c.fips() + " listed once").isTrue();
        });
        assertThat(CountryCodes.load().byIso2("DE").fips()).isEqualTo("GM");
        assertThat(CountryCodes.load().byIso2("gb").fips()).isEqualTo("UK");
    }

    @Test
    void syntheticCountriesAreIsoCountriesWithTownsInsideTheirLatitudes() {
        List<String[]> countries = SyntheticEvents.tsv("synthetic_countries.tsv", 7);
        List<String[]> towns = SyntheticEvents.tsv("synthetic_places.tsv", 4);
        for (String[] c : countries) {
            CountryCodes.Country iso = CountryCodes.load().byIso2(c[1]);
            assertThat(iso).as(c[1]).isNotNull();
            assertThat(iso.iso3()).as("CAMEO code of " + c[2]).isEqualTo(c[0]);
            assertThat(Integer.parseInt(c[4])).isPositive();
            assertThat(towns).as("a town in " + c[0]).anyMatch(t -> t[0].equals(c[0]));
        }
        for (String[] t : towns) {
            String[] c = countries.stream().filter(x -> x[0].equals(t[0])).findFirst().orElseThrow();
            // a town lies within 25 degrees of latitude of its country's centre (catches swapped coordinates)
            assertThat(Math.abs(Double.parseDouble(t[2]) - Double.parseDouble(c[5]))).as(t[1]).isLessThan(25);
            assertThat(Math.abs(Double.parseDouble(t[3]))).isLessThanOrEqualTo(180);
        }
    }

    @Test
    void actorPartsAreThreeLetterCodesOfAKnownKind() {
        for (String[] p : SyntheticEvents.tsv("cameo_actor_parts.tsv", 2)) {
            assertThat(p[0]).matches("[A-Z]{3}");
            assertThat(p[1]).isIn("type", "knowngroup", "religion");
        }
    }
}
