package org.annalist.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.EventPlace;
import org.annalist.model.Precision;
import org.annalist.model.Sentence;
import org.annalist.nlp.SharedAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The placer on sentences parsed by CoreNLP. */
class EventPlacerCoreNlpTest {

    static final String TEXT = "The two ministers met in Geneva three days ago.\n\n"
            + "Police detained dozens of protesters in Lyon on Saturday, officials said.\n\n"
            + "Russian troops shelled the outskirts of the city overnight.";
    static AnnotatedArticle annotated;
    final EventPlacer placer = new EventPlacer(
            name -> name.equals("France") ? Optional.of("FR") : Optional.empty());

    @BeforeAll
    static void annotateOnce() {
        annotated = SharedAnnotator.get().annotate(
                new Article("t1", null, null, LocalDate.of(2023, 3, 14), "en", TEXT, null, List.of(),
                        "test", List.of()));
    }

    private static int indexOf(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow().index();
    }

    @Test
    void placesAMeetingInTheCityAttachedToIt() {
        Sentence s = annotated.sentences().get(0);

        EventPlace p = placer.place(annotated, s, indexOf(s, "met"));

        assertThat(p.name()).isEqualTo("Geneva");
        assertThat(TEXT.substring(p.span().start(), p.span().end())).isEqualTo("Geneva");
        assertThat(p.precision()).isEqualTo(Precision.EXACT);
    }

    @Test
    void placesAnArrestInTheCityOfItsObject() {
        Sentence s = annotated.sentences().get(1);

        EventPlace p = placer.place(annotated, s, indexOf(s, "detained"));

        assertThat(p.name()).isEqualTo("Lyon");
        assertThat(p.basis()).isEqualTo("sentence");
    }

    @Test
    void givesNoPlaceToASentenceWithoutNamedPlaceOrDateline() {
        Sentence s = annotated.sentences().get(2);

        assertThat(placer.place(annotated, s, indexOf(s, "shelled"), i -> i <= 1)).isNull();
    }
}
