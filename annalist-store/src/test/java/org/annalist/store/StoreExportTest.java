package org.annalist.store;

import static org.annalist.store.EventRows.row;
import static org.annalist.store.Fixtures.article;
import static org.annalist.store.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.annalist.model.Modality;
import org.annalist.ontology.CameoCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreExportTest {

    @TempDir
    Path dir;
    EventStore store;
    StoreExport export;
    Path out;

    @BeforeEach
    void fill() throws Exception {
        store = EventStore.open(dir.resolve("annalist.duckdb"));
        export = new StoreExport(store, CameoCatalog.load(), "annalist test");
        out = dir.resolve("out");
        store.ingest(article("a1"), List.of(event("m1", "a1").build(), event("m2", "a1").cameo("190").build()));
        store.ingest(article("a2", "https://other.example/a2"), List.of(event("m3", "a2").build()));
        // the rows below replace the events the linker merged from these mentions, so each test knows its events
        store.onConnection("drop linked events", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM events");
            }
            return null;
        });
        EventRows.insert(store,
                row("e1").dyad("FRAGOV", "DEUGOV").at("Berlin", "DE", 52.52, 13.405).counts(2, 2, 2),
                row("e2").cameo("190", "ASSAULT", 4).dyad("UKRMIL", "UKRCVL").at("Kharkiv", "UA", 49.99, 36.23)
                        .fatalities(4).on(LocalDate.of(2031, 3, 12), LocalDate.of(2031, 3, 12)),
                row("e3").cameo("14", "PROTEST", 4).dyad("FRACVL", "FRAGOV").at(null, null, null, null)
                        .modality(Modality.INTENDED),
                row("e4").cameo("010", null, 1).dyad("USA", null).at(null, null, null, null),
                row("later").on(LocalDate.of(2032, 1, 5), LocalDate.of(2032, 1, 5)));
        store.onConnection("link test mentions", c -> {
            try (Statement s = c.createStatement()) {
                s.execute("UPDATE event_mentions SET event_id = CASE id WHEN 'm2' THEN 'e2' ELSE 'e1' END");
            }
            return null;
        });
    }

    @AfterEach
    void close() throws StoreException {
        store.close();
    }

    private List<String[]> tsv(Path file) throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) rows.add(line.split("\t", -1));
        return rows;
    }

    private Map<String, String[]> gdeltById() throws Exception {
        List<ExportedFile> files = export.write(ExportFormat.GDELT, out, LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31));
        assertThat(files).singleElement().extracting(ExportedFile::rows).isEqualTo(4L);
        Map<String, String[]> byId = new HashMap<>();
        for (String[] f : tsv(files.get(0).file())) {
            assertThat(f).hasSize(61);
            byId.put(f[0], f);
        }
        return byId;
    }

    private static String gid(String id) {
        return Long.toString(GdeltRows.globalEventId(id));
    }

    @Test
    void gdeltEventsHave61ColumnsWithGdeltCodesAndFipsCountries() throws Exception {
        String[] e1 = gdeltById().get(gid("e1"));
        Map<String, String> f = new HashMap<>();
        for (int i = 0; i < 61; i++) f.put(GdeltRows.EVENT_COLUMNS.get(i), e1[i]);
        assertThat(f).containsEntry("SQLDATE", "20310310").containsEntry("MonthYear", "203103")
                .containsEntry("Year", "2031").containsEntry("FractionDate", "2031.1918")
                .containsEntry("Actor1Code", "FRAGOV").containsEntry("Actor1CountryCode", "FRA")
                .containsEntry("Actor1Type1Code", "GOV").containsEntry("Actor2CountryCode", "DEU")
                .containsEntry("Actor1Name", "THE FOREIGN MINISTER OF ARMENIA")
                .containsEntry("IsRootEvent", "1")
                .containsEntry("EventCode", "042").containsEntry("EventBaseCode", "042")
                .containsEntry("EventRootCode", "04").containsEntry("QuadClass", "1")
                .containsEntry("GoldsteinScale", "1.9").containsEntry("NumMentions", "2")
                .containsEntry("NumSources", "2").containsEntry("AvgTone", "")
                .containsEntry("Actor1Geo_Type", "0").containsEntry("ActionGeo_Type", "4")
                .containsEntry("ActionGeo_FullName", "Berlin, Germany")
                .containsEntry("ActionGeo_CountryCode", "GM").containsEntry("ActionGeo_Lat", "52.52")
                .containsEntry("ActionGeo_Long", "13.405").containsEntry("DATEADDED", "20310311081500")
                .containsEntry("SOURCEURL", "https://news.example/a1");
    }

    @Test
    void aBareRootIsWrittenAsItsX0CodeWithGdeltsQuadClass() throws Exception {
        String[] e3 = gdeltById().get(gid("e3"));
        assertThat(e3[26]).isEqualTo("140");
        assertThat(e3[28]).isEqualTo("14");
        assertThat(e3[29]).as("GDELT counts PROTEST as verbal conflict").isEqualTo("3");
        assertThat(e3[30]).isEqualTo("-6.5");
        assertThat(e3[51]).as("no place").isEqualTo("0");
        assertThat(e3[60]).as("no report, no URL").isEmpty();
    }

    @Test
    void theGazaStripAndTheWestBankGetTheirOwnFipsCodes() throws Exception {
        EventRows.insert(store, row("gaza").at("Khan Younis", "PS", 31.35, 34.31),
                row("westbank").at("Jenin", "PS", 32.46, 35.30));
        List<String[]> rows = tsv(export.write(ExportFormat.GDELT, dir.resolve("ps"), null, null).get(0).file());
        Map<String, String> fipsById = rows.stream().collect(Collectors.toMap(f -> f[0], f -> f[53]));
        assertThat(fipsById).containsEntry(gid("gaza"), "GZ").containsEntry(gid("westbank"), "WE");
    }

    @Test
    void theDateRangeKeepsOverlappingEventsOnly() throws Exception {
        assertThat(gdeltById()).doesNotContainKey(gid("later"));
        List<ExportedFile> all = export.write(ExportFormat.GDELT, dir.resolve("all"), null, null);
        assertThat(all.get(0).rows()).isEqualTo(5);
    }

    @Test
    void mentionsPointToTheirEventsWithOffsetsAndConfidence() throws Exception {
        List<ExportedFile> files = export.write(ExportFormat.MENTIONS, out, null, null);
        List<String[]> rows = tsv(files.get(0).file());
        assertThat(rows).hasSize(3).allSatisfy(f -> assertThat(f).hasSize(16));
        Map<String, Long> perEvent = rows.stream().collect(Collectors.groupingBy(f -> f[0], Collectors.counting()));
        assertThat(perEvent).containsEntry(gid("e1"), 2L).containsEntry(gid("e2"), 1L);
        String[] first = rows.stream().filter(f -> f[5].equals("https://other.example/a2")).findFirst().orElseThrow();
        assertThat(first[3]).as("MentionType WEB").isEqualTo("1");
        assertThat(first[4]).isEqualTo("other.example");
        assertThat(first[6]).as("sentences count from 1").isEqualTo("1");
        assertThat(first[7]).isEqualTo("31");
        assertThat(first[9]).isEqualTo("63");
        assertThat(first[11]).isEqualTo("80");
        assertThat(first[12]).isEqualTo(Integer.toString(Fixtures.TEXT.length()));
    }

    @Test
    void ploverRecordsCarryTypeEntitiesPlaceAndSize() throws Exception {
        List<ExportedFile> files = export.write(ExportFormat.PLOVER, out, LocalDate.of(2031, 1, 1), null);
        assertThat(files.get(0).skipped()).as("010 has no PLOVER type").isEqualTo(1);
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> byId = new HashMap<>();
        for (String line : Files.readAllLines(files.get(0).file())) {
            JsonNode n = json.readTree(line);
            byId.put(n.get("id").asText(), n);
        }
        assertThat(byId.keySet()).containsExactlyInAnyOrder("e1", "e2", "e3", "later");
        JsonNode e2 = byId.get("e2");
        assertThat(e2.get("event").get(0).asText()).isEqualTo("ASSAULT");
        assertThat(e2.get("quad_code").asInt()).isEqualTo(4);
        assertThat(e2.get("actor").get(0).get("code").asText()).isEqualTo("UKR");
        assertThat(e2.get("actor").get(0).get("sector").asText()).isEqualTo("MIL");
        assertThat(e2.get("size").get("dead").asInt()).isEqualTo(4);
        assertThat(e2.get("event_loc").get("country_code").asText()).isEqualTo("UKR");
        assertThat(e2.get("event_loc").get("resolution").asInt()).isEqualTo(4);
        assertThat(e2.get("date").asText()).isEqualTo("2031-03-12");
        assertThat(byId.get("e1").get("mode").get(0).asText()).isEqualTo("visit");
        assertThat(byId.get("e1").get("cite_info").get("url").asText()).isEqualTo("https://news.example/a1");
        assertThat(byId.get("e3").get("mode").toString()).contains("future");
        assertThat(byId.get("e3").get("actor").get(0).get("sector").asText()).isEqualTo("CVL");
    }

    @Test
    void acledRowsOnlyForEventsWithAnAcledType() throws Exception {
        // e3 is a protest only intended: ACLED records what took place
        EventRows.insert(store, row("e5").cameo("14", "PROTEST", 4).dyad("FRACVL", "FRAGOV").at(null, null, null, null));
        List<ExportedFile> files = export.write(ExportFormat.ACLED, out, null, null);
        List<String> lines = Files.readAllLines(files.get(0).file());
        List<String> header = List.of(lines.get(0).split(","));
        assertThat(header).isEqualTo(AcledRows.COLUMNS);
        assertThat(lines).hasSize(3);
        assertThat(lines).noneMatch(l -> l.contains(Long.toString(GdeltRows.globalEventId("e3"))));
        Map<String, Map<String, String>> byType = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < header.size(); i++) m.put(header.get(i), cells[i]);
            byType.put(m.get("event_type"), m);
        }
        Map<String, String> battle = byType.get("Battles");
        assertThat(battle).containsEntry("sub_event_type", "Armed clash").containsEntry("fatalities", "4")
                .containsEntry("actor1", "Military Forces of Ukraine").containsEntry("inter1", "1")
                .containsEntry("actor2", "Civilians (Ukraine)").containsEntry("inter2", "7")
                .containsEntry("interaction", "17").containsEntry("time_precision", "1")
                .containsEntry("geo_precision", "1").containsEntry("iso3", "UKR").containsEntry("country", "Ukraine")
                .containsEntry("disorder_type", "Political violence").containsEntry("event_date", "2031-03-12");
        Map<String, String> protest = byType.get("Protests");
        assertThat(protest).containsEntry("inter1", "6").containsEntry("actor1", "Protesters (France)")
                .containsEntry("fatalities", "0").containsEntry("disorder_type", "Demonstrations");
    }

    @Test
    void parquetHoldsEveryTableAndReadsBack() throws Exception {
        List<ExportedFile> files = export.write(ExportFormat.PARQUET, out, null, null);
        assertThat(files.stream().map(f -> f.file().getFileName().toString()))
                .contains("events.parquet", "event_mentions.parquet", "articles.parquet", "skips.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT count(*), sum(num_sources), max(fatalities) FROM read_parquet('"
                    + out.resolve("events.parquet") + "')")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(5);
                assertThat(r.getLong(2)).isEqualTo(6);
                assertThat(r.getInt(3)).isEqualTo(4);
            }
            try (ResultSet r = s.executeQuery("SELECT id, event_id, date_begin FROM read_parquet('"
                    + out.resolve("event_mentions.parquet") + "') ORDER BY id")) {
                r.next();
                assertThat(r.getString(1)).isEqualTo("m1");
                assertThat(r.getString(2)).isEqualTo("e1");
                assertThat(r.getObject(3, LocalDate.class)).isEqualTo(LocalDate.of(2031, 3, 10));
            }
        }
    }

    @Test
    void parquetWithARangeFiltersEventsAndMentions() throws Exception {
        List<ExportedFile> files = export.write(ExportFormat.PARQUET, out, LocalDate.of(2032, 1, 1), null);
        Map<String, Long> rows = files.stream().collect(Collectors.toMap(f -> f.file().getFileName().toString(),
                ExportedFile::rows));
        assertThat(rows).containsEntry("events.parquet", 1L).containsEntry("event_mentions.parquet", 0L)
                .containsEntry("articles.parquet", 2L);
    }

    @Test
    void gdeltColumnsAreThoseOfTheGdeltReference() {
        List<String> ref = SharedRef.table("gdelt/gdelt2_events_schema.tsv").stream()
                .map(r -> r.get("name_header_row")).toList();
        assertThat(GdeltRows.EVENT_COLUMNS).isEqualTo(ref);
        List<String> mentions = SharedRef.table("gdelt/gdelt2_mentions_schema.tsv").stream().map(r -> r.get("name")).toList();
        assertThat(GdeltRows.MENTION_COLUMNS).isEqualTo(mentions);
    }

    @Test
    void duckdbReadsTheGdeltFilesWithGdeltsColumnTypes() throws Exception {
        List<Map<String, String>> schema = SharedRef.table("gdelt/gdelt2_events_schema.tsv");
        Path events = export.write(ExportFormat.GDELT, out, null, null).get(0).file();
        String columns = schema.stream().map(r -> "'" + r.get("name_header_row") + "': '" + switch (r.get("bigquery_type")) {
            case "INTEGER" -> "BIGINT";
            case "FLOAT" -> "DOUBLE";
            default -> "VARCHAR";
        } + "'").collect(Collectors.joining(", "));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*), sum(NumSources), max(GoldsteinScale), min(SQLDATE),"
                     + " count(AvgTone) FROM read_csv('" + events + "', delim = '\t', header = false, quote = '',"
                     + " columns = {" + columns + "})")) {
            r.next();
            assertThat(r.getLong(1)).isEqualTo(5);
            assertThat(r.getLong(2)).isEqualTo(6);
            assertThat(r.getDouble(3)).isEqualTo(1.9);
            assertThat(r.getLong(4)).isEqualTo(20310310L);
            assertThat(r.getLong(5)).as("AvgTone is empty, read as NULL").isZero();
        }
    }

    @Test
    void duckdbReadsTheAcledCsvWithItsHeader() throws Exception {
        EventRows.insert(store, row("e5").cameo("14", "PROTEST", 4).dyad("FRACVL", "FRAGOV").at(null, null, null, null));
        Path acled = export.write(ExportFormat.ACLED, out, null, null).get(0).file();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*), sum(fatalities), min(event_date), max(geo_precision)"
                     + " FROM read_csv('" + acled + "', header = true)")) {
            r.next();
            assertThat(r.getLong(1)).isEqualTo(2);
            assertThat(r.getLong(2)).isEqualTo(4);
            assertThat(r.getObject(3, LocalDate.class)).isEqualTo(LocalDate.of(2031, 3, 10));
            assertThat(r.getInt(4)).isEqualTo(1);
        }
    }

    @Test
    void acledColumnsAreThoseOfTheAcledReference() {
        List<String> ref = SharedRef.table("acled/acled_columns.tsv").stream().map(r -> r.get("variable")).toList();
        assertThat(AcledRows.COLUMNS).containsExactlyInAnyOrderElementsOf(ref);
    }

    @Test
    void acledEventTypesAreAcledsOwn() {
        List<Map<String, String>> ref = SharedRef.table("acled/acled_event_types.tsv");
        CameoCatalog.load().all().stream().filter(c -> c.acledType() != null).forEach(c ->
                assertThat(ref).as(c.code()).anySatisfy(r -> {
                    assertThat(r.get("event_type")).isEqualToIgnoringCase(c.acledType());
                    assertThat(r.get("sub_event_type")).isEqualToIgnoringCase(c.acledSubType());
                }));
    }

    @Test
    void fipsCodesAgreeWithTheGdeltReference() {
        CountryCodes codes = CountryCodes.load();
        for (Map<String, String> r : SharedRef.table("gdelt/fips10_4_to_iso3.tsv")) {
            CountryCodes.Country c = codes.byIso2(r.get("iso2"));
            assertThat(c).as(r.get("iso2")).isNotNull();
            assertThat(c.fips()).as(r.get("iso2")).isEqualTo(r.get("fips10_4"));
            assertThat(c.iso3()).isEqualTo(r.get("iso3"));
        }
    }

    @Test
    void actorCodesSplitIntoGdeltsParts() {
        ActorCodeParts un = ActorCodeParts.of("IGOUNO", null);
        assertThat(un.country()).isNull();
        assertThat(un.types()).containsExactly("IGO");
        assertThat(un.knownGroup()).isEqualTo("UNO");
        ActorCodeParts army = ActorCodeParts.of("USAGOVMIL", "USA");
        assertThat(army.country()).isEqualTo("USA");
        assertThat(army.types()).containsExactly("GOV", "MIL");
        ActorCodeParts cleric = ActorCodeParts.of("IRQSHIkur", "IRQ");
        assertThat(cleric.religion1()).isEqualTo("SHI");
        assertThat(cleric.ethnic()).isEqualTo("kur");
    }
}
