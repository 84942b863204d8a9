package org.annalist.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.actors.CountryNames;
import org.annalist.model.Article;
import org.annalist.nlp.SharedAnnotator;
import org.junit.jupiter.api.Test;

/** The recogniser on sentences annotated by CoreNLP, with the built-in vocabulary. */
class PlaceRecognizerCoreNlpTest {

    private final PlaceRecognizer recognizer = new PlaceRecognizer(
            PlaceVocabulary.withBuiltIn(CountryNames.builtIn().vocabulary()));

    private List<String> places(String text) {
        Article article = new Article("t", null, null, null, "en", text, null, List.of(), "test", List.of());
        return recognizer.recognize(SharedAnnotator.get().annotate(article)).stream().map(PlaceMention::text).toList();
    }

    @Test
    void findsNamedPlacesDemonymsAndLanguages() {
        assertThat(places("Georgia Meyers, a teacher from Ohio, said the Russian embassy in Paris had called her in English."))
                .containsExactly("Ohio", "Russian", "Paris", "English");
    }

    @Test
    void findsThePlaceInAnOrganisationsName() {
        assertThat(places("The Nigerian Association of Chambers of Commerce met in Abuja on Monday."))
                .containsExactly("Nigerian", "Abuja");
    }
}
