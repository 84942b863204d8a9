package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventEvaluationTest {

    private static GoldEvent event(String source, String target, String cameo) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("target", target);
        m.put("cameo", cameo);
        return new GoldEvent(m);
    }

    private static GoldRecord record(String id, List<String> tags, GoldEvent... events) {
        return new GoldRecord(id, null, "text of " + id, null, tags, List.of(events));
    }

    /** A coder that answers from a table of record id to predictions. */
    private static final class TableCoder {
        private final Map<String, List<PredictedEvent>> answers = new HashMap<>();

        TableCoder answer(String id, PredictedEvent... events) {
            answers.put(id, List.of(events));
            return this;
        }

        List<PredictedEvent> code(GoldRecord r) {
            return answers.getOrDefault(r.id(), List.of());
        }
    }

    @Test
    void countsAnExactDyadAndCodeAsAMatch() {
        List<GoldRecord> gold = List.of(record("r1", List.of(), event("VEL", "OST", "042")));
        TableCoder coder = new TableCoder().answer("r1", PredictedEvent.of("VELGOV", "OST", "042"),
                PredictedEvent.of("VEL", "OST", "042"));

        EventScores s = EventEvaluation.run(gold, coder::code);

        assertThat(s.overall().recall()).isEqualTo(1.0);
        assertThat(s.overall().precision()).isEqualTo(0.5);
        assertThat(s.overall().f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
        assertThat(s.overall().extraPerRecord()).isEqualTo(1.0);
    }

    @Test
    void pairsEachGoldEventWithAtMostOnePrediction() {
        List<GoldRecord> gold = List.of(record("r1", List.of(), event("VEL", "OST", "042")));
        TableCoder coder = new TableCoder().answer("r1", PredictedEvent.of("VEL", "OST", "042"),
                PredictedEvent.of("VEL", "OST", "042"));

        EventMetrics m = EventEvaluation.run(gold, coder::code).overall();

        assertThat(m.recall()).isEqualTo(1.0);
        assertThat(m.precision()).isEqualTo(0.5);
    }

    @Test
    void greedyPairingGivesTheBestSpecifiedGoldEventFirstPick() {
        // The loose gold event (cameo unknown) could take either prediction; the precise one only the
        // first. Best match first pairs the precise one with it, so both gold events are found.
        List<GoldRecord> gold = List.of(record("r1", List.of(),
                event("VEL", "OST", null), event("VEL", "OST", "042")));
        TableCoder coder = new TableCoder().answer("r1", PredictedEvent.of("VEL", "OST", "042"),
                PredictedEvent.of("VEL", "OST", "190"));

        EventMetrics m = EventEvaluation.run(gold, coder::code).overall();

        assertThat(m.recall()).isEqualTo(1.0);
        assertThat(m.precision()).isEqualTo(1.0);
    }

    @Test
    void rootRecallAcceptsAnotherCodeOfTheSameRoot() {
        List<GoldRecord> gold = List.of(record("r1", List.of(), event("VEL", "OST", "042")));
        TableCoder coder = new TableCoder().answer("r1", PredictedEvent.of("VEL", "OST", "043"));

        EventMetrics m = EventEvaluation.run(gold, coder::code).overall();

        assertThat(m.recall()).isEqualTo(0.0);
        assertThat(m.rootRecall()).isEqualTo(1.0);
    }

    @Test
    void nullGoldFieldsAreNotScored() {
        List<GoldRecord> gold = List.of(record("r1", List.of(), event(null, "OST", null)));
        TableCoder coder = new TableCoder().answer("r1", PredictedEvent.of("ARB", "OST", "173"));

        assertThat(EventEvaluation.run(gold, coder::code).overall().recall()).isEqualTo(1.0);
    }

    @Test
    void falseAlarmRateIsTheShareOfNoEventRecordsWithAnyPrediction() {
        List<GoldRecord> gold = List.of(record("quiet1", List.of()), record("quiet2", List.of()),
                record("r1", List.of(), event("VEL", "OST", "042")));
        TableCoder coder = new TableCoder().answer("quiet1", PredictedEvent.of("VEL", "OST", "010"))
                .answer("r1", PredictedEvent.of("VEL", "OST", "042"));

        EventMetrics m = EventEvaluation.run(gold, coder::code).overall();

        assertThat(m.falseAlarmRate()).isEqualTo(0.5);
        assertThat(m.extraPerRecord()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void ratiosWithoutADenominatorAreNull() {
        List<GoldRecord> gold = List.of(record("quiet", List.of()));

        EventMetrics m = EventEvaluation.run(gold, r -> List.of()).overall();

        assertThat(m.recall()).isNull();
        assertThat(m.precision()).isNull();
        assertThat(m.f1()).isNull();
        assertThat(m.falseAlarmRate()).isEqualTo(0.0);
    }

    @Test
    void scoresEachTagOverTheRecordsCarryingIt() {
        List<GoldRecord> gold = List.of(record("r1", List.of("passive"), event("VEL", "OST", "042")),
                record("r2", List.of("passive", "agent"), event("OST", "VEL", "111")),
                record("r3", List.of("agent"), event("VEL", "OST", "190")));
        TableCoder coder = new TableCoder().answer("r1", PredictedEvent.of("VEL", "OST", "042"))
                .answer("r3", PredictedEvent.of("VEL", "OST", "190"));

        EventScores s = EventEvaluation.run(gold, coder::code);

        assertThat(s.byTag()).containsOnlyKeys("agent", "passive");
        assertThat(s.byTag().get("passive").records()).isEqualTo(2);
        assertThat(s.byTag().get("passive").recall()).isEqualTo(0.5);
        assertThat(s.byTag().get("agent").recall()).isEqualTo(0.5);
        assertThat(s.overall().recall()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void fieldRecallAsksWhetherAnyPredictionOfTheRecordAgreesOnThatFieldAlone() {
        List<GoldRecord> gold = List.of(record("r1", List.of(), event("VEL", "OST", "042")),
                record("r2", List.of(), event("OST", "VEL", "111")));
        TableCoder coder = new TableCoder().answer("r1", PredictedEvent.of("VEL", "ARB", "190"),
                PredictedEvent.of("ARB", "OST", "042"));

        EventMetrics m = EventEvaluation.run(gold, coder::code).overall();

        assertThat(m.recall()).isEqualTo(0.0);
        assertThat(m.fieldRecall()).containsOnlyKeys("cameo", "source", "target");
        assertThat(m.fieldRecall().get("source")).isEqualTo(0.5);
        assertThat(m.fieldRecall().get("target")).isEqualTo(0.5);
        assertThat(m.fieldRecall().get("cameo")).isEqualTo(0.5);
    }

    @Test
    void reportsUnknownFieldsAndCountsThemAsDisagreements() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("cameo", "042");
        fields.put("mood", "grim");
        List<GoldRecord> gold = List.of(record("r1", List.of(), new GoldEvent(fields)));
        TableCoder coder = new TableCoder().answer("r1", PredictedEvent.of("VEL", "OST", "042"));

        EventScores s = EventEvaluation.run(gold, coder::code);

        assertThat(s.unknownFields()).containsExactly("mood");
        assertThat(s.overall().recall()).isEqualTo(0.0);
        assertThat(s.overall().fieldRecall()).containsEntry("mood", 0.0).containsEntry("cameo", 1.0);
        assertThat(s.toTable()).contains("Unknown gold fields").contains("mood");
    }

    @Test
    void infersCountryMatchingWhenTheGoldNeverStatesARole() {
        List<GoldRecord> gold = List.of(record("r1", List.of(), event("HUN", "ROU", null)));
        TableCoder coder = new TableCoder().answer("r1", PredictedEvent.of("HUNGOV", "ROM", "036"));

        EventScores s = EventEvaluation.run(gold, coder::code);

        assertThat(s.actorMatch()).isEqualTo(ActorMatch.COUNTRY);
        assertThat(s.overall().recall()).isEqualTo(1.0);
    }

    @Test
    void keepsExactMatchingWhenTheCallerAsksForIt() {
        List<GoldRecord> gold = List.of(record("r1", List.of(), event("HUN", "ROU", null)));
        TableCoder coder = new TableCoder().answer("r1", PredictedEvent.of("HUNGOV", "ROU", "036"));

        EventScores s = EventEvaluation.run(gold, coder::code, ActorMatch.EXACT);

        assertThat(s.overall().recall()).isEqualTo(0.0);
    }

    @Test
    void jsonHasExactlyTheKeysOfTheFormat() throws Exception {
        List<GoldRecord> gold = List.of(record("r1", List.of("passive"), event("VEL", "OST", "042")));
        TableCoder coder = new TableCoder().answer("r1", PredictedEvent.of("VEL", "OST", "042"));

        JsonNode json = new ObjectMapper().readTree(EventEvaluation.run(gold, coder::code).toJson());

        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("records", "gold_events", "predicted_events", "recall", "precision", "f1",
                "root_recall", "extra_per_record", "false_alarm_rate", "field_recall", "by_tag", "unknown_fields");
        List<String> tagKeys = new ArrayList<>();
        json.get("by_tag").get("passive").fieldNames().forEachRemaining(tagKeys::add);
        assertThat(tagKeys).containsExactly("records", "gold_events", "predicted_events", "recall", "precision", "f1",
                "root_recall", "extra_per_record", "false_alarm_rate", "field_recall");
        assertThat(json.get("field_recall").get("cameo").asDouble()).isEqualTo(1.0);
    }

    @Test
    void tableShowsOverallAndEveryTag() {
        List<GoldRecord> gold = List.of(record("r1", List.of("passive"), event("VEL", "OST", "042")),
                record("r2", List.of("agent")));

        String table = EventEvaluation.run(gold, r -> List.of()).toTable();

        assertThat(table).contains("all").contains("passive").contains("agent").contains("Field recall");
    }
}
