package org.annalist.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FunctionWordsResourceTest {

    @Test
    void hasAHeaderAndTwoLowerCaseColumnsOnEveryLineWithoutDuplicates() throws Exception {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                EnglishDetector.class.getResourceAsStream("function-words.tsv"), StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();

            assertThat(lines.get(0)).isEqualTo("language\tword");
            Set<String> seen = new HashSet<>();
            for (String line : lines.subList(1, lines.size())) {
                assertThat(line).matches("[a-z]{2}\t\\p{Ll}+");
                assertThat(seen.add(line)).as("duplicate line %s", line).isTrue();
            }
        }
    }

    @Test
    void startsWithEnglishAndContestsItWithOtherLanguages() {
        Map<String, Set<String>> words = EnglishDetector.loadFunctionWords();

        assertThat(words.keySet()).first().isEqualTo("en");
        assertThat(words.get("en")).contains("the", "of", "and").hasSizeGreaterThan(40);
        assertThat(words).hasSizeGreaterThan(1);
    }
}
