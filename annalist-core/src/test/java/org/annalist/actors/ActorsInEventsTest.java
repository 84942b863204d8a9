package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.annalist.coding.CoderTrace;
import org.annalist.coding.EventCoder;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.EventMention;
import org.annalist.nlp.SharedAnnotator;
import org.junit.jupiter.api.Test;

/** The built-in actors as the coder uses them, on sentences parsed by CoreNLP. */
class ActorsInEventsTest {

    static List<EventMention> code(String text) {
        AnnotatedArticle a = SharedAnnotator.get().annotate(new Article("t", null, null, LocalDate.of(2023, 5, 14), "en",
                text, null, List.of(), "test", List.of()));
        return new EventCoder().code(a, ActorResolver.builtIn().resolve(a), CoderTrace.OFF);
    }

    static String code(org.annalist.model.Actor a) {
        return a == null ? null : a.code();
    }

    @Test
    void theOwnerOfADefendedDecisionIsTheTarget() {
        assertThat(code("The Finnish minister defended Norway's decision to close the border."))
                .extracting(EventMention::cameo, e -> code(e.source()), e -> code(e.target()))
                .contains(tuple("052", "FINGOV", "NOR"));
    }
}
