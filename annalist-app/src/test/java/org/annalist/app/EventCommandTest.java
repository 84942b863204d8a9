package org.annalist.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.annalist.store.EventQuery;
import org.annalist.store.EventStore;
import org.annalist.store.StoredEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annalist event ID} on the example, whose phone call is told in the lead, a quoted post and the body. */
class EventCommandTest {

    @TempDir
    static Path dir;
    static String db;
    static String callId;

    @BeforeAll
    static void ingestTheExample() throws Exception {
        db = dir.resolve("annalist.duckdb").toString();
        Cli.Result r = Cli.run("ingest", AnalyzeExampleTest.EXAMPLE.toString(), "--db", db);
        assertThat(r.exitCode()).as(r.err()).isZero();
        try (EventStore store = EventStore.open(Path.of(db))) {
            StoredEvent lead = store.events(new EventQuery(null, "041", null, null, null, null, null)).stream()
                    .filter(e -> e.sentence() == 0).findFirst().orElseThrow();
            callId = store.mentionEventId(lead.id());
        }
    }

    @Test
    void showsTheCallWithEveryMentionAndItsSentence() {
        Cli.Result r = Cli.run("event", callId, "--db", db);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("event      " + callId, "RUSGOV", "ARMGOV",
                "Held a phone conversation with President Putin.",
                "Russian President Vladimir Putin spoke by phone with Armenian Prime Minister Nikol Pashinyan");
    }

    @Test
    void printsTheEventAsJsonWithItsCounts() throws Exception {
        Cli.Result r = Cli.run("event", callId, "--format", "json", "--db", db);
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode e = new ObjectMapper().readTree(r.out());
        assertThat(e.get("id").asText()).isEqualTo(callId);
        assertThat(e.get("num_mentions").asInt()).isEqualTo(e.get("mentions").size()).isGreaterThanOrEqualTo(2);
        assertThat(e.get("num_articles").asInt()).isEqualTo(1);
        assertThat(e.get("merge_reason").asText()).contains("root 04");
        e.get("mentions").forEach(m -> assertThat(m.get("text").asText()).isNotBlank());
    }

    @Test
    void anUnknownIdExitsWithOne() {
        Cli.Result r = Cli.run("event", "ev-0000000000000000", "--db", db);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("no event ev-0000000000000000");
    }
}
