package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Dateline;
import org.annalist.model.EmbeddedPost;
import org.annalist.model.EventDate;
import org.annalist.model.Precision;
import org.annalist.model.Sentence;
import org.junit.jupiter.api.Test;

class EventDaterTest {

    private static final LocalDate ARTICLE_DATE = LocalDate.of(2023, 3, 14);
    private final EventDater dater = new EventDater();

    private static AnnotatedArticle article(Sentence s, String text, LocalDate date, Dateline dateline,
                                            List<EmbeddedPost> embeds) {
        return new AnnotatedArticle(new Article("a1", null, null, date, "en", text, dateline, embeds,
                "test", List.of()),
                List.of(s));
    }

    private static AnnotatedArticle article(HandParse p, String text) {
        return article(p.sentence(), text, ARTICLE_DATE, null, List.of());
    }

    /** "Officials said last week that Veldor shelled Lindar on Monday ." with its parse. */
    private static final String REPORT = "Officials said last week that Veldor shelled Lindar on Monday .";

    private static HandParse report() {
        return HandParse.of(REPORT).verb("said").verb("shelled")
                .root("said").dep("said", "Officials", "nsubj").dep("said", "week", "obl:tmod")
                .dep("week", "last", "amod").dep("said", "shelled", "ccomp").dep("shelled", "that", "mark")
                .dep("shelled", "Veldor", "nsubj").dep("shelled", "Lindar", "obj")
                .dep("shelled", "Monday", "obl:on").dep("Monday", "on", "case")
                .time("last week", "DATE", "2023-W10").time("Monday", "DATE", "2023-03-13");
    }

    @Test
    void datesATriggerByTheTimeExpressionAttachedToIt() {
        HandParse p = report();

        EventDate d = dater.date(article(p, REPORT), p.sentence(), p.index("shelled"));

        assertThat(d.value()).isEqualTo("2023-03-13");
        assertThat(d.begin()).isEqualTo(LocalDate.of(2023, 3, 13));
        assertThat(d.precision()).isEqualTo(Precision.DAY);
        assertThat(d.basis()).isEqualTo("explicit");
        assertThat(d.span().text()).isEqualTo("Monday");
        assertThat(REPORT.substring(d.span().start(), d.span().end())).isEqualTo("Monday");
    }

    @Test
    void aReportingVerbGetsItsOwnTimeNotTheReportedOne() {
        HandParse p = report();

        EventDate d = dater.date(article(p, REPORT), p.sentence(), p.index("said"));

        assertThat(d.value()).isEqualTo("2023-W10");
        assertThat(d.begin()).isEqualTo(LocalDate.of(2023, 3, 6));
        assertThat(d.end()).isEqualTo(LocalDate.of(2023, 3, 12));
        assertThat(d.precision()).isEqualTo(Precision.WEEK);
    }

    @Test
    void aNounTriggerTakesTheDateOfItsClause() {
        String text = "Veldor launched an attack on Lindar on Monday .";
        HandParse p = HandParse.of(text).verb("launched").root("launched")
                .dep("launched", "Veldor", "nsubj").dep("launched", "attack", "obj").dep("attack", "an", "det")
                .dep("attack", "Lindar", "nmod:on").dep("launched", "Monday", "obl:on")
                .time("Monday", "DATE", "2023-03-13");

        EventDate d = dater.date(article(p, text), p.sentence(), p.index("attack"));

        assertThat(d.basis()).isEqualTo("explicit");
        assertThat(d.value()).isEqualTo("2023-03-13");
    }

    @Test
    void aTimeOfAnotherClauseDoesNotDateTheTrigger() {
        String text = "Veldor shelled Lindar , officials said on Friday .";
        HandParse p = HandParse.of(text).verb("shelled").verb("said").root("said")
                .dep("said", "shelled", "ccomp").dep("shelled", "Veldor", "nsubj").dep("shelled", "Lindar", "obj")
                .dep("said", "officials", "nsubj").dep("said", "Friday", "obl:on")
                .time("Friday", "DATE", "2023-03-10");

        EventDate d = dater.date(article(p, text), p.sentence(), p.index("shelled"));

        assertThat(d.basis()).isEqualTo("article");
        assertThat(d.begin()).isEqualTo(ARTICLE_DATE);
    }

    @Test
    void durationsAndPresentReferencesAreNotDates() {
        String text = "Veldor now shelled Lindar for 44 days .";
        HandParse p = HandParse.of(text).verb("shelled").root("shelled").dep("shelled", "now", "advmod")
                .dep("shelled", "days", "obl:for").dep("days", "44", "nummod")
                .time("now", "DATE", "PRESENT_REF").time("44 days", "DURATION", "P44D");

        EventDate d = dater.date(article(p, text), p.sentence(), p.index("shelled"));

        assertThat(d.basis()).isEqualTo("article");
    }

    @Test
    void aSentenceWithoutParseTakesItsNearestDate() {
        String text = "Veldor shelled Lindar on Monday .";
        HandParse p = HandParse.of(text).verb("shelled").time("Monday", "DATE", "2023-03-13");

        EventDate d = dater.date(article(p, text), p.sentence(), p.index("shelled"));

        assertThat(d.basis()).isEqualTo("explicit");
        assertThat(d.value()).isEqualTo("2023-03-13");
    }

    @Test
    void fallsBackToTheDatelineDate() {
        String text = "Veldor shelled Lindar .";
        HandParse p = HandParse.of(text).verb("shelled").root("shelled");
        Dateline dateline = new Dateline("Lindar", LocalDate.of(2023, 3, 12), null, 0, 0, -1, -1);

        EventDate d = dater.date(article(p.sentence(), text, ARTICLE_DATE, dateline, List.of()), p.sentence(),
                p.index("shelled"));

        assertThat(d.basis()).isEqualTo("dateline");
        assertThat(d.begin()).isEqualTo(LocalDate.of(2023, 3, 12));
        assertThat(d.span()).isNull();
    }

