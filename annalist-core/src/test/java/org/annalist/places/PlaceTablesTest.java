package org.annalist.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Integrity of the own place tables: columns, points on earth, codes, enough conflict regions. */
class PlaceTablesTest {

    /** The data rows of one of the own place tables (comments and blank lines left out). */
    static List<String[]> rows(String name) throws IOException {
        try (InputStream in = PlaceTablesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.split("\t", -1));
            }
            return out;
        }
    }

    private static void checkPoints(String table, int latColumn, int lonColumn, int columns) throws IOException {
        List<String[]> rows = rows(table);
        for (String[] r : rows.subList(1, rows.size())) {
            assertThat(r).as(table + " " + String.join("|", r)).hasSize(columns);
            assertThat(Double.parseDouble(r[latColumn])).as(r[0]).isBetween(-90.0, 90.0);
            assertThat(Double.parseDouble(r[lonColumn])).as(r[0]).isBetween(-180.0, 180.0);
        }
    }

    @Test
    void everyRowHasItsColumnsAndAPointOnEarth() throws IOException {
        checkPoints("countries.tsv", 2, 3, 6);
        checkPoints("admin1.tsv", 6, 7, 8);
        checkPoints("regions.tsv", 6, 7, 8);
        checkPoints("admin2.tsv", 6, 7, 8);
    }

    @Test
    void everyCountyLiesInItsCountryAndNationAndIsKnownByItsName() throws IOException {
        Gazetteer g = Gazetteer.loadDefault();
        List<String[]> rows = rows("admin2.tsv");
        for (String[] r : rows.subList(1, rows.size())) {
            assertThat(r[2]).isEqualTo("ADM2");
            GazetteerEntry county = g.lookup(r[0]).stream().filter(e -> e.featureCode().equals("ADM2")).findFirst()
                    .orElseThrow();
            // near the point of its nation or country (England, Scotland, Ireland, ...; Shetland lies 455 km off Scotland's)
            GazetteerEntry nation = g.admin1(r[3], r[4]).orElseGet(() -> g.country(r[3]).orElseThrow());
            assertThat(county.kmTo(nation.lat(), nation.lon())).as(r[0]).isLessThan(r[3].equals("IE") ? 250 : 500);
        }
    }

    @Test
    void thereAreAtLeastFortyConflictRegionsWithDistinctNames() throws IOException {
        List<String[]> rows = rows("regions.tsv");
        Set<String> names = new HashSet<>();
        for (String[] r : rows.subList(1, rows.size())) assertThat(names.add(NameKey.of(r[0]))).as(r[0]).isTrue();
        assertThat(names.size()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void geonameIdsAreNumbersAndUnique() throws IOException {
        Set<String> ids = new HashSet<>();
        for (String[] table : new String[][] {{"countries.tsv", "1"}, {"admin1.tsv", "3"}, {"regions.tsv", "5"}}) {
            List<String[]> rows = rows(table[0]);
            int c = Integer.parseInt(table[1]);
            for (String[] r : rows.subList(1, rows.size())) {
                String id = r[c].trim();
                if (id.isEmpty()) continue;
                assertThat(id).as(table[0] + " " + r[0]).matches("[1-9][0-9]*");
                assertThat(ids.add(id)).as("id " + id + " twice").isTrue();
            }
        }
    }

    @Test
    void everyAdminRegionHasAnAdmin1CodeGivenOrFromItsSeat() throws IOException {
        Gazetteer g = Gazetteer.loadDefault();
        List<String[]> rows = rows("admin1.tsv");
        for (String[] r : rows.subList(1, rows.size())) {
            GazetteerEntry e = g.lookup(r[4]).stream().filter(x -> x.isAdmin1() && x.countryCode().equals(r[0]))
                    .findFirst().orElseThrow();
            assertThat(e.admin1()).as(r[4]).isNotEmpty();
        }
    }
}
