package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.Sentence;
import org.annalist.model.TimeExpression;
import org.annalist.nlp.SharedAnnotator;
import org.junit.jupiter.api.Test;

/**
 * Each correction rule on a sentence parsed by CoreNLP (SUTime, then {@link TimexCorrector}), dated
 * Wednesday 15 May 2024 (ISO week 2024-W20).
 */
class TimexCorrectorTest {

    static final LocalDate WEDNESDAY = LocalDate.of(2024, 5, 15);

    private static List<TimeExpression> times(String text) {
        List<TimeExpression> out = new ArrayList<>();
        Article article = new Article("t", null, null, WEDNESDAY, "en", text, null, List.of(), "test", List.of());
        for (Sentence s : SharedAnnotator.get().annotate(article).sentences()) out.addAll(s.times());
        return out;
    }

    private static List<String> described(String text) {
        return times(text).stream().map(t -> t.text() + "|" + t.type() + "|" + t.value()).toList();
    }

    @Test
    void splitsAYearRangeIntoTwoDates() {
        assertThat(described("The drought of 2016-2018 ruined many farmers."))
                .containsExactly("2016|DATE|2016", "2018|DATE|2018");
    }

    @Test
    void completesTheSecondYearOfAShortRange() {
        assertThat(described("The expedition of 1911-12 reached the pole."))
                .containsExactly("1911|DATE|1911", "12|DATE|1912");
    }

    @Test
    void makesTheMeasureOfAComparativeADurationWithoutItsHedge() {
        assertThat(described("The rains came about a week earlier than usual."))
                .containsExactly("a week|DURATION|P1W");
    }

    @Test
    void splitsFromNowIntoADurationAndThePresent() {
        assertThat(described("The new bridge should be finished ten years from now."))
                .containsExactly("ten years|DURATION|P10Y", "now|DATE|PRESENT_REF");
    }

    @Test
    void keepsTheDateBeforeACommaApartFromTheComparative() {
        assertThat(described("The strike began in early February, a month earlier than planned."))
                .containsExactly("early February|DATE|2024-02", "a month|DURATION|P1M");
    }

    @Test
    void dropsAHyphenatedAge() {
        assertThat(times("Her 34-year-old brother was arrested at the border.")).isEmpty();
    }

    @Test
    void dropsAnAgeAfterAged() {
        assertThat(times("Volunteers aged 18 years and older may apply.")).isEmpty();
    }

    @Test
    void dropsTheAdjectiveCurrent() {
        assertThat(times("The current government resigned.")).isEmpty();
    }

    @Test
    void dropsTheConjunctionOnce() {
        assertThat(times("Prices should fall once the harvest arrives.")).isEmpty();
    }

    @Test
    void joinsAWeekdayAndItsPartOfDay() {
        assertThat(described("The talks ended on Monday afternoon."))
                .containsExactly("Monday afternoon|TIME|2024-05-13TAF");
    }

    @Test
    void includesTheDeterminerOfThePastThreeYears() {
        assertThat(described("Exports have fallen steadily over the past three years."))
                .containsExactly("the past three years|DURATION|P3Y");
    }

    @Test
    void makesTheNextFewMonthsAnUnspecifiedDuration() {
        assertThat(described("Talks will continue over the next few months."))
                .containsExactly("the next few months|DURATION|PXM");
    }

    @Test
    void makesThePastYearADurationOfOneYear() {
        assertThat(described("Rents have doubled in the past year."))
                .containsExactly("the past year|DURATION|P1Y");
    }

    @Test
    void makesTheNextDecadeADurationOfTenYears() {
        assertThat(described("Demand will grow over the next decade."))
                .containsExactly("the next decade|DURATION|P10Y");
    }

    @Test
    void includesAPossessiveApostrophe() {
        assertThat(described("The judge gave him two years' probation."))
                .containsExactly("two years'|DURATION|P2Y");
    }

    @Test
    void trimsTheDayBeforeAClauseToTheDay() {
        assertThat(described("The day before the vote opened, protesters gathered in the square."))
                .containsExactly("The day|DATE|XXXX-XX-XX");
    }

    @Test
    void writesACenturyWithTwoDigitsAndWithoutTheDeterminer() {
        assertThat(described("Cities grew quickly in the 19th century."))
                .containsExactly("19th century|DATE|18");
    }

    @Test
    void writesADecadeWithThreeDigits() {
        assertThat(times("Inflation soared in the 1970s.")).extracting(TimeExpression::value).containsExactly("197");
    }

    @Test
    void anchorsASetOfMorningsToAnyDay() {
        assertThat(described("She swims in the lake every morning."))
                .containsExactly("every morning|SET|XXXX-XX-XXTMO");
    }

    @Test
    void dropsTheTimeZoneFromAClockTime() {
        assertThat(times("The final starts at 18:00 GMT on Friday.")).extracting(TimeExpression::value)
                .allSatisfy(v -> assertThat(v).doesNotContain("+"));
    }

    @Test
    void datesYearsAgoToTheYear() {
        assertThat(described("The dam was built three years ago."))
                .containsExactly("three years ago|DATE|2021");
    }

    @Test
    void datesMonthsAgoToTheMonth() {
        assertThat(described("The ceasefire collapsed two months ago."))
                .containsExactly("two months ago|DATE|2024-03");
    }

