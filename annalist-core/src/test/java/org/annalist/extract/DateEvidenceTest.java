package org.annalist.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.annalist.model.Article;
import org.annalist.model.DateEvidence;
import org.annalist.model.RawDocument;
import org.junit.jupiter.api.Test;

/** The article keeps the date it trusts most and records every other date it gives, with the disagreements. */
class DateEvidenceTest {

    private static final String STORY = "The two governments agreed to reopen the railway line across the border "
            + "and to exchange the remaining prisoners before the end of the month.";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article text(String text, LocalDate hint) throws ExtractionException {
        return extractor.extract(RawDocument.ofText("test", text, hint));
    }

    private Article page(String publishedTime, String body, LocalDate hint) throws ExtractionException {
        String html = "<html><head><meta property=\"article:published_time\" content=\"" + publishedTime + "\">"
                + "<title>Railway to reopen</title></head><body><article><p>" + body + "</p><p>" + STORY
                + "</p></article></body></html>";
        return extractor.extract(new RawDocument("test", null, html.getBytes(StandardCharsets.UTF_8),
                RawDocument.Format.HTML, null, hint));
    }

    @Test
    void recordsADatelineDayThatDiffersFromTheMetadata() throws Exception {
        Article a = page("2023-03-14T08:00:00Z", "TBILISI, March 13 (TDI) — " + STORY, null);

        assertThat(a.date()).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(a.dateEvidence()).containsExactly(
                new DateEvidence(DateEvidence.METADATA, LocalDate.of(2023, 3, 14)),
                new DateEvidence(DateEvidence.DATELINE, LocalDate.of(2023, 3, 13)));
        assertThat(a.dateConflicts()).containsExactly("dateline says 2023-03-13, metadata says 2023-03-14");
    }

    @Test
    void recordsNoConflictWhenTheDatelineAgreesWithTheMetadata() throws Exception {
        Article a = page("2023-03-14T08:00:00Z", "TBILISI, March 14 (TDI) — " + STORY, null);

        assertThat(a.dateEvidence()).hasSize(2);
        assertThat(a.dateConflicts()).isEmpty();
    }

    @Test
    void keepsTheSourceDateAndRecordsTheMetadataThatDisagrees() throws Exception {
        Article a = page("2022-11-02", STORY, LocalDate.of(2022, 11, 4));

        assertThat(a.date()).isEqualTo(LocalDate.of(2022, 11, 4));
        assertThat(a.dateConflicts()).containsExactly("metadata says 2022-11-02, source says 2022-11-04");
    }

    @Test
    void takesTheDatelineDateWhenNothingElseDatesTheArticle() throws Exception {
        Article a = text("ASTANA, 2 June 2024 (TDI): " + STORY, null);

        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 6, 2));
        assertThat(a.dateEvidence()).containsExactly(new DateEvidence(DateEvidence.DATELINE, LocalDate.of(2024, 6, 2)));
        assertThat(a.dateConflicts()).isEmpty();
    }

    @Test
    void findsNoConflictInAPostOlderThanTheArticle() throws Exception {
        Article a = text(STORY + "\n\nThe railway will carry passengers again from next month. "
                + "— Ana Beridze (@anaberidze) March 10, 2023\n\n" + STORY, LocalDate.of(2023, 3, 14));

        assertThat(a.dateEvidence()).contains(new DateEvidence(DateEvidence.POST, LocalDate.of(2023, 3, 10)));
        assertThat(a.dateConflicts()).isEmpty();
    }

    @Test
    void recordsAPostDatedAfterTheArticleThatQuotesIt() throws Exception {
        Article a = text(STORY + "\n\nThe railway will carry passengers again from next month. "
                + "— Ana Beridze (@anaberidze) March 16, 2023\n\n" + STORY, LocalDate.of(2023, 3, 14));

        assertThat(a.date()).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(a.dateConflicts()).containsExactly("post says 2023-03-16, source says 2023-03-14");
    }

    @Test
    void hasNoEvidenceAndNoConflictWithoutAnyDate() throws Exception {
        Article a = text(STORY, null);

        assertThat(a.date()).isNull();
        assertThat(a.dateEvidence()).isEmpty();
        assertThat(a.dateConflicts()).isEmpty();
    }
}
