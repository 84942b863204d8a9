package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.EventDate;
import org.annalist.model.Precision;
import org.annalist.model.Sentence;
import org.annalist.nlp.SharedAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dater on sentences parsed by CoreNLP, dated Tuesday 14 March 2023. */
class EventDaterCoreNlpTest {

    static final String TEXT = "Police detained dozens of protesters in Lyon on Saturday, officials said last week.\n\n"
            + "The two ministers met in Geneva three days ago.";
    static AnnotatedArticle annotated;
    final EventDater dater = new EventDater();

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
    void datesAnArrestByTheWeekdayAttachedToIt() {
        Sentence s = annotated.sentences().get(0);

        EventDate d = dater.date(annotated, s, indexOf(s, "detained"));

        assertThat(d.basis()).isEqualTo("explicit");
        assertThat(d.begin()).isEqualTo(LocalDate.of(2023, 3, 11));
        assertThat(d.precision()).isEqualTo(Precision.DAY);
        assertThat(d.span().text()).isEqualTo("Saturday");
    }

    @Test
    void datesTheReportByItsOwnTimeExpression() {
        Sentence s = annotated.sentences().get(0);

        EventDate d = dater.date(annotated, s, indexOf(s, "said"));

        assertThat(d.value()).isEqualTo("2023-W10");
        assertThat(d.precision()).isEqualTo(Precision.WEEK);
        assertThat(d.begin()).isEqualTo(LocalDate.of(2023, 3, 6));
    }

    @Test
    void resolvesDaysAgoAgainstTheArticleDate() {
        Sentence s = annotated.sentences().get(1);

        EventDate d = dater.date(annotated, s, indexOf(s, "met"));

        assertThat(d.begin()).isEqualTo(LocalDate.of(2023, 3, 11));
        assertThat(d.basis()).isEqualTo("explicit");
    }
}
