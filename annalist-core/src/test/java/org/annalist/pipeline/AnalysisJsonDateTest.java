package org.annalist.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.DateEvidence;
import org.annalist.ontology.CameoCatalog;
import org.junit.jupiter.api.Test;

/** The article object of the JSON output shows where its date came from and what disagrees with it. */
class AnalysisJsonDateTest {

    private final AnalysisJson json = new AnalysisJson(CameoCatalog.load());

    private static Article dated(List<DateEvidence> evidence) {
        return new Article("a1", null, null, evidence.get(0).date(), "en", "The ferry service resumed.", null,
                List.of(), "test", evidence);
    }

    @Test
    void listsEveryDateEvidenceWithItsSource() {
        ObjectNode article = json.article(dated(List.of(
                new DateEvidence(DateEvidence.METADATA, LocalDate.of(2025, 7, 2)),
                new DateEvidence(DateEvidence.DATELINE, LocalDate.of(2025, 7, 1)))));

        assertThat(article.get("date_evidence").toString()).isEqualTo(
                "[{\"source\":\"metadata\",\"date\":\"2025-07-02\"},{\"source\":\"dateline\",\"date\":\"2025-07-01\"}]");
        assertThat(article.get("date_conflicts").toString())
                .isEqualTo("[\"dateline says 2025-07-01, metadata says 2025-07-02\"]");
    }

    @Test
    void writesAnEmptyConflictListWhenTheDatesAgree() {
        ObjectNode article = json.article(dated(List.of(
                new DateEvidence(DateEvidence.SOURCE, LocalDate.of(2025, 7, 2)),
                new DateEvidence(DateEvidence.DATELINE, LocalDate.of(2025, 7, 2)))));

        assertThat(article.get("date_conflicts").isEmpty()).isTrue();
        assertThat(article.get("date_evidence")).hasSize(2);
    }
}
