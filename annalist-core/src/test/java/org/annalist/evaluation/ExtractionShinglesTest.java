package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractionShinglesTest {

    @Test
    void tokensAreRunsOfLettersDigitsAndUnderscoreWithCaseKept() {
        assertThat(ExtractionShingles.tokens("The U.N. said: 2,500 troops_left—today!"))
                .containsExactly("The", "U", "N", "said", "2", "500", "troops_left", "today");
    }

    @Test
    void combiningMarksSplitTokensAsInPython() {
        // "e" followed by U+0301 COMBINING ACUTE ACCENT: a mark, not a letter, so it breaks the token.
        assertThat(ExtractionShingles.tokens("cafe\u0301 cr\u00e8me")).containsExactly("cafe", "cr\u00e8me");
    }

    @Test
    void shinglesAreOverlappingFourGramsCountedAsAMultiset() {
        Map<List<String>, Integer> s = ExtractionShingles.shingles("a b c d a b c d");

        assertThat(s).containsEntry(List.of("a", "b", "c", "d"), 2)
                .containsEntry(List.of("b", "c", "d", "a"), 1)
                .hasSize(4);
        assertThat(s.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
    }

    @Test
    void aTextOfOneToThreeTokensIsOneShingle() {
        assertThat(ExtractionShingles.shingles("Hello, world")).containsExactly(Map.entry(List.of("Hello", "world"), 1));
    }

    @Test
    void aTextWithoutTokensHasNoShingles() {
        assertThat(ExtractionShingles.shingles(" -- ! ")).isEmpty();
        assertThat(ExtractionShingles.shingles(null)).isEmpty();
    }
}
