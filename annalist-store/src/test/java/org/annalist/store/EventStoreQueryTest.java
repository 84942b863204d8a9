package org.annalist.store;

import static org.annalist.store.Fixtures.article;
import static org.annalist.store.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.model.EventMention;
import org.annalist.model.Modality;
import org.annalist.model.Precision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreQueryTest {

    @TempDir
    Path dir;
    EventStore store;

    @BeforeEach
    void open() throws StoreException {
        store = EventStore.open(dir.resolve("annalist.duckdb"));
    }

    @AfterEach
    void close() throws StoreException {
        store.close();
    }

    private void given(Fixtures.Event... events) throws StoreException {
        List<EventMention> mentions = java.util.Arrays.stream(events).map(Fixtures.Event::build).toList();
        store.ingest(article("a1"), mentions);
    }

    private List<String> ids(EventQuery q) throws StoreException {
        return store.events(q).stream().map(StoredEvent::id).toList();
    }

    @Test
    void matchesAnActorPrefixOnTheSource() throws Exception {
        given(event("e1", "a1").source("ARMGOV").target("AZE"),
              event("e2", "a1").source("RUS").target("AZE"));

        assertThat(ids(EventQuery.all().withActor("ARM"))).containsExactly("e1");
    }

    @Test
    void matchesAnActorPrefixOnTheTarget() throws Exception {
        given(event("e1", "a1").source("AZEMIL").target("ARM"),
              event("e2", "a1").source("AZEMIL").target("RUS"));

        assertThat(ids(EventQuery.all().withActor("arm"))).containsExactly("e1");
    }

    @Test
    void matchesALongerActorCodeOnlyAsAPrefix() throws Exception {
        given(event("e1", "a1").source("ARMGOV"),
              event("e2", "a1").source("ARMMIL"),
              event("e3", "a1").source("ARM"));

        assertThat(ids(EventQuery.all().withActor("ARMGOV"))).containsExactly("e1");
    }

    @Test
    void treatsLikeWildcardsInAnActorAsPlainCharacters() throws Exception {
        given(event("e1", "a1").source("ARMGOV"));

        assertThat(ids(EventQuery.all().withActor("%"))).isEmpty();
        assertThat(ids(EventQuery.all().withActor("AR_"))).isEmpty();
    }

    @Test
    void matchesACameoRootAsAPrefix() throws Exception {
        given(event("e1", "a1").cameo("190"),
              event("e2", "a1").cameo("1951"),
              event("e3", "a1").cameo("042"),
              event("e4", "a1").cameo("200"));

        assertThat(ids(EventQuery.all().withCameo("19"))).containsExactly("e1", "e2");
    }

    @Test
    void matchesAThreeDigitCameoCodeExactly() throws Exception {
        given(event("e1", "a1").cameo("041"),
              event("e2", "a1").cameo("042"),
              event("e3", "a1").cameo("040"));

        assertThat(ids(EventQuery.all().withCameo("041"))).containsExactly("e1");
    }

    @Test
    void keepsEventsWhoseDateIntervalOverlapsTheRange() throws Exception {
        given(event("before", "a1").on(LocalDate.of(2031, 3, 1)),
              event("week", "a1").during("2031-W10", LocalDate.of(2031, 3, 3), LocalDate.of(2031, 3, 9), Precision.WEEK),
              event("inside", "a1").on(LocalDate.of(2031, 3, 12)),
              event("month", "a1").during("2031-03", LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 31), Precision.MONTH),
              event("after", "a1").on(LocalDate.of(2031, 4, 2)));

        List<String> found = ids(EventQuery.all().between(LocalDate.of(2031, 3, 8), LocalDate.of(2031, 3, 20)));

        assertThat(found).containsExactlyInAnyOrder("week", "inside", "month");
    }

    @Test
    void keepsEventsEndingOnTheFromDay() throws Exception {
        given(event("e1", "a1").on(LocalDate.of(2031, 3, 8)),
              event("e2", "a1").on(LocalDate.of(2031, 3, 7)));

        assertThat(ids(EventQuery.all().withFrom(LocalDate.of(2031, 3, 8)))).containsExactly("e1");
    }

    @Test
    void keepsEventsBeginningOnTheToDay() throws Exception {
        given(event("e1", "a1").on(LocalDate.of(2031, 3, 20)),
              event("e2", "a1").on(LocalDate.of(2031, 3, 21)));

        assertThat(ids(EventQuery.all().withTo(LocalDate.of(2031, 3, 20)))).containsExactly("e1");
    }

    @Test
    void matchesATwoLetterCountryOnThePlace() throws Exception {
        given(event("e1", "a1").placeCountry("AZ").source("RUS").target("RUS"),
              event("e2", "a1").placeCountry("AM").source("AZE").target("AZE"),
              event("e3", "a1").noPlace());

        assertThat(ids(EventQuery.all().withCountry("az"))).containsExactly("e1");
    }

    @Test
    void matchesAThreeLetterCountryOnTheSourceOrTargetActor() throws Exception {
        given(event("e1", "a1").source("AZEMIL").target("ARM").placeCountry("AM"),
              event("e2", "a1").source("ARMGOV").target("AZE").placeCountry("AM"),
              event("e3", "a1").source("ARMGOV").target("RUS").placeCountry("AZ"));

        assertThat(ids(EventQuery.all().withCountry("AZE"))).containsExactly("e1", "e2");
    }

    @Test
    void matchesTheModality() throws Exception {
        given(event("e1", "a1").modality(Modality.NEGATED),
              event("e2", "a1").modality(Modality.ASSERTED));

        assertThat(ids(EventQuery.all().withModality(Modality.NEGATED))).containsExactly("e1");
    }

    @Test
    void combinesFiltersWithAnd() throws Exception {
        given(event("e1", "a1").source("ARMGOV").cameo("190"),
              event("e2", "a1").source("ARMGOV").cameo("040"),
              event("e3", "a1").source("AZEGOV").cameo("190"));

        assertThat(ids(EventQuery.all().withActor("ARM").withCameo("19"))).containsExactly("e1");
    }

    @Test
    void ordersByDateThenId() throws Exception {
        given(event("b", "a1").on(LocalDate.of(2031, 3, 2)),
              event("c", "a1").on(LocalDate.of(2031, 3, 1)),
              event("a", "a1").on(LocalDate.of(2031, 3, 2)));

        assertThat(ids(EventQuery.all())).containsExactly("c", "a", "b");
    }

    @Test
    void returnsAtMostTheLimit() throws Exception {
        given(event("e1", "a1").on(LocalDate.of(2031, 3, 1)),
              event("e2", "a1").on(LocalDate.of(2031, 3, 2)),
              event("e3", "a1").on(LocalDate.of(2031, 3, 3)));

        assertThat(ids(EventQuery.all().withLimit(2))).containsExactly("e1", "e2");
    }

    @Test
    void returnsEventsOfEveryArticle() throws Exception {
        store.ingest(article("a1"), List.of(event("a1-e1", "a1").build()));
        store.ingest(article("a2"), List.of(event("a2-e1", "a2").build()));

        assertThat(store.events(EventQuery.all())).extracting(StoredEvent::articleId).containsExactly("a1", "a2");
    }
}
