package org.annalist.store;

import static org.annalist.store.EventRows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.model.Modality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventSearchTest {

    @TempDir
    Path dir;
    EventStore store;
    EventSearch search;

    @BeforeEach
    void open() throws StoreException {
        store = EventStore.open(dir.resolve("annalist.duckdb"));
        search = new EventSearch(store);
    }

    @AfterEach
    void close() throws StoreException {
        store.close();
    }

    private List<String> ids(EventFilter f) throws StoreException {
        return search.find(f).stream().map(EventRecord::id).toList();
    }

    @Test
    void twoActorsFindTheDyadInEitherDirection() throws StoreException {
        EventRows.insert(store, row("a").dyad("FRAGOV", "DEUGOV"), row("b").dyad("DEU", "FRAMIL"),
                row("c").dyad("FRAGOV", "ITAGOV"), row("d").dyad("DEUGOV", "ITA"));
        assertThat(ids(EventFilter.all().withActors("FRA", "DEU"))).containsExactly("a", "b");
        assertThat(ids(EventFilter.all().withActors("DEU"))).containsExactly("a", "b", "d");
    }

    @Test
    void sourceAndTargetAreDirected() throws StoreException {
        EventRows.insert(store, row("a").dyad("FRAGOV", "DEUGOV"), row("b").dyad("DEU", "FRAMIL"));
        assertThat(ids(EventFilter.all().withSource("FRA").withTarget("DEU"))).containsExactly("a");
        assertThat(ids(EventFilter.all().withTarget("FRAMIL"))).containsExactly("b");
    }

    @Test
    void cameoMatchesACodeOrItsRoot() throws StoreException {
        EventRows.insert(store, row("a").cameo("190", "ASSAULT", 4), row("b").cameo("1951", "ASSAULT", 4),
                row("c").cameo("042", "CONSULT", 1));
        assertThat(ids(EventFilter.all().withCameo("19"))).containsExactly("a", "b");
        assertThat(ids(EventFilter.all().withCameo("1951"))).containsExactly("b");
    }

    @Test
    void ploverTypeAcceptsTheOldNames() throws StoreException {
        EventRows.insert(store, row("a").cameo("190", "ASSAULT", 4), row("c").cameo("042", "CONSULT", 1));
        assertThat(ids(EventFilter.all().withPlover("fight"))).containsExactly("a");
        assertThat(ids(EventFilter.all().withPlover("CONSULT"))).containsExactly("c");
        assertThatThrownBy(() -> EventFilter.all().withPlover("YIELD")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quadClassAndModalityFilter() throws StoreException {
        EventRows.insert(store, row("a").cameo("190", "ASSAULT", 4), row("b").cameo("112", "ACCUSE", 3),
                row("c").cameo("193", "ASSAULT", 4).modality(Modality.NEGATED));
        assertThat(ids(EventFilter.all().withQuadClass(4))).containsExactly("a", "c");
        assertThat(ids(EventFilter.all().withQuadClass(4).withModality(Modality.ASSERTED))).containsExactly("a");
    }

    @Test
    void aDateRangeKeepsEveryEventWhoseIntervalOverlapsIt() throws StoreException {
        EventRows.insert(store,
                row("before").on(LocalDate.of(2031, 2, 1), LocalDate.of(2031, 2, 28)),
                row("month").on(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 31)),
                row("day").on(LocalDate.of(2031, 3, 15), LocalDate.of(2031, 3, 15)),
                row("openEnd").on(LocalDate.of(2031, 3, 20), null),
                row("openBegin").on(null, LocalDate.of(2031, 3, 5)),
                row("after").on(LocalDate.of(2031, 4, 1), LocalDate.of(2031, 4, 1)));
        assertThat(ids(EventFilter.all().between(LocalDate.of(2031, 3, 10), LocalDate.of(2031, 3, 31))))
                .containsExactly("month", "day", "openEnd");
        assertThat(ids(EventFilter.all().between(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 5))))
                .containsExactlyInAnyOrder("month", "openBegin");
    }

    @Test
    void aRadiusKeepsPlacesWithinItsGreatCircleDistance() throws StoreException {
        EventRows.insert(store, row("paris"), row("versailles").at("Versailles", "FR", 48.8049, 2.1204),
                row("reims").at("Reims", "FR", 49.2583, 4.0317), row("london").at("London", "GB", 51.5072, -0.1276),
                row("nowhere").at(null, null, null, null));
        EventFilter.Circle around = EventFilter.Circle.parse("48.8566, 2.3522", 30);
        assertThat(ids(EventFilter.all().withNear(around))).containsExactlyInAnyOrder("paris", "versailles");
        assertThat(ids(EventFilter.all().withNear(new EventFilter.Circle(48.8566, 2.3522, 200))))
                .containsExactlyInAnyOrder("paris", "versailles", "reims");
        assertThat(EventSearch.distanceKm(48.8566, 2.3522, 51.5072, -0.1276)).isBetween(340.0, 346.0);
    }

    @Test
    void aRadiusAcrossTheDateLineStillFindsBothSides() throws StoreException {
        EventRows.insert(store, row("east").at("Taveuni", "FJ", -16.8, 179.9), row("west").at("Rabi", "FJ", -16.8, -179.95));
        assertThat(ids(EventFilter.all().withNear(new EventFilter.Circle(-16.8, 179.99, 50))))
                .containsExactlyInAnyOrder("east", "west");
    }

    @Test
    void minimumSourcesAndCountry() throws StoreException {
        EventRows.insert(store, row("a").counts(5, 3, 4), row("b").counts(1, 1, 1).at("Berlin", "DE", 52.52, 13.40),
                row("c").dyad("ITAGOV", "ESP").counts(9, 6, 7));
        assertThat(ids(EventFilter.all().withMinSources(3))).containsExactly("a", "c");
        assertThat(ids(EventFilter.all().withCountry("de"))).containsExactly("b");
        assertThat(ids(EventFilter.all().withCountry("DEU"))).containsExactly("a", "b");
    }

    @Test
    void resultsComeInDateOrderUpToTheLimitAndCountIgnoresIt() throws StoreException {
        EventRows.insert(store, row("late").on(LocalDate.of(2031, 5, 1), LocalDate.of(2031, 5, 1)),
                row("undated").on(null, null), row("early").on(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 1)),
                row("mid").on(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 1)));
        assertThat(ids(EventFilter.all())).containsExactly("early", "mid", "late", "undated");
        assertThat(ids(EventFilter.all().withLimit(2))).containsExactly("early", "mid");
        assertThat(search.count(EventFilter.all().withLimit(2))).isEqualTo(4);
    }

    @Test
    void rejectsFiltersThatCannotMatchAnything() {
        assertThatThrownBy(() -> EventFilter.all().withQuadClass(5)).hasMessageContaining("QuadClass");
        assertThatThrownBy(() -> EventFilter.all().withCameo("fight")).hasMessageContaining("CAMEO");
        assertThatThrownBy(() -> EventFilter.Circle.parse("48.8", 10)).hasMessageContaining("LAT,LON");
        assertThatThrownBy(() -> new EventFilter.Circle(95, 0, 10)).hasMessageContaining("latitude");
        assertThatThrownBy(() -> EventFilter.all().between(LocalDate.of(2031, 2, 1), LocalDate.of(2031, 1, 1)))
                .hasMessageContaining("after");
    }
}
