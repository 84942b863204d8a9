package org.annalist.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** synth, events (over the events table), bench query and export on a small synthetic store, through the CLI. */
class SynthQueryExportTest {

    @TempDir
    static Path dir;
    static String db;
    static Cli.Result synth;

    @BeforeAll
    static void synthesise() {
        db = dir.resolve("synth.duckdb").toString();
        synth = Cli.run("synth", "--events", "20000", "--seed", "5", "--db", db);
    }

    private static JsonNode json(String... args) throws Exception {
        Cli.Result r = Cli.run(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void synthWritesTheAskedNumberOfEvents() {
        assertThat(synth.exitCode()).as(synth.err()).isZero();
        assertThat(synth.out()).contains("20,000 synthetic events written", "seed 5");
    }

    @Test
    void synthRefusesAStoreThatHoldsEvents() {
        Cli.Result again = Cli.run("synth", "--events", "10", "--db", db);
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already holds 20000 events");
    }

    @Test
    void twoActorsAndAMonthFindTheDyadInEitherDirection() throws Exception {
        JsonNode events = json("events", "--db", db, "--actor", "USA,RUS", "--from", "2022-03-01", "--to", "2022-03-31",
                "--format", "json");
        assertThat(events.size()).isPositive();
        events.forEach(e -> {
            String pair = e.get("source_code").asText() + " " + e.get("target_code").asText();
            assertThat(pair).matches("(USA\\S* RUS\\S*)|(RUS\\S* USA\\S*)");
            assertThat(e.get("date_begin").asText()).isLessThanOrEqualTo("2022-03-31");
            assertThat(e.get("date_end").asText()).isGreaterThanOrEqualTo("2022-03-01");
        });
    }

    @Test
    void rootPloverQuadAndSourcesCombine() throws Exception {
        JsonNode events = json("events", "--db", db, "--cameo", "19", "--plover", "assault", "--quad", "4",
                "--min-sources", "2", "--format", "json");
        assertThat(events.size()).isPositive();
        events.forEach(e -> {
            assertThat(e.get("cameo").asText()).startsWith("19");
            assertThat(e.get("plover").asText()).isEqualTo("ASSAULT");
            assertThat(e.get("num_sources").asInt()).isGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void anAcledTypeFindsEventsByTheirStoredView() throws Exception {
        JsonNode events = json("events", "--db", db, "--acled", "battles", "--limit", "50", "--format", "json");
        assertThat(events.size()).isPositive();
        events.forEach(e -> {
            assertThat(e.get("acled_event_type").asText()).isEqualTo("Battles");
            assertThat(e.get("acled_sub_event_type").asText()).isNotBlank();
            assertThat(e.get("modality").asText()).isIn("asserted", "reported");
        });
        Cli.Result table = Cli.run("events", "--db", db, "--acled", "Armed clash", "--limit", "5");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out().lines().findFirst().orElseThrow()).contains("acled");
        assertThat(table.out()).contains("Armed clash");
    }

    @Test
    void aRadiusKeepsEventsNearThePoint() throws Exception {
        JsonNode events = json("events", "--db", db, "--near", "50.45,30.52", "--radius", "100", "--format", "json");
        assertThat(events.size()).isPositive();
        events.forEach(e -> assertThat(e.get("place_country").asText()).isEqualTo("UA"));
    }

    @Test
    void mentionsOnlyOptionsAreRefusedWithMentions() {
        Cli.Result r = Cli.run("events", "--mentions", "--db", db, "--plover", "ASSAULT");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--plover");
    }

    @Test
    void benchQueryTimesEveryRepresentativeQuery() {
        Cli.Result r = Cli.run("bench", "query", "--db", db, "--runs", "3", "--warmup", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("20,000 events", "dyad+month", "actor", "root+year", "radius+month", "quad+sources");
    }

    @Test
    void benchWithoutCorpusOrQuerySaysWhatItNeeds() {
        Cli.Result r = Cli.run("bench");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--corpus", "bench query");
    }

    @Test
    void exportWritesEachFormat() throws Exception {
        Path out = dir.resolve("export");
        for (String format : List.of("gdelt", "plover", "acled", "parquet", "mentions")) {
            Cli.Result r = Cli.run("export", "--format", format, "--db", db, "--out", out.toString(),
                    "--from", "2020-01-01", "--to", "2020-06-30");
            assertThat(r.exitCode()).as(format + ": " + r.err()).isZero();
        }
        List<String> gdelt = Files.readAllLines(out.resolve("annalist.export.CSV"));
        assertThat(gdelt).isNotEmpty().allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
        assertThat(gdelt.get(0).split("\t")[1]).startsWith("20");
        assertThat(Files.readAllLines(out.resolve("acled.csv")).get(0)).startsWith("event_id_cnty,event_date,");
        assertThat(Files.size(out.resolve("plover.jsonl"))).isPositive();
        assertThat(out.resolve("events.parquet")).exists();
    }

    @Test
    void anUnknownExportFormatIsRefused() {
        Cli.Result r = Cli.run("export", "--format", "xml", "--db", db, "--out", dir.resolve("x").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("unknown export format 'xml'");
    }
}
