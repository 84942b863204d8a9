package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annalist.extract.ArticleExtractor;
import org.annalist.extract.ExtractorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvaluationTest {

    private static final String BODY = "The city council of Fredonia voted on Tuesday to close the old harbour bridge "
            + "for repairs. Engineers had warned in March that the pillars were failing.";

    @TempDir
    Path dir;

    private List<ExtractionPage> benchmark() throws Exception {
        Files.writeString(dir.resolve("ground-truth.json"),
                "{\"p1\": {\"articleBody\": \"" + BODY + "\", \"url\": \"https://news.example.org/bridge\"}}");
        ExtractionGoldTest.writePage(dir, "p1", """
                <!doctype html><html><head><title>Bridge to close</title></head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Bridge to close</h1><p>%s</p></article>
                <footer>Copyright 2024 Example News</footer></body></html>""".formatted(BODY));
        return ExtractionGold.read(dir);
    }

    /** A system that returns a fixed text and takes one second per page. */
    private static ExtractionSystem fixed(String name, String text) {
        return new ExtractionSystem() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public ExtractionOutput extract(ExtractionPage page, byte[] html) {
                return new ExtractionOutput(text, 1_000_000_000L, text.isEmpty() ? "nothing" : null);
            }
        };
    }

    @Test
    void scoresEverySystemOnTheSamePagesInTheOrderGiven() throws Exception {
        List<ExtractionScores> scores = ExtractionEvaluation.run(benchmark(),
                List.of(fixed("perfect", BODY), fixed("silent", "")), done -> { });

        assertThat(scores).extracting(ExtractionScores::system).containsExactly("perfect", "silent");
        assertThat(scores.get(0).f1()).isEqualTo(1.0);
        assertThat(scores.get(0).pagesPerSecond()).isEqualTo(1.0);
        assertThat(scores.get(1).recall()).isZero();
        assertThat(scores.get(1).refusals()).containsEntry("p1", "nothing");
    }

    @Test
    void reportsProgressAfterEachPage() throws Exception {
        List<Integer> seen = new ArrayList<>();

        ExtractionEvaluation.run(benchmark(), List.of(fixed("x", BODY)), seen::add);

        assertThat(seen).containsExactly(1);
    }

    @Test
    void annalistExtractsTheArticleWithoutNavigationOrFooter() throws Exception {
        ExtractionSystem annalist = ExtractionSystem.annalist(new ArticleExtractor(ExtractorOptions.defaults()));
        ExtractionPage page = benchmark().get(0);

        ExtractionOutput out = annalist.extract(page, page.readHtml());

        assertThat(out.text()).contains("harbour bridge").doesNotContain("Copyright");
        assertThat(out.nanos()).isPositive();
    }

    @Test
    void aPageAnnalistRefusesCountsAsAnEmptyExtractionWithItsReason() throws Exception {
        ExtractionSystem annalist = ExtractionSystem.annalist(new ArticleExtractor(ExtractorOptions.defaults()));
        ExtractionPage page = benchmark().get(0);

        ExtractionOutput out = annalist.extract(page, "<html><body></body></html>".getBytes(StandardCharsets.UTF_8));

        assertThat(out.text()).isEmpty();
        assertThat(out.refusal()).isNotBlank();
    }
}
