package org.annalist.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.annalist.model.Actor;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.EventMention;
import org.annalist.model.Modality;
import org.annalist.model.Span;
import org.annalist.ontology.CameoCatalog;
import org.junit.jupiter.api.Test;

/** Each event of the JSON output carries its PLOVER, ACLED, QuadClass and five-way views. */
class AnalysisJsonViewsTest {

    private static final String TEXT = "Arcadian drones struck a Utopian army depot overnight.";

    private static EventMention strike(Modality modality) {
        return new EventMention("e1", "a1", 0, "190", "ASSAULT", modality, null, false, null,
                new Span("struck", 16, 22), new Actor("ARCMIL", "Arcadian drones", 0, 15),
                new Actor("UTPMIL", "a Utopian army depot", 23, 43), null, null, TEXT, "test", 0.8, "test");
    }

    @Test
    void writesEveryViewFieldOfAnEvent() {
        Article article = new Article("a1", null, null, null, "en", TEXT, null, List.of(), "test", List.of());
        Analysis analysis = new Analysis(new AnnotatedArticle(article, List.of()), List.of(strike(Modality.ASSERTED), strike(Modality.NEGATED)));
        ObjectNode json = new AnalysisJson(CameoCatalog.load()).toJson(analysis);
        ObjectNode e = (ObjectNode) json.get("events").get(0);
        ObjectNode negated = (ObjectNode) json.get("events").get(1);

        assertThat(e.get("plover").asText()).isEqualTo("ASSAULT");
        assertThat(e.get("plover_mode").asText()).isEqualTo("drone");
        assertThat(e.get("plover_aux_mode").isNull()).isTrue();
        assertThat(negated.get("plover_aux_mode").asText()).isEqualTo("negation");
        assertThat(negated.get("acled").isNull()).isTrue();
        assertThat(e.get("plover_context").toString()).contains("\"military\"");
        assertThat(e.get("plover_source").get("country").asText()).isEqualTo("ARC");
        assertThat(e.get("plover_source").get("sectors").toString()).isEqualTo("[\"MIL\"]");
        assertThat(e.get("plover_target").get("code").asText()).isEqualTo("UTPMIL");
        assertThat(e.get("acled_event_type").asText()).isEqualTo("Explosions/Remote violence");
        assertThat(e.get("acled").asText()).isEqualTo("Air/drone strike");
        assertThat(e.get("quad").asText()).isEqualTo("material conflict");
        assertThat(e.get("penta").asInt()).isEqualTo(4);
        assertThat(e.get("view_basis").size()).isPositive();
        assertThat(analysis.views()).hasSize(2);
    }
}
