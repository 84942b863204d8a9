package org.annalist.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, events and skips on a real DuckDB file, through the CLI. */
class IngestAndQueryTest {

    @TempDir
    static Path dir;
    static String db;
    static Cli.Result first;
    static Cli.Result second;

    @BeforeAll
    static void ingestTheExampleTwice() throws Exception {
        db = dir.resolve("store/annalist.duckdb").toString();
        Path copy = dir.resolve("copy-of-example.txt");
        Files.copy(AnalyzeExampleTest.EXAMPLE, copy);
        first = Cli.run("ingest", AnalyzeExampleTest.EXAMPLE.toString(), "--db", db);
        second = Cli.run("ingest", AnalyzeExampleTest.EXAMPLE.toString(), copy.toString(), "--db", db);
    }

    @Test
    void storesTheArticleOnceHoweverOftenItIsIngested() {
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("1 stored", "0 duplicates");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("0 stored", "2 duplicates", "0 events");
    }

    @Test
    void filtersEventsByActorPrefixAsCsv() {
        Cli.Result r = Cli.run("events", "--mentions", "--db", db, "--actor", "ARM", "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        String[] lines = r.out().split("\r?\n");
        assertThat(lines[0]).startsWith("id,");
        assertThat(lines.length).isGreaterThan(1);
        for (int i = 1; i < lines.length; i++) assertThat(lines[i]).contains(",ARM");
    }

    @Test
    void filtersEventsByCameoRootAndDateRangeAsJson() throws Exception {
        Cli.Result r = Cli.run("events", "--mentions", "--db", db, "--cameo", "19", "--from", "2023-03-01", "--to", "2023-03-12",
                "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode events = new ObjectMapper().readTree(r.out());
        assertThat(events.size()).isPositive();
        events.forEach(e -> assertThat(e.get("cameo").asText()).startsWith("19"));
    }

    @Test
    void aDateRangeBeforeTheEventsFindsNothing() {
        Cli.Result r = Cli.run("events", "--mentions", "--db", db, "--from", "2022-01-01", "--to", "2022-12-31", "--format", "csv");
        assertThat(r.out().strip().split("\r?\n")).hasSize(1);
    }

    @Test
    void printsATableByDefault() {
        Cli.Result r = Cli.run("events", "--mentions", "--db", db, "--cameo", "041");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("041", "RUSGOV");
    }

    @Test
    void eventsListsMergedEventsThatExportToGdeltWithTheirMentions() throws Exception {
        Cli.Result r = Cli.run("events", "--db", db, "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode events = new ObjectMapper().readTree(r.out());
        assertThat(events.size()).isPositive();
        int mentions = 0;
        for (JsonNode e : events) mentions += e.get("num_mentions").asInt();
        Path out = dir.resolve("export");
        assertThat(Cli.run("export", "--format", "gdelt", "--db", db, "--out", out.toString()).exitCode()).isZero();
        assertThat(Cli.run("export", "--format", "mentions", "--db", db, "--out", out.toString()).exitCode()).isZero();
        assertThat(Files.readAllLines(out.resolve("annalist.export.CSV"))).hasSize(events.size());
        assertThat(Files.readAllLines(out.resolve("annalist.mentions.CSV"))).hasSize(mentions);
    }
}
