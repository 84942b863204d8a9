package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annalist.model.TimeExpression;
import org.annalist.nlp.SharedAnnotator;
import org.junit.jupiter.api.Test;

class TimeEvaluationTest {

    // dated Wednesday 15 May 2024
    private static final String TEXT = "The two delegations met on Monday and will meet again next week.";
    private static final TimeGoldRecord DOC = new TimeGoldRecord("w1", LocalDate.of(2024, 5, 15), TEXT, List.of(
            gold("Monday", "2024-05-13"), gold("next week", "2024-W21")));

    private static GoldTimex gold(String words, String value) {
        int start = TEXT.indexOf(words);
        return new GoldTimex(start, start + words.length(), words, "DATE", value, Map.of());
    }

    @Test
    void taggerResolvesTheRecordTextAgainstItsDocumentDate() {
        List<TimeExpression> found = TimeEvaluation.tagger(SharedAnnotator.get()).apply(DOC);

        assertThat(found).extracting(TimeExpression::text).containsExactly("Monday", "next week");
        assertThat(found).extracting(TimeExpression::value).containsExactly("2024-05-13", "2024-W21");
    }

    @Test
    void scoresTheAnnotatorOnGoldRecords() {
        TimexScores s = TimeEvaluation.run(List.of(DOC), SharedAnnotator.get());

        assertThat(s.strictF1()).isEqualTo(1.0);
        assertThat(s.valueF1()).isEqualTo(1.0);
    }

    @Test
    void reachesTheIssueTargetsOnTheTempEvalPlatinumSet() throws Exception {
        String shared = System.getProperty("annalist.shared");
        assumeTrue(shared != null, "set -Dannalist.shared to the shared folder");
        Path gold = Path.of(shared, "eval", "time", "te3-platinum.times.jsonl");
        assumeTrue(Files.isRegularFile(gold), "no " + gold);

        TimexScores s = TimeEvaluation.run(gold, SharedAnnotator.get());

        assertThat(s.relaxedF1()).isGreaterThanOrEqualTo(0.90);
        assertThat(s.valueF1()).isGreaterThanOrEqualTo(0.80);
    }
}
