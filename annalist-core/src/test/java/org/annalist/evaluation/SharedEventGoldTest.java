package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads the shared gold sets, when they are present, and checks the counts their READMEs state. */
class SharedEventGoldTest {

    private static Path shared(String relative) {
        String root = System.getProperty("annalist.shared");
        assumeTrue(root != null, "annalist.shared not set");
        Path p = Path.of(root).resolve(relative);
        assumeTrue(Files.exists(p), p + " missing");
        return p;
    }

    @Test
    void readsEveryPetrarchSuiteRecordWithItsDictionaryFolder() throws Exception {
        List<GoldRecord> records = EventGold.read(shared("eval/petrarch/petrarch-unittest.events.jsonl"));

        assertThat(records).hasSize(231);
        assertThat(records.stream().mapToInt(r -> r.events().size()).sum()).isEqualTo(246);
        assertThat(records.stream().filter(GoldRecord::expectsNoEvent).count()).isEqualTo(23);
        assertThat(records.get(0).dictionaries()).isDirectory();
    }

    @Test
    void infersExactActorMatchingForPetrarchGold() throws Exception {
        List<GoldRecord> records = EventGold.read(shared("eval/petrarch/petrarch-unittest.events.jsonl"));

        assertThat(ActorMatch.AUTO.resolve(records)).isEqualTo(ActorMatch.EXACT);
    }

    @Test
    void infersCountryActorMatchingForPloverGold() throws Exception {
        List<GoldRecord> records = EventGold.read(shared("eval/plover/plover-gsr.events.jsonl"));

        assertThat(records).hasSize(322);
        assertThat(ActorMatch.AUTO.resolve(records)).isEqualTo(ActorMatch.COUNTRY);
    }

    @Test
    void readsThePloverDevelopmentSet() throws Exception {
        List<GoldRecord> records = EventGold.read(shared("eval/plover/plv-dev.events.jsonl"));

        assertThat(records).hasSize(545);
        assertThat(records).allMatch(r -> r.tags().contains("recall-only"));
    }

    @Test
    void aCoderThatCopiesTheGoldScoresPerfectlyOnPetrarchAndPlover() throws Exception {
        for (String file : List.of("eval/petrarch/petrarch-unittest.events.jsonl", "eval/plover/plover-gsr.events.jsonl")) {
            List<GoldRecord> records = EventGold.read(shared(file));

            EventScores s = EventEvaluation.run(records, SharedEventGoldTest::copyGold);

            assertThat(s.overall().recall()).as(file).isEqualTo(1.0);
            assertThat(s.overall().precision()).as(file).isEqualTo(1.0);
            assertThat(s.unknownFields()).as(file).isEmpty();
        }
    }

    private static List<PredictedEvent> copyGold(GoldRecord r) {
        return r.events().stream().map(e -> new PredictedEvent(
                (String) e.get("source"), (String) e.get("target"), (String) e.get("cameo"), (String) e.get("plover"),
                (String) e.get("source_text"), (String) e.get("target_text"), null, null, null,
                (Integer) e.get("fatalities"), (String) e.get("location"), null, null, null)).toList();
    }
}
