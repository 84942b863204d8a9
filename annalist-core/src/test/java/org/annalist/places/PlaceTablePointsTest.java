package org.annalist.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Integrity of the own tables against the GeoNames places of the built-in gazetteer: every country code of the
 * gazetteer has a country row, and every point of {@code countries.tsv}, {@code admin1.tsv} and {@code regions.tsv}
 * lies among the gazetteer places of its country (and first-level region): inside the box around them, widened
 * by a margin (when there are enough of them to span a box), and not far from the nearest of them. The distances allow for the points GeoNames itself gives
 * deserts, ice caps and ocean territories (Greenland's lies 455 km from its nearest town, French Polynesia's 540
 * km); a sign slip, swapped coordinates or another country's point fails.
 */
class PlaceTablePointsTest {

    /** Degrees by which a country's box is widened. */
    private static final double COUNTRY_MARGIN = 1.0;
    /** Greatest distance from a country's point to its nearest gazetteer place. */
    private static final double COUNTRY_KM = 600;
    /** Degrees by which a first-level region's box is widened. */
    private static final double ADMIN1_MARGIN = 0.5;
    /** Greatest distance from a region's point to its nearest gazetteer place in that region. */
    private static final double ADMIN1_KM = 300;
    /** Fewer places than this span no box worth checking against (the Falklands have one): distance alone decides. */
    private static final int FEW_PLACES = 5;
    /**
     * Antarctica: its only gazetteer places are research stations on its rim, while its point is the continent's
     * centre.
     */
    private static final Set<String> NOT_CHECKED = Set.of("AQ");

    static Gazetteer gazetteer;
    static Map<String, List<GazetteerEntry>> byCountry = new HashMap<>();
    static Map<String, List<GazetteerEntry>> byAdmin1 = new HashMap<>();

    @BeforeAll
    static void groupThePlaces() {
        gazetteer = Gazetteer.loadDefault();
        for (GazetteerEntry e : gazetteer.geonamesPlaces()) {
            if (e.countryCode().isEmpty()) continue;
            byCountry.computeIfAbsent(e.countryCode(), k -> new ArrayList<>()).add(e);
            if (!e.admin1().isEmpty()) byAdmin1.computeIfAbsent(e.countryCode() + "." + e.admin1(), k -> new ArrayList<>()).add(e);
        }
    }

    @Test
    void everyCountryCodeOfTheGazetteerHasACountryRow() {
        Set<String> missing = new TreeSet<>();
        for (String code : byCountry.keySet()) if (gazetteer.country(code).isEmpty()) missing.add(code);
        assertThat(missing).as("country codes of GeoNames places without a row in countries.tsv").isEmpty();
    }

    @Test
    void everyCountryPointLiesAmongItsCountrysPlaces() {
        List<String> flagged = new ArrayList<>();
        for (String code : new TreeSet<>(byCountry.keySet())) {
            if (NOT_CHECKED.contains(code)) continue;
            gazetteer.country(code).ifPresent(c -> check(c.name() + " (" + code + ")", c.lat(), c.lon(),
                    byCountry.get(code), COUNTRY_MARGIN, COUNTRY_KM, flagged));
        }
        assertThat(flagged).isEmpty();
    }

    @Test
    void everyAdmin1PointLiesAmongItsRegionsPlaces() throws IOException {
        List<String> flagged = new ArrayList<>();
        List<String[]> rows = rows("admin1.tsv");
        for (String[] r : rows.subList(1, rows.size())) {
            GazetteerEntry e = gazetteer.lookup(r[4]).stream().filter(x -> x.isAdmin1() && x.countryCode().equals(r[0]))
                    .findFirst().orElseThrow();
            List<GazetteerEntry> places = byAdmin1.get(e.countryCode() + "." + e.admin1());
            if (places == null) {
                flagged.add(r[4] + ": no gazetteer place has its admin1 code " + e.countryCode() + "." + e.admin1());
                continue;
            }
            check(r[4] + " (" + e.countryCode() + "." + e.admin1() + ")", e.lat(), e.lon(), places, ADMIN1_MARGIN,
                    ADMIN1_KM, flagged);
        }
        assertThat(flagged).isEmpty();
    }

    @Test
    void everyRegionPointLiesAmongThePlacesOfItsCountryOrAdmin1() throws IOException {
        List<String> flagged = new ArrayList<>();
        List<String[]> rows = rows("regions.tsv");
        for (String[] r : rows.subList(1, rows.size())) {
            String country = r[3];
            if (country.isBlank()) continue;
            double lat = Double.parseDouble(r[6]);
            double lon = Double.parseDouble(r[7]);
            List<GazetteerEntry> admin1 = r[4].isBlank() ? null : byAdmin1.get(country + "." + r[4]);
            if (admin1 != null) {
                check(r[0] + " (" + country + "." + r[4] + ")", lat, lon, admin1, ADMIN1_MARGIN, ADMIN1_KM, flagged);
            } else {
                check(r[0] + " (" + country + ")", lat, lon, byCountry.getOrDefault(country, List.of()), COUNTRY_MARGIN,
                        COUNTRY_KM, flagged);
            }
        }
        assertThat(flagged).isEmpty();
    }

    /** Adds a line to {@code flagged} when the point lies outside the widened box of the places or far from them. */
    private static void check(String what, double lat, double lon, List<GazetteerEntry> places, double margin,
                              double maxKm, List<String> flagged) {
        if (places.isEmpty()) {
            flagged.add(what + ": no gazetteer place to check against");
            return;
        }
        double south = 90, north = -90, west = 180, east = -180, nearest = Double.MAX_VALUE;
        for (GazetteerEntry e : places) {
            south = Math.min(south, e.lat());
            north = Math.max(north, e.lat());
            west = Math.min(west, e.lon());
            east = Math.max(east, e.lon());
            nearest = Math.min(nearest, Geo.km(lat, lon, e.lat(), e.lon()));
        }
        boolean inBox = places.size() < FEW_PLACES || lat >= south - margin && lat <= north + margin && lon >= west - margin && lon <= east + margin;
        if (!inBox || nearest > maxKm) {
            flagged.add(String.format(java.util.Locale.ROOT,
                    "%s: point %.4f,%.4f %s, %.0f km from its nearest place (box %.2f..%.2f, %.2f..%.2f of %d places)",
                    what, lat, lon, inBox ? "in the box" : "outside the box", nearest, south, north, west, east,
                    places.size()));
        }
    }

    private static List<String[]> rows(String name) throws IOException {
        return PlaceTablesTest.rows(name);
    }
}
