package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractionScoresTest {

    private static final String GOLD = "one two three four five six seven";

    private static ExtractionScores scores(String system, long nanos, String... extracted) {
        List<ExtractionPageScore> pages = new java.util.ArrayList<>();
        for (int i = 0; i < extracted.length; i++) {
            pages.add(ExtractionPageScore.of("page" + i, "https://example.org/" + i, GOLD, extracted[i]));
        }
        return new ExtractionScores(system, pages, nanos, Map.of());
    }

    @Test
    void precisionAndRecallAreMeansOverPagesAndF1IsFromTheMeans() {
        // page 0 perfect; page 1: P 4/7, R 1; page 2: empty extraction -> recall 0, out of precision
        ExtractionScores s = scores("x", 1, GOLD, GOLD + " share this article", "");

        assertThat(s.precision()).isCloseTo((1 + 4.0 / 7) / 2, within(1e-12));
        assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-12));
        double p = s.precision();
        double r = s.recall();
        assertThat(s.f1()).isCloseTo(2 * p * r / (p + r), within(1e-12));
        assertThat(s.accuracy()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void withNothingExtractedPrecisionAndF1AreUndefined() {
        ExtractionScores s = scores("x", 1, "", "");

        assertThat(s.precision()).isNull();
        assertThat(s.recall()).isZero();
        assertThat(s.f1()).isNull();
    }

    @Test
    void pagesPerSecondCountsExtractionTimeOnly() {
        assertThat(scores("x", 500_000_000L, GOLD, GOLD).pagesPerSecond()).isCloseTo(4.0, within(1e-9));
    }

    @Test
    void worstPagesComeFirstByPageF1() {
        ExtractionScores s = scores("x", 1, GOLD, "", GOLD + " share this article");

        assertThat(s.worst(2)).extracting(ExtractionPageScore::id).containsExactly("page1", "page2");
    }

    @Test
    void jsonHasExactlyTheFiguresKeys() throws Exception {
        JsonNode n = new ObjectMapper().readTree(scores("annalist", 1_000_000_000L, GOLD).toJson());

        assertThat(n.fieldNames()).toIterable().containsExactly("pages", "precision", "recall", "f1", "pages_per_second");
        assertThat(n.get("pages").asInt()).isEqualTo(1);
        assertThat(n.get("f1").asDouble()).isEqualTo(1.0);
    }

    @Test
    void comparisonJsonListsEverySystemWithItsNameFirstSystemFirst() throws Exception {
        JsonNode n = new ObjectMapper().readTree(ExtractionScores.toJson(
                List.of(scores("annalist", 1, GOLD), scores("readability", 1, ""))));

        assertThat(n.get("f1").asDouble()).isEqualTo(1.0);
        assertThat(n.get("compare")).hasSize(2);
        assertThat(n.get("compare").get(0).get("system").asText()).isEqualTo("annalist");
        assertThat(n.get("compare").get(1).get("system").asText()).isEqualTo("readability");
        assertThat(n.get("compare").get(1).fieldNames()).toIterable()
                .containsExactly("system", "pages", "precision", "recall", "f1", "pages_per_second");
        assertThat(n.get("compare").get(1).get("precision").isNull()).isTrue();
    }

    @Test
    void tableShowsEverySystemAndTheWorstPagesWithRefusals() {
        ExtractionScores ours = new ExtractionScores("annalist",
                List.of(ExtractionPageScore.of("0123456789", "https://example.org/a", GOLD, "")), 1,
                Map.of("0123456789", "no article text found in HTML"));
        String table = ExtractionScores.toTable(List.of(ours, scores("readability", 1, GOLD)), 5);

        assertThat(table).contains("annalist", "readability", "F1", "pages/s")
                .contains("01234567", "https://example.org/a", "refused: no article text found in HTML");
    }
}
