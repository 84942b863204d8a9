package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.EmbeddedPost;
import org.annalist.model.Sentence;
import org.annalist.model.TimeExpression;
import org.junit.jupiter.api.Test;

/**
 * Expressions resolved against an article dated Wednesday 15 March 2023 (ISO week 11), moved to a post written
 * on Sunday 5 March 2023 (ISO week 9).
 */
class AnchorShiftTest {

    private static final LocalDate ARTICLE = LocalDate.of(2023, 3, 15);
    private static final LocalDate POST = LocalDate.of(2023, 3, 5);

    private static String moved(String words, String value) {
        return AnchorShift.move(new TimeExpression(0, words.length(), words, "DATE", value), ARTICLE, POST).value();
    }

    @Test
    void movesTodayToTheDayOfThePost() {
        assertThat(moved("today", "2023-03-15")).isEqualTo("2023-03-05");
    }

    @Test
    void movesYesterdayToTheDayBeforeThePost() {
        assertThat(moved("yesterday", "2023-03-14")).isEqualTo("2023-03-04");
    }

    @Test
    void keepsTheTimeOfDayOfTonight() {
        assertThat(moved("tonight", "2023-03-15TNI")).isEqualTo("2023-03-05TNI");
    }

    @Test
    void movesAPastWeekdayToTheSameWeekdayBeforeThePost() {
        assertThat(moved("Monday", "2023-03-13")).isEqualTo("2023-02-27");
    }

    @Test
    void movesLastWeekToTheWeekBeforeThePost() {
        assertThat(moved("last week", "2023-W10")).isEqualTo("2023-W08");
    }

    @Test
    void movesThisMonthAndLastYearByTheirOwnUnits() {
        assertThat(moved("last month", "2023-02")).isEqualTo("2023-02");
        assertThat(AnchorShift.move(new TimeExpression(0, 9, "last year", "DATE", "2022"), LocalDate.of(2024, 1, 3),
                LocalDate.of(2023, 12, 30)).value()).isEqualTo("2021");
    }

    @Test
    void keepsExpressionsThatNameTheirOwnDate() {
        assertThat(moved("March 3", "2023-03-03")).isEqualTo("2023-03-03");
        assertThat(moved("in 2020", "2020")).isEqualTo("2020");
        assertThat(moved("the next day", "2023-03-04")).isEqualTo("2023-03-04");
    }

    @Test
    void movesOnlyTheSentencesInsideADatedPost() {
        String text = "Officials met today. Talks resumed today.";
        Sentence before = new Sentence(0, 0, 20, List.of(), List.of(),
                List.of(new TimeExpression(14, 19, "today", "DATE", "2023-03-15")));
        Sentence inPost = new Sentence(1, 21, text.length(), List.of(), List.of(),
                List.of(new TimeExpression(35, 40, "today", "DATE", "2023-03-15")));

        List<Sentence> out = AnchorShift.toPostDates(List.of(before, inPost),
                List.of(new EmbeddedPost("A", "a", POST, 21, text.length())), ARTICLE);

        assertThat(out.get(0).times().get(0).value()).isEqualTo("2023-03-15");
        assertThat(out.get(1).times().get(0).value()).isEqualTo("2023-03-05");
    }
}
