package org.annalist.store;

import static org.annalist.store.Fixtures.article;
import static org.annalist.store.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.EventMention;
import org.annalist.model.Modality;
import org.annalist.ontology.CameoCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The views of the other ontologies (PLOVER, ACLED, five-way class) as a store keeps, filters and exports them. */
class StoredViewsTest {

    private static final String SHELLING = "Troops shelled a border village last week, killing two.";
    private static final String ACLED_SHELLING = "Shelling/artillery/missile attack";

    @TempDir
    Path dir;

    private EventMention shelling(String id, String article) {
        return event(id, article).said("190", "ASSAULT", SHELLING).source("ARMMIL").target("AZEMIL").build();
    }

    @Test
    void aStoredMentionKeepsItsViews() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.ingest(article("a1"), List.of(shelling("m1", "a1")));
            StoredEvent m = store.events(EventQuery.all()).get(0);
            assertThat(m.acledEventType()).isEqualTo("Explosions/Remote violence");
            assertThat(m.acledSubEventType()).isEqualTo(ACLED_SHELLING);
            assertThat(m.penta()).isEqualTo(4);
            assertThat(m.ploverAuxMode()).isNull();
            assertThat(m.ploverContext()).contains("military");
            assertThat(m.viewBasis()).contains("'shelled'");
        }
    }

    @Test
    void anEventTakesTheViewsOfAMentionWithItsModality() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.ingest(article("a1"), List.of(shelling("m1", "a1")));
            store.ingest(article("a2"), List.of(event("m2", "a2").said("190", "ASSAULT", SHELLING).source("RUSMIL")
                    .target("GEOMIL").modality(Modality.NEGATED).build()));
            List<EventRecord> events = new EventSearch(store).find(EventFilter.all());
            EventRecord shelled = events.stream().filter(e -> "ARMMIL".equals(e.sourceCode())).findFirst().orElseThrow();
            EventRecord denied = events.stream().filter(e -> "RUSMIL".equals(e.sourceCode())).findFirst().orElseThrow();
            assertThat(shelled.acledSubEventType()).isEqualTo(ACLED_SHELLING);
            assertThat(shelled.penta()).isEqualTo(4);
            assertThat(denied.ploverAuxMode()).isEqualTo("negation");
            assertThat(denied.acledEventType()).as("ACLED records what took place").isNull();
        }
    }

    @Test
    void eventsFilterOnTheirAcledTypeOrSubTypeInAnyCase() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.ingest(article("a1"), List.of(shelling("m1", "a1"), event("m2", "a1").build()));
            EventSearch search = new EventSearch(store);
            assertThat(search.find(EventFilter.all())).hasSize(2);
            assertThat(search.find(EventFilter.all().withAcled("explosions/remote violence"))).hasSize(1);
            assertThat(search.find(EventFilter.all().withAcled(ACLED_SHELLING.toUpperCase()))).hasSize(1);
            assertThat(search.find(EventFilter.all().withAcled("Battles"))).isEmpty();
        }
    }

    @Test
    void tablesCsvAndJsonShowTheViews() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.ingest(article("a1"), List.of(shelling("m1", "a1")));
            List<EventRecord> events = new EventSearch(store).find(EventFilter.all());
            assertThat(EventRecordFormat.table(events)).contains("acled").contains("Shelling/artillery");
            StringBuilder csv = new StringBuilder();
            EventRecordFormat.csv(events, csv);
            assertThat(csv.toString().lines().findFirst().orElseThrow())
                    .contains("plover_mode,plover_aux_mode,plover_context,acled_event_type,acled_sub_event_type,penta");
            StringWriter json = new StringWriter();
            EventRecordFormat.json(events, json);
            JsonNode first = new ObjectMapper().readTree(json.toString()).get(0);
            assertThat(first.get("acled_sub_event_type").asText()).isEqualTo(ACLED_SHELLING);
            assertThat(first.get("penta").asInt()).isEqualTo(4);
            List<StoredEvent> mentions = store.events(EventQuery.all());
            assertThat(StoredEventFormat.table(mentions)).contains("Shelling/artillery");
            assertThat(StoredEventFormat.json(mentions)).contains("\"view_basis\"").contains("\"plover_context\"");
        }
    }

    @Test
    void oneEventsDetailShowsItsViews() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.ingest(article("a1"), List.of(shelling("m1", "a1")));
            String id = new EventSearch(store).find(EventFilter.all()).get(0).id();
            EventDetail detail = store.event(id).orElseThrow();
            assertThat(detail.views().acledSubEventType()).isEqualTo(ACLED_SHELLING);
            assertThat(EventDetailFormat.text(detail)).contains("acled      Explosions/Remote violence / " + ACLED_SHELLING);
            assertThat(new ObjectMapper().readTree(EventDetailFormat.json(detail)).get("penta").asInt()).isEqualTo(4);
        }
    }

    @Test
    void aVersion3StoreGetsItsViewsWhenOpened() throws Exception {
        Path file = dir.resolve("old.duckdb");
        try (EventStore store = EventStore.open(file)) {
            store.ingest(article("a1"), List.of(shelling("m1", "a1")));
        }
        // make it the file Annalist wrote before views were stored: the same tables without the version 4 columns
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            for (String column : List.of("plover_mode", "plover_aux_mode", "plover_context", "acled_event_type",
                    "acled_sub_event_type", "penta", "view_basis")) {
                s.execute("ALTER TABLE event_mentions DROP COLUMN " + column);
                if (!column.equals("view_basis")) s.execute("ALTER TABLE events DROP COLUMN " + column);
            }
            s.execute("UPDATE schema_version SET version = 3");
        }
        try (EventStore store = EventStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(4);
            StoredEvent m = store.events(EventQuery.all()).get(0);
            assertThat(m.acledSubEventType()).isEqualTo(ACLED_SHELLING);
            assertThat(m.viewBasis()).contains("'shelled'");
            EventRecord e = new EventSearch(store).find(EventFilter.all()).get(0);
            assertThat(e.acledSubEventType()).isEqualTo(ACLED_SHELLING);
            assertThat(e.penta()).isEqualTo(4);
            // and a later article links as in a new store
            store.ingest(article("a2"), List.of(shelling("m2", "a2")));
            assertThat(new EventSearch(store).find(EventFilter.all())).singleElement()
                    .extracting(EventRecord::numArticles).isEqualTo(2);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(4);
        }
    }

    @Test
    void backgroundEventsAreLeftOutOfGdeltAndAcledAndMarkedInPlover() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb"))) {
            store.ingest(article("a1"), List.of(shelling("m1", "a1"),
                    event("m2", "a1").said("190", "ASSAULT", "Russian troops shelled Georgian villages in 2008.")
                            .source("RUSMIL").target("GEOMIL").modality(Modality.BACKGROUND)
                            .during("2008", LocalDate.of(2008, 1, 1), LocalDate.of(2008, 12, 31),
                                    org.annalist.model.Precision.YEAR).build()));
            assertThat(new EventSearch(store).find(EventFilter.all().withModality(Modality.BACKGROUND)))
                    .singleElement().extracting(EventRecord::ploverAuxMode).isEqualTo("historical");
            StoreExport export = new StoreExport(store, CameoCatalog.load(), "annalist test");
            Path out = dir.resolve("out");

            ExportedFile gdelt = export.write(ExportFormat.GDELT, out, null, null).get(0);
            assertThat(gdelt.rows()).isEqualTo(1);
            assertThat(gdelt.skipped()).isEqualTo(1);
            assertThat(Files.readString(gdelt.file())).contains("ARMMIL").doesNotContain("RUSMIL");
            assertThat(export.write(ExportFormat.MENTIONS, out, null, null).get(0).rows()).isEqualTo(1);

            List<String> acled = Files.readAllLines(export.write(ExportFormat.ACLED, out, null, null).get(0).file());
            assertThat(acled).hasSize(2);
            assertThat(acled.get(1)).contains(ACLED_SHELLING).contains("Armenia").doesNotContain("Russia");

            List<JsonNode> plover = new ArrayList<>();
            for (String line : Files.readAllLines(export.write(ExportFormat.PLOVER, out, null, null).get(0).file())) {
                plover.add(new ObjectMapper().readTree(line));
            }
            assertThat(plover).hasSize(2);
            JsonNode recalled = plover.stream().filter(n -> n.get("date").asText().equals("2008-01-01")).findFirst()
                    .orElseThrow();
            assertThat(recalled.get("mode").toString()).contains("historical");
            assertThat(recalled.get("context").toString()).contains("military");
        }
    }
}
