package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads the shared Zyte extraction benchmark, when it is present, and checks what its README states. */
class ExtractionSharedBenchmarkTest {

    private static Path shared(String relative) {
        String root = System.getProperty("annalist.shared");
        assumeTrue(root != null, "annalist.shared not set");
        Path p = Path.of(root).resolve(relative);
        assumeTrue(Files.exists(p), p + " missing");
        return p;
    }

    @Test
    void readsAllHundredEightyOnePagesWithTheirFiles() throws Exception {
        List<ExtractionPage> pages = ExtractionGold.read(shared("eval/extraction"));

        assertThat(pages).hasSize(181);
        assertThat(pages).allSatisfy(p -> assertThat(p.html()).isRegularFile());
        assertThat(pages.get(0).readHtml()).isNotEmpty();
    }

    @Test
    void aPerfectExtractorScoresOneOnTheSharedGold() throws Exception {
        List<ExtractionPage> pages = ExtractionGold.read(shared("eval/extraction"));
        List<ExtractionPageScore> scores = pages.stream()
                .map(p -> ExtractionPageScore.of(p.id(), p.url(), p.goldBody(), p.goldBody())).toList();

        ExtractionScores s = new ExtractionScores("gold", scores, 1, java.util.Map.of());

        assertThat(s.f1()).isEqualTo(1.0);
        assertThat(s.accuracy()).isEqualTo(1.0);
    }
}
