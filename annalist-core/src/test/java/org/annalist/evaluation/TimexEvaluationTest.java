package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.annalist.model.TimeExpression;
import org.junit.jupiter.api.Test;

class TimexEvaluationTest {

    // "We met on Monday and again last week for two hours."
    private static final TimeGoldRecord DOC = new TimeGoldRecord("d1", null,
            "We met on Monday and again last week for two hours.", List.of(
                    new GoldTimex(10, 16, "Monday", "DATE", "2023-03-13", Map.of()),
                    new GoldTimex(27, 36, "last week", "DATE", "2023-W10", Map.of()),
                    new GoldTimex(41, 50, "two hours", "DURATION", "PT2H", Map.of())));

    @Test
    void countsIdenticalExtentsAsStrictAndOverlapsAsRelaxed() {
        List<TimeExpression> found = List.of(
                new TimeExpression(10, 16, "Monday", "DATE", "2023-03-13"),
                new TimeExpression(32, 36, "week", "DATE", "2023-W10"));

        TimexScores s = TimexEvaluation.run(List.of(DOC), r -> found);

        assertThat(s.strictMatches()).isEqualTo(1);
        assertThat(s.relaxedMatches()).isEqualTo(2);
        assertThat(s.strictPrecision()).isEqualTo(0.5);
        assertThat(s.relaxedRecall()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void valueF1IsRelaxedF1TimesValueAccuracy() {
        List<TimeExpression> found = List.of(
                new TimeExpression(10, 16, "Monday", "DATE", "2023-03-20"),
                new TimeExpression(27, 36, "last week", "DATE", "2023-W10"));

        TimexScores s = TimexEvaluation.run(List.of(DOC), r -> found);

        assertThat(s.valueAccuracy()).isEqualTo(0.5);
        assertThat(s.valueF1()).isCloseTo(s.relaxedF1() * 0.5, within(1e-9));
        assertThat(s.typeAccuracy()).isEqualTo(1.0);
    }

    @Test
    void alignsEachGoldTimexWithOneSystemTimex() {
        List<TimeExpression> found = List.of(
                new TimeExpression(10, 13, "Mon", "DATE", "2023-03-13"),
                new TimeExpression(13, 16, "day", "DATE", "2023-03-13"));

        TimexScores s = TimexEvaluation.run(List.of(DOC), r -> found);

        assertThat(s.relaxedMatches()).isEqualTo(1);
        assertThat(s.relaxedPrecision()).isEqualTo(0.5);
    }

    @Test
    void prefersTheSystemTimexWithTheExactExtent() {
        List<TimeExpression> found = List.of(
                new TimeExpression(3, 16, "met on Monday", "DATE", "2023-03-13"),
                new TimeExpression(10, 16, "Monday", "DATE", "2023-03-13"));

        TimexScores s = TimexEvaluation.run(List.of(DOC), r -> found);

        assertThat(s.strictMatches()).isEqualTo(1);
    }

    @Test
    void jsonCarriesTheRankingFigure() {
        TimexScores s = TimexEvaluation.run(List.of(DOC), r -> List.of());

        assertThat(s.toJson()).contains("\"value_f1\"").contains("\"strict_f1\"");
        assertThat(s.relaxedRecall()).isEqualTo(0.0);
        assertThat(s.relaxedPrecision()).isNull();
        assertThat(s.toTable()).contains("value F1");
    }
}
