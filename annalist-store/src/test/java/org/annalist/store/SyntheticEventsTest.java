package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annalist.ontology.CameoCatalog;
import org.annalist.ontology.CameoCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticEventsTest {

    @TempDir
    Path dir;

    private List<EventRecord> synth(String name, long count, long seed) throws StoreException {
        try (EventStore store = EventStore.open(dir.resolve(name))) {
            assertThat(new SyntheticEvents().write(store, count, seed, null)).isEqualTo(count);
            return new EventSearch(store).find(EventFilter.all());
        }
    }

    @Test
    void theSameSeedGivesTheSameEventsAndAnotherSeedOthers() throws StoreException {
        List<EventRecord> a = synth("a.duckdb", 3000, 7);
        List<EventRecord> b = synth("b.duckdb", 3000, 7);
        List<EventRecord> c = synth("c.duckdb", 3000, 8);
        assertThat(a).hasSize(3000).isEqualTo(b);
        assertThat(c.stream().map(EventRecord::id).toList()).doesNotContainAnyElementsOf(
                a.stream().map(EventRecord::id).toList());
    }

    @Test
    void everyCodeCarriesItsCatalogValues() throws StoreException {
        CameoCatalog catalog = CameoCatalog.load();
        for (EventRecord e : synth("s.duckdb", 3000, 1)) {
            CameoCode code = catalog.get(e.cameo()).orElseThrow();
            assertThat(e.cameoRoot()).isEqualTo(code.root());
            assertThat(e.goldstein()).isEqualTo(code.goldstein());
            assertThat(e.quadClass()).isEqualTo(code.quadClass());
            assertThat(e.plover()).isEqualTo(code.plover());
            assertThat(e.dateBegin()).isAfterOrEqualTo(SyntheticEvents.FIRST_DAY).isBeforeOrEqualTo(e.dateEnd());
            assertThat(e.numSources()).isBetween(1, e.numArticles());
            assertThat(e.numMentions()).isGreaterThanOrEqualTo(e.numArticles());
            if (e.placeLat() != null) assertThat(e.placeCountry()).hasSize(2);
        }
    }

    @Test
    void attentionIsSkewedAndFightingMostlyDomestic() throws StoreException {
        List<EventRecord> events = synth("s.duckdb", 20_000, 3);
        Map<String, Long> bySource = events.stream()
                .collect(Collectors.groupingBy(EventRecord::sourceCountry, Collectors.counting()));
        String top = bySource.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(top).isEqualTo("USA");
        List<EventRecord> fights = events.stream().filter(e -> e.cameoRoot().equals("19") && e.targetCountry() != null)
                .toList();
        long domestic = fights.stream().filter(e -> e.sourceCountry().equals(e.targetCountry())).count();
        assertThat((double) domestic / fights.size()).isGreaterThan(0.6);
        Map<String, Long> roots = events.stream().collect(Collectors.groupingBy(EventRecord::cameoRoot,
                Collectors.counting()));
        assertThat(roots.get("04")).isGreaterThan(roots.get("19")).isGreaterThan(roots.getOrDefault("20", 0L));
    }

    @Test
    void refusesAStoreThatAlreadyHoldsEvents() throws StoreException {
        try (EventStore store = EventStore.open(dir.resolve("x.duckdb"))) {
            EventRows.insert(store, EventRows.row("real"));
            assertThatThrownBy(() -> new SyntheticEvents().write(store, 10, 1, null))
                    .isInstanceOf(StoreException.class).hasMessageContaining("already holds 1 events");
        }
    }

    @Test
    void theDatesSpreadOverEveryYear() throws StoreException {
        Map<Integer, Long> byYear = synth("s.duckdb", 5000, 2).stream()
                .collect(Collectors.groupingBy(e -> e.dateBegin().getYear(), Collectors.counting()));
        assertThat(byYear.keySet()).containsAll(List.of(2015, 2018, 2021, 2024));
    }
}
