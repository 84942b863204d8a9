package org.annalist.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annalist eval places} on a two-record place gold file. */
class EvalPlacesTest {

    @TempDir
    static Path dir;
    static Path gold;

    @BeforeAll
    static void writeGold() throws IOException {
        gold = dir.resolve("tiny.places.jsonl");
        Files.write(gold, List.of(
                record("p1", "Floods closed the roads between Paris and Lyon on Monday.", "Paris", "Lyon"),
                record("p2", "The Russian minister flew to Berlin for the talks.", "Russian", "Berlin")));
    }

    private static String record(String id, String text, String... places) {
        StringBuilder b = new StringBuilder("{\"id\": \"" + id + "\", \"date\": null, \"text\": \"" + text + "\", \"places\": [");
        for (int i = 0; i < places.length; i++) {
            int at = text.indexOf(places[i]);
            if (i > 0) b.append(", ");
            b.append("{\"start\": ").append(at).append(", \"end\": ").append(at + places[i].length())
                    .append(", \"text\": \"").append(places[i]).append("\", \"geonameid\": null, \"lat\": null, \"lon\": null}");
        }
        return b.append("]}").toString();
    }

    @Test
    void printsOneJsonObjectWithTheFiguresOfFormatsSection2() throws Exception {
        Cli.Result r = Cli.run("eval", "places", "--gold", gold.toString(), "--json", "--cache", dir.resolve("cache").toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.fieldNames()).toIterable().containsExactly("records", "recognition_precision",
                "recognition_recall", "recognition_f1", "resolution_exact", "acc161", "mean_km", "median_km", "e2e_f1",
                "places_per_second");
        assertThat(json.get("records").asInt()).isEqualTo(2);
        assertThat(json.get("recognition_recall").asDouble()).isEqualTo(1.0);
        assertThat(json.get("recognition_precision").asDouble()).isEqualTo(1.0);
        try (var cached = Files.list(dir.resolve("cache"))) {
            assertThat(cached.filter(f -> f.toString().endsWith(".json")).count()).isEqualTo(2);
        }
    }

    @Test
    void limitScoresTheFirstRecordsAndErrorsListsDisagreements() {
        Cli.Result r = Cli.run("eval", "places", "--gold", gold.toString(), "--limit", "1", "--errors");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Places: 1 records, 2 gold places", "recognition exact");
    }

    @Test
    void aGoldFileWithBadOffsetsIsRefusedWithItsLine() throws IOException {
        Path bad = dir.resolve("bad.places.jsonl");
        Files.writeString(bad, "{\"id\": \"x\", \"date\": null, \"text\": \"Rain in Lyon.\", \"places\": "
                + "[{\"start\": 0, \"end\": 4, \"text\": \"Lyon\", \"geonameid\": null, \"lat\": null, \"lon\": null}]}\n");

        Cli.Result r = Cli.run("eval", "places", "--gold", bad.toString());

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("line 1", "do not hold its text");
    }
}
