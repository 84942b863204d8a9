package org.annalist.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {

    private static Path tiny() throws URISyntaxException {
        return Path.of(GazetteerTest.class.getResource("tiny-geonames.txt").toURI());
    }

    @Test
    void loadsAGeoNamesDumpAndFindsPlacesByAnyAlternateName() throws Exception {
        Gazetteer g = Gazetteer.load(tiny());
        assertThat(g.size()).isEqualTo(4);
        for (String name : List.of("Lindar", "LINDAR", "Lindaar", "Port Lindar", "Lindår", "port-lindar")) {
            assertThat(g.lookup(name)).extracting(GazetteerEntry::geonameid).containsExactly(1000001L);
        }
        GazetteerEntry lindar = g.lookup("Lindar").get(0);
        assertThat(lindar.countryCode()).isEqualTo("XA");
        assertThat(lindar.admin1()).isEqualTo("01");
        assertThat(lindar.featureCode()).isEqualTo("PPLA");
        assertThat(lindar.population()).isEqualTo(250000);
        assertThat(lindar.lat()).isCloseTo(45.1, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void foldsDiacriticsAndPunctuationInNames() throws Exception {
        Gazetteer g = Gazetteer.load(tiny());
        assertThat(g.lookup("Saint Ebene")).extracting(GazetteerEntry::geonameid).containsExactly(1000004L);
        assertThat(g.lookup("St Ebene")).extracting(GazetteerEntry::geonameid).containsExactly(1000004L);
        assertThat(g.lookup("saint-ébène")).extracting(GazetteerEntry::geonameid).containsExactly(1000004L);
    }

    @Test
    void listsHomonymsMostPopulousFirst() throws Exception {
        Gazetteer g = Gazetteer.load(tiny());
        assertThat(g.lookup("Vell")).extracting(GazetteerEntry::geonameid).containsExactly(1000002L, 1000003L);
    }

    @Test
    void answersNothingForAnUnknownName() throws Exception {
        assertThat(Gazetteer.load(tiny()).lookup("Nowhereville")).isEmpty();
    }

    @Test
    void rejectsAFileThatIsNoGeoNamesDump(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.txt"), "name\tlat\nLindar\t45.1\n");
        assertThatThrownBy(() -> Gazetteer.load(bad)).isInstanceOf(IOException.class).hasMessageContaining("line 1");
    }

    @Test
    void builtInIndexKnowsOnePlaceByAllItsNames() {
        Gazetteer g = Gazetteer.loadDefault();
        assertThat(g.size()).isGreaterThan(150_000);
        long id = g.lookup("Stepanakert").stream().filter(e -> e.countryCode().equals("AZ")).findFirst().orElseThrow().geonameid();
        for (String name : List.of("Khankendi", "Xankəndi", "Xankandi", "STEPANAKERT")) {
            assertThat(g.lookup(name)).extracting(GazetteerEntry::geonameid).contains(id);
        }
    }

    @Test
    void ownTablesAddCountriesDemonymsRegionsAndStates() {
        Gazetteer g = Gazetteer.loadDefault();
        assertThat(g.lookup("Azerbaijan").get(0).featureCode()).isEqualTo("PCLI");
        assertThat(g.countryCodeOf("Azerbaijani")).contains("AZ");
        assertThat(g.isDemonym("Azerbaijani")).isTrue();
        assertThat(g.isCountry("Azerbaijani")).isFalse();
        assertThat(g.isCountry("Deutschland")).isTrue();
        assertThat(g.lookup("Donbass").get(0).name()).isEqualTo("Donbas");
        assertThat(g.lookup("Artsakh").get(0).countryCode()).isEqualTo("AZ");
        GazetteerEntry georgiaState = g.admin1("US", "GA").orElseThrow();
        assertThat(georgiaState.name()).isEqualTo("Georgia");
        assertThat(g.lookup("Georgia")).contains(georgiaState, g.country("GE").orElseThrow());
    }

    @Test
    void admin1CodesComeFromTheSeatWhenTheTableLeavesThemOut() {
        Gazetteer g = Gazetteer.loadDefault();
        GazetteerEntry donetskOblast = g.lookup("Donetsk Oblast").get(0);
        GazetteerEntry donetsk = g.lookup("Donetsk").stream().filter(e -> e.countryCode().equals("UA")).findFirst().orElseThrow();
        assertThat(donetskOblast.admin1()).isNotEmpty().isEqualTo(donetsk.admin1());
    }

    @Test
    void everyRegionAndAdminRowHasAPointOnEarth() {
        Gazetteer g = Gazetteer.loadDefault();
        for (String name : List.of("Nagorno-Karabakh", "Gaza Strip", "West Bank", "Kashmir", "Sahel", "Crimea", "Tigray",
                "Texas", "Ontario")) {
            GazetteerEntry e = g.lookup(name).get(0);
            assertThat(e.lat()).as(name).isBetween(-90.0, 90.0);
            assertThat(e.lon()).as(name).isBetween(-180.0, 180.0);
            assertThat(e.isPopulatedPlace()).as(name).isFalse();
        }
    }
}