    @Test
    void datesWeeksAgoToTheIsoWeek() {
        assertThat(described("The ceasefire collapsed two weeks ago."))
                .containsExactly("two weeks ago|DATE|2024-W18");
    }

    @Test
    void datesTheLastWeekToThePreviousIsoWeek() {
        assertThat(described("Fuel prices rose sharply in the last week."))
                .containsExactly("the last week|DATE|2024-W19");
    }

    @Test
    void datesThisFiscalYearToTheYear() {
        assertThat(described("The agency must cut spending this fiscal year."))
                .containsExactly("this fiscal year|DATE|2024");
    }

    @Test
    void datesTheEndOfTheYearInAPastSentenceToTheYearBefore() {
        assertThat(described("Sales peaked by the end of the year."))
                .extracting(s -> s.substring(s.lastIndexOf('|') + 1)).containsExactly("2023");
    }

    @Test
    void leavesTheDayOfAnOrdinalDayUnknown() {
        assertThat(described("The climbers reached the summit on the 12th day."))
                .containsExactly("the 12th day|DATE|XXXX-XX-XX");
    }

    @Test
    void movesAMonthOfAPastTenseVerbIntoThePast() {
        assertThat(described("Police arrested the two men in August."))
                .containsExactly("August|DATE|2023-08");
    }

    @Test
    void keepsAMonthOfAFutureVerbInTheFuture() {
        assertThat(described("The report will be published in August."))
                .containsExactly("August|DATE|2024-08");
    }

    @Test
    void keepsAMonthOfAnInfinitiveAfterAPastVerbInTheFuture() {
        assertThat(described("The ministry said the book is due to be published in August."))
                .containsExactly("August|DATE|2024-08");
    }

    @Test
    void movesAWeekdayOfAPastTenseVerbIntoThePast() {
        assertThat(described("The minister resigned on Friday."))
                .containsExactly("Friday|DATE|2024-05-10");
    }

    @Test
    void movesASeasonOfAPastTenseVerbIntoThePast() {
        assertThat(described("The river flooded the valley in the autumn."))
                .extracting(s -> s.substring(s.lastIndexOf('|') + 1)).containsExactly("2023-FA");
    }

    @Test
    void makesTheFirstNumberOfARangeOfMonthsADuration() {
        assertThat(described("The repairs could take between 6 and 9 months."))
                .containsExactly("6|DURATION|P6M", "9 months|DURATION|P9M");
    }

    @Test
    void readsARaceTimeAsADuration() {
        assertThat(described("She won the marathon, finishing in 2:31:07."))
                .containsExactly("2:31:07|DURATION|PT2H31M7S");
    }

    @Test
    void movesAWeekdayOfAFutureVerbIntoTheFuture() {
        assertThat(described("The council will meet on Monday."))
                .containsExactly("Monday|DATE|2024-05-20");
    }

    @Test
    void movesAMonthOfAFutureVerbIntoTheNextYear() {
        assertThat(described("The report will be released in March."))
                .containsExactly("March|DATE|2025-03");
    }

    @Test
    void makesTwiceAWeekASet() {
        assertThat(described("Villagers fetch water twice a week."))
                .containsExactly("twice a week|SET|P1W");
    }

    @Test
    void datesAHyphenatedMidYear() {
        assertThat(described("Talks stalled in mid-2022."))
                .containsExactly("mid-2022|DATE|2022");
    }

    @Test
    void makesADecadeADateNotASet() {
        assertThat(times("The project began in the early 2000s.")).extracting(TimeExpression::type)
                .containsExactly("DATE");
    }

    @Test
    void makesTheComingWeeksAnUnspecifiedDuration() {
        assertThat(described("More arrests are expected in the coming weeks."))
                .containsExactly("the coming weeks|DURATION|PXW");
    }

    @Test
    void datesAHalfYearToItsHalf() {
        assertThat(described("Profits fell in the second half of 2023."))
                .containsExactly("the second half of 2023|DATE|2023-H2");
    }

    @Test
    void writesAQuarterInTheTimemlFormat() {
        assertThat(described("Sales rose in Q3 2023."))
                .containsExactly("Q3 2023|DATE|2023-Q3");
    }

    @Test
    void datesTheFollowingDayFromTheLastDayNamed() {
        assertThat(described("Rebels entered the town on 3 March. The army withdrew the following day."))
                .containsExactly("3 March|DATE|2024-03-03", "the following day|DATE|2024-03-04");
    }

    @Test
    void datesThatDayAsTheLastDayNamed() {
        assertThat(described("Police raided the office on 10 April. Two men were arrested that day."))
                .containsExactly("10 April|DATE|2024-04-10", "that day|DATE|2024-04-10");
    }

    @Test
    void datesTheDayBeforeOneDayEarlierThanTheLastDayNamed() {
        assertThat(described("The ferry sank on 6 April. The day before, the crew had reported engine trouble."))
                .containsExactly("6 April|DATE|2024-04-06", "The day before|DATE|2024-04-05");
    }

    @Test
    void movesAWeekendOfAPastTenseVerbToTheLastWeekend() {
        assertThat(described("Volunteers cleaned the beach at the weekend."))
                .extracting(s -> s.substring(s.lastIndexOf('|') + 1)).containsExactly("2024-W19-WE");
    }

    @Test
    void datesAHyphenatedMidMonthToTheMonth() {
        assertThat(described("The strike began in mid-February."))
                .containsExactly("mid-February|DATE|2024-02");
    }
}