    @Test
    void fallsBackToTheArticleDateAtDayPrecision() {
        String text = "Veldor shelled Lindar .";
        HandParse p = HandParse.of(text).verb("shelled").root("shelled");

        EventDate d = dater.date(article(p, text), p.sentence(), p.index("shelled"));

        assertThat(d).isEqualTo(new EventDate("2023-03-14", ARTICLE_DATE, ARTICLE_DATE, Precision.DAY, "article", null));
    }

    @Test
    void aTriggerInsideAnEmbeddedPostTakesThePostsDate() {
        String prefix = "A minister wrote: ";
        String sentence = "Veldor shelled Lindar .";
        String text = prefix + sentence;
        HandParse p = HandParse.at(prefix.length(), sentence).verb("shelled").root("shelled");
        EmbeddedPost post = new EmbeddedPost("A Minister", "minister", LocalDate.of(2023, 3, 2), prefix.length(),
                text.length());

        EventDate d = dater.date(article(p.sentence(), text, ARTICLE_DATE, null, List.of(post)), p.sentence(),
                p.index("shelled"));

        assertThat(d.basis()).isEqualTo("embed");
        assertThat(d.begin()).isEqualTo(LocalDate.of(2023, 3, 2));
    }

    @Test
    void anExplicitTimeInsideAnEmbeddedPostWins() {
        String prefix = "A minister wrote: ";
        String sentence = "Veldor shelled Lindar on Monday .";
        String text = prefix + sentence;
        HandParse p = HandParse.at(prefix.length(), sentence).verb("shelled").root("shelled")
                .dep("shelled", "Monday", "obl:on").time("Monday", "DATE", "2023-03-13");
        EmbeddedPost post = new EmbeddedPost(null, null, LocalDate.of(2023, 3, 2), prefix.length(), text.length());

        EventDate d = dater.date(article(p.sentence(), text, ARTICLE_DATE, null, List.of(post)), p.sentence(),
                p.index("shelled"));

        assertThat(d.basis()).isEqualTo("explicit");
        assertThat(d.span().start()).isEqualTo(text.indexOf("Monday"));
    }

    @Test
    void anUndatedArticleGivesNoDate() {
        String text = "Veldor shelled Lindar .";
        HandParse p = HandParse.of(text).verb("shelled").root("shelled");

        assertThat(dater.date(article(p.sentence(), text, null, null, List.of()), p.sentence(), p.index("shelled")))
                .isNull();
    }

    private EventDate unparsed(String text, String trigger, String... times) {
        HandParse p = HandParse.of(text).verb(trigger);
        for (int i = 0; i < times.length; i += 2) p.time(times[i], "DATE", times[i + 1]);
        return dater.date(article(p, text), p.sentence(), p.index(trigger));
    }

    @Test
    void datesAnEventBetweenTwoYearsToTheWholeRange() {
        EventDate d = unparsed("Veldor shelled Lindar between 2020 and 2022 .", "shelled",
                "2020", "2020", "2022", "2022");

        assertThat(d.begin()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(d.end()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(d.precision()).isEqualTo(Precision.RANGE);
        assertThat(d.value()).isEqualTo("2020/2022");
        assertThat(d.span().text()).isEqualTo("between 2020 and 2022");
    }

    @Test
    void datesAnEventFromOneDayToAnotherToTheWholeRange() {
        EventDate d = unparsed("Veldor shelled Lindar from March 1 to March 5 .", "shelled",
                "March 1", "2023-03-01", "March 5", "2023-03-05");

        assertThat(d.begin()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(d.end()).isEqualTo(LocalDate.of(2023, 3, 5));
        assertThat(d.precision()).isEqualTo(Precision.RANGE);
    }

    @Test
    void readsABareFirstDayBeforeAFullDateAsTheStartOfTheRange() {
        EventDate d = unparsed("Veldor shelled Lindar from 11 to 13 September .", "shelled",
                "13 September", "2022-09-13");

        assertThat(d.begin()).isEqualTo(LocalDate.of(2022, 9, 11));
        assertThat(d.end()).isEqualTo(LocalDate.of(2022, 9, 13));
        assertThat(d.span().text()).isEqualTo("from 11 to 13 September");
    }

    @Test
    void datesAnEventOnTwoDaysToBoth() {
        EventDate d = unparsed("Veldor shelled Lindar on Sunday and Monday .", "shelled",
                "Sunday", "2023-03-12", "Monday", "2023-03-13");

        assertThat(d.begin()).isEqualTo(LocalDate.of(2023, 3, 12));
        assertThat(d.end()).isEqualTo(LocalDate.of(2023, 3, 13));
    }

    @Test
    void keepsTwoDatesWithWordsBetweenThemApart() {
        EventDate d = unparsed("Veldor shelled Lindar in 2020 and Kovar in 2022 .", "shelled",
                "2020", "2020", "2022", "2022");

        assertThat(d.precision()).isEqualTo(Precision.YEAR);
        assertThat(d.value()).isEqualTo("2020");
    }

    @Test
    void doesNotJoinAnEndBeforeItsStart() {
        EventDate d = unparsed("Veldor shelled Lindar between 2022 and 2020 .", "shelled",
                "2022", "2022", "2020", "2020");

        assertThat(d.precision()).isEqualTo(Precision.YEAR);
    }
}
