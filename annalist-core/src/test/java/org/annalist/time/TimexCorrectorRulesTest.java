package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Sentence;
import org.annalist.model.TimeExpression;
import org.annalist.model.Token;
import org.junit.jupiter.api.Test;

/**
 * Rules of {@link TimexCorrector} on hand-made sentences carrying what SUTime outputs in other contexts,
 * so that each rule is exercised whatever SUTime does with a given sentence. Dated Wednesday 15 May 2024.
 */
class TimexCorrectorRulesTest {

    static final LocalDate WEDNESDAY = LocalDate.of(2024, 5, 15);
    final TimexCorrector corrector = new TimexCorrector();

    /** A sentence of space-separated words with their POS tags, no dependencies, and the given expressions. */
    private static Sentence sentence(String text, String tags, List<String[]> times) {
        String[] words = text.split(" ");
        String[] pos = tags.split(" ");
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(i, words[i], at, at + words[i].length(), pos[i], words[i].toLowerCase(), "O"));
            at += words[i].length() + 1;
        }
        List<TimeExpression> found = new ArrayList<>();
        for (String[] t : times) {
            int start = text.indexOf(t[0]);
            found.add(new TimeExpression(start, start + t[0].length(), t[0], t[1], t[2]));
        }
        return new Sentence(0, 0, text.length(), tokens, List.of(), found);
    }

    private List<String> corrected(String text, String tags, String[]... times) {
        return corrector.correct(sentence(text, tags, List.of(times)), text, WEDNESDAY).stream()
                .map(t -> t.text() + "|" + t.type() + "|" + t.value()).toList();
    }

    @Test
    void dropsALoneDeterminerAndGivesItToThePastTwoYears() {
        assertThat(corrected("He met both leaders over the past two years .", "PRP VBD DT NNS IN DT JJ CD NNS .",
                new String[] {"the", "DURATION", "P2Y"}, new String[] {"past two years", "DURATION", "P2Y"}))
                .containsExactly("the past two years|DURATION|P2Y");
    }

    @Test
    void makesAPastRangeOfSeveralMonthsADuration() {
        assertThat(corrected("Prices rose in the past several months .", "NNS VBD IN DT JJ JJ NNS .",
                new String[] {"the past several months", "DATE", "2024-02-15/2024-05-15"}))
                .containsExactly("the past several months|DURATION|PXM");
    }

    @Test
    void movesAFutureWeekdayOfAPastSentenceBackAWeek() {
        assertThat(corrected("The minister resigned on Friday .", "DT NN VBD IN NNP .",
                new String[] {"Friday", "DATE", "2024-05-17"}))
                .containsExactly("Friday|DATE|2024-05-10");
    }

    @Test
    void keepsAFutureWeekdayOfAFutureSentence() {
        assertThat(corrected("The minister will resign on Friday .", "DT NN MD VB IN NNP .",
                new String[] {"Friday", "DATE", "2024-05-17"}))
                .containsExactly("Friday|DATE|2024-05-17");
    }

    @Test
    void keepsAMonthWithItsYearInAPastSentence() {
        assertThat(corrected("The minister resigned in August 2024 .", "DT NN VBD IN NNP CD .",
                new String[] {"August 2024", "DATE", "2024-08"}))
                .containsExactly("August 2024|DATE|2024-08");
    }

    @Test
    void leavesARangeOfCountedThingsAlone() {
        assertThat(corrected("The army sent 1500-1520 troops .", "DT NN VBD CD NNS .")).isEmpty();
    }

    @Test
    void splitsAYearRangeThatSutimeMissed() {
        assertThat(corrected("The survey of 1998-99 found gold .", "DT NN IN CD VBD NN ."))
                .containsExactly("1998|DATE|1998", "99|DATE|1999");
    }
}
