package org.annalist.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CameoCatalogTest {

    private final CameoCatalog catalog = CameoCatalog.load();

    @Test
    void eventsFileStartsWithItsHeaderAfterComments() {
        // rows() throws when the first non-comment line is not the header.
        assertThat(CameoCatalog.rows(CameoCatalog.EVENTS_RESOURCE, CameoCatalog.EVENTS_HEADER)).isNotEmpty();
        assertThat(CameoCatalog.rows(CameoCatalog.ACLED_RESOURCE, CameoCatalog.ACLED_HEADER)).isNotEmpty();
    }

    @Test
    void holdsTwentyRootsAndEveryCodeOfTheCodebook() {
        assertThat(catalog.all()).hasSize(318);
        assertThat(catalog.all().stream().filter(CameoCode::isRoot).map(CameoCode::code))
                .containsExactly("01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
                        "11", "12", "13", "14", "15", "16", "17", "18", "19", "20");
    }

    @Test
    void codesAreUniqueAndWellFormed() {
        Set<String> seen = new HashSet<>();
        for (CameoCode c : catalog.all()) {
            assertThat(c.code()).matches("\\d{2,4}");
            assertThat(seen.add(c.code())).as("duplicate %s", c.code()).isTrue();
            assertThat(c.name()).isNotBlank();
        }
    }

    @Test
    void everySubCodeHasItsRootAndItsBaseCode() {
        for (CameoCode c : catalog.all()) {
            assertThat(catalog.isValid(c.root())).as("root of %s", c.code()).isTrue();
            assertThat(catalog.isValid(c.base())).as("base of %s", c.code()).isTrue();
        }
    }

    @Test
    void goldsteinValuesLieOnTheScale() {
        assertThat(catalog.all()).allSatisfy(c -> assertThat(c.goldstein()).isBetween(-10.0, 10.0));
    }

    @Test
    void quadClassFollowsTheRoot() {
        for (CameoCode c : catalog.all()) {
            int r = Integer.parseInt(c.root());
            int expected = r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
            assertThat(c.quadClass()).as(c.code()).isEqualTo(expected);
        }
    }

    @Test
    void pentaIsStatementForRootOneAndQuadClassOtherwise() {
        for (CameoCode c : catalog.all()) {
            assertThat(c.penta()).as(c.code()).isEqualTo(c.root().equals("01") ? 0 : c.quadClass());
        }
    }

    @Test
    void gdeltQuadClassCountsInvestigateAsMaterialAndProtestAsVerbal() {
        assertThat(catalog.get("091").orElseThrow().gdeltQuadClass()).isEqualTo(2);
        assertThat(catalog.get("141").orElseThrow().gdeltQuadClass()).isEqualTo(3);
        assertThat(catalog.get("091").orElseThrow().quadClass()).isEqualTo(3);
        assertThat(catalog.get("141").orElseThrow().quadClass()).isEqualTo(4);
    }

    @Test
    void everyPloverTypeAndModeIsCurrentPlover() {
        Set<String> types = java.util.Arrays.stream(PloverType.values()).map(Enum::name)
                .collect(Collectors.toSet());
        for (CameoCode c : catalog.all()) {
            if (c.plover() != null) {
                assertThat(types).as(c.code()).contains(c.plover());
                if (c.ploverMode() != null) {
                    assertThat(c.ploverType().modes()).as(c.code()).contains(c.ploverMode());
                }
            } else {
                assertThat(c.ploverMode()).as(c.code()).isNull();
            }
        }
    }

    @Test
    void statementsAndAppealsHaveNoPloverType() {
        assertThat(catalog.all()).filteredOn(c -> c.root().equals("01") || c.root().equals("02"))
                .allSatisfy(c -> assertThat(c.plover()).isNull());
        assertThat(catalog.all()).filteredOn(c -> !c.root().equals("01") && !c.root().equals("02"))
                .allSatisfy(c -> assertThat(c.plover()).as(c.code()).isNotNull());
    }

    @Test
    void codesPhoneCallAsConsultByPhone() {
        CameoCode phone = catalog.get("041").orElseThrow();
        assertThat(phone.name()).isEqualTo("Discuss by telephone");
        assertThat(phone.plover()).isEqualTo("CONSULT");
        assertThat(phone.ploverMode()).isEqualTo("phone");
        assertThat(phone.goldstein()).isEqualTo(1.0);
    }

    @Test
    void splitsYieldIntoConcedeAndRetreat() {
        assertThat(catalog.get("0813").orElseThrow().plover()).isEqualTo("CONCEDE");
        assertThat(catalog.get("0841").orElseThrow().plover()).isEqualTo("RETREAT");
        assertThat(catalog.get("0871").orElseThrow().ploverMode()).isEqualTo("ceasefire");
    }

    @Test
    void mapsAirStrikesToAcledAirDroneStrike() {
        CameoCode air = catalog.get("195").orElseThrow();
        assertThat(air.acledType()).isEqualTo("Explosions/Remote violence");
        assertThat(air.acledSubType()).isEqualTo("Air/drone strike");
        assertThat(catalog.get("041").orElseThrow().acledType()).isNull();
    }

    @Test
    void acledViewUsesOnlyAcledEventTypes() {
        Set<String> types = Set.of("Battles", "Explosions/Remote violence", "Violence against civilians",
                "Protests", "Riots", "Strategic developments");
        for (CameoCode c : catalog.all()) {
            if (c.acledType() != null) {
                assertThat(types).as(c.code()).contains(c.acledType());
                assertThat(c.acledSubType()).as(c.code()).isNotBlank();
            }
        }
    }

    @Test
    void keepsLeadingZerosSignificant() {
        assertThat(catalog.isValid("010")).isTrue();
        assertThat(catalog.isValid("10")).isTrue();
        assertThat(catalog.isValid("41")).isFalse();
        assertThat(catalog.isValid(null)).isFalse();
        assertThat(catalog.get("999")).isEmpty();
    }

    @Test
    void namesRootsAndRejectsUnknownOnes() {
        assertThat(catalog.rootName("04")).isEqualTo("CONSULT");
        assertThat(catalog.rootName("1951")).isEqualTo("FIGHT");
        assertThatThrownBy(() -> catalog.rootName("21")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void returnsTheSameImmutableCatalogEachTime() {
        assertThat(CameoCatalog.load()).isSameAs(catalog);
        List<CameoCode> all = catalog.all();
        assertThatThrownBy(() -> all.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
