package org.annalist.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.annalist.actors.CountryNames;
import org.junit.jupiter.api.Test;

class PlaceVocabularyTest {

    @Test
    void placeWordsFileHasAHeaderKnownKindsAndNoDuplicateWords() throws Exception {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PlaceVocabulary.class.getResourceAsStream("place-words.tsv"), StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).isEqualTo("word\tkind\tnote");
            Set<String> words = new HashSet<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                assertThat(f.length).as(line).isBetween(2, 3);
                assertThat(f[1]).as(line).isIn("name", "demonym", "language", "not-a-place");
                assertThat(f[0]).as(line).isEqualTo(f[0].trim()).isNotEmpty();
                assertThat(words.add(f[0])).as("duplicate " + f[0]).isTrue();
            }
        }
    }

    @Test
    void builtInWordsJoinTheCountryTableWithoutChangingItsKinds() {
        PlaceVocabulary v = PlaceVocabulary.withBuiltIn(CountryNames.builtIn().vocabulary());

        assertThat(v.kind("Russia")).isEqualTo(PlaceVocabulary.Kind.NAME);
        assertThat(v.kind("Russian")).isEqualTo(PlaceVocabulary.Kind.DEMONYM);
        assertThat(v.kind("Moscow")).isEqualTo(PlaceVocabulary.Kind.CAPITAL);
        assertThat(v.kind("Porto-Novo")).isEqualTo(PlaceVocabulary.Kind.CAPITAL);
        assertThat(v.kind("English")).isEqualTo(PlaceVocabulary.Kind.LANGUAGE);
        assertThat(v.kind("EU")).isEqualTo(PlaceVocabulary.Kind.NAME);
        assertThat(v.kind("RUSSIA")).isEqualTo(PlaceVocabulary.Kind.NAME);
        assertThat(v.kind("russia")).isNull();
        assertThat(v.isNotAPlace("El Niño")).isTrue();
    }

    @Test
    void anAllCapitalsSpellingIsTheSameWord() {
        PlaceVocabulary v = new PlaceVocabulary(Map.of("Veldor", PlaceVocabulary.Kind.NAME), Set.of());
        assertThat(v.kind("VELDOR")).isEqualTo(PlaceVocabulary.Kind.NAME);
    }
}
