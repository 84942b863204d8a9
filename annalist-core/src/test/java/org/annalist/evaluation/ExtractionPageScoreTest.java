package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExtractionPageScoreTest {

    private static final String GOLD = "one two three four five six seven";

    private static ExtractionPageScore score(String gold, String extracted) {
        return ExtractionPageScore.of("p", null, gold, extracted);
    }

    @Test
    void identicalBodiesScoreOne() {
        ExtractionPageScore s = score(GOLD, "one two, three four; five six seven.");

        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.exact()).isTrue();
    }

    @Test
    void disjointBodiesScoreZero() {
        ExtractionPageScore s = score(GOLD, "alpha beta gamma delta epsilon");

        assertThat(s.precision()).isZero();
        assertThat(s.recall()).isZero();
        assertThat(s.countsForPrecision()).isTrue();
        assertThat(s.countsForRecall()).isTrue();
    }

    @Test
    void partialOverlapGivesSharedShinglesOverEachSide() {
        // gold: 4 shingles (one..four .. four..seven); extracted: "one..five" shares 2 and adds 1 ("four five X Y"...)
        ExtractionPageScore s = score(GOLD, "one two three four five menu login");

        // extracted shingles: [1234] [2345] [345m] [45ml]: tp 2, fp 2; gold misses [3456] [4567]: fn 2
        assertThat(s.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(s.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(s.tp() + s.fp() + s.fn()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void extraTextLowersPrecisionOnly() {
        ExtractionPageScore s = score(GOLD, GOLD + " share this article");

        // gold 4 shingles all found; 3 extra shingles across the seam
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.precision()).isCloseTo(4.0 / 7, within(1e-12));
    }

    @Test
    void anEmptyExtractionHasRecallZeroAndNoPrecision() {
        ExtractionPageScore s = score(GOLD, "");

        assertThat(s.countsForPrecision()).isFalse();
        assertThat(s.countsForRecall()).isTrue();
        assertThat(s.recall()).isZero();
    }

    @Test
    void aGoldShorterThanFourTokensIsOneShingleThatMustMatchWhole() {
        assertThat(score("Photo: Reuters", "Photo: Reuters").recall()).isEqualTo(1.0);

        ExtractionPageScore longer = score("Photo: Reuters", "Photo: Reuters staff");
        assertThat(longer.recall()).isZero();
        assertThat(longer.precision()).isZero();
    }

    @Test
    void anEmptyGoldWithAnEmptyExtractionCountsForNeitherMean() {
        ExtractionPageScore s = score("", "");

        assertThat(s.countsForPrecision()).isFalse();
        assertThat(s.countsForRecall()).isFalse();
        assertThat(s.exact()).isTrue();
    }

    @Test
    void anEmptyGoldWithExtractedTextHasPrecisionZeroAndNoRecall() {
        ExtractionPageScore s = score("", GOLD);

        assertThat(s.countsForPrecision()).isTrue();
        assertThat(s.precision()).isZero();
        assertThat(s.countsForRecall()).isFalse();
    }

    @Test
    void caseDifferencesAreMisses() {
        assertThat(score(GOLD, GOLD.toUpperCase()).recall()).isZero();
    }
}
