package org.annalist.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Dependency;
import org.annalist.model.Sentence;
import org.annalist.model.TimeExpression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {

    static AnnotatedArticle annotated;
    static final String TEXT = "The minister of Freedonia telephoned his counterpart last week.\n\n"
            + "Border guards detained three smugglers near Lake Vell on Sunday.";

    @BeforeAll
    static void annotateOnce() {
        CoreNlpAnnotator annotator = SharedAnnotator.get();
        Article article = new Article("t1", null, null, LocalDate.of(2023, 3, 14), "en", TEXT, null, List.of(),
                "test", List.of());
        annotated = annotator.annotate(article);
    }

    @Test
    void splitsSentencesWithOffsetsIntoTheText() {
        assertThat(annotated.sentences()).hasSize(2);
        Sentence second = annotated.sentences().get(1);
        assertThat(second.text(TEXT)).startsWith("Border guards detained");
        assertThat(second.index()).isEqualTo(1);
    }

    @Test
    void tokensCarryOffsetsPosAndLemmas() {
        Sentence first = annotated.sentences().get(0);
        var verb = first.tokens().stream().filter(t -> t.text().equals("telephoned")).findFirst().orElseThrow();
        assertThat(TEXT.substring(verb.start(), verb.end())).isEqualTo("telephoned");
        assertThat(verb.pos()).isEqualTo("VBD");
        assertThat(verb.lemma()).isEqualTo("telephone");
    }

    @Test
    void dependenciesLinkSubjectToVerb() {
        Sentence second = annotated.sentences().get(1);
        int detained = indexOf(second, "detained");
        int guards = indexOf(second, "guards");
        assertThat(second.dependencies()).contains(new Dependency(detained, guards, "nsubj"));
        assertThat(second.roots()).containsExactly(detained);
    }

    @Test
    void normalisesRelativeTimesAgainstTheArticleDate() {
        List<TimeExpression> times = annotated.sentences().get(0).times();
        assertThat(times).extracting(TimeExpression::text).contains("last week");
        assertThat(times.get(0).value()).isEqualTo("2023-W10");
        TimeExpression sunday = annotated.sentences().get(1).times().get(0);
        assertThat(sunday.type()).isEqualTo("DATE");
        assertThat(sunday.value()).startsWith("2023-03-");
    }

    private static int indexOf(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow().index();
    }
}
