package org.annalist.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Sentence;
import org.annalist.model.Token;
import org.junit.jupiter.api.Test;

/** The recogniser on sentences tagged by hand, with a vocabulary of invented places. */
class PlaceRecognizerTest {

    private static final PlaceVocabulary WORDS = new PlaceVocabulary(Map.of(
            "Veldor", PlaceVocabulary.Kind.NAME, "Ostmark", PlaceVocabulary.Kind.NAME,
            "Brenn", PlaceVocabulary.Kind.CAPITAL, "Veldorian", PlaceVocabulary.Kind.DEMONYM,
            "Veldorians", PlaceVocabulary.Kind.DEMONYM, "Sylvan", PlaceVocabulary.Kind.LANGUAGE,
            "South Veldor", PlaceVocabulary.Kind.NAME),
            Set.of("El Nublo"), Set.of("Grey Palace"));
    private final PlaceRecognizer recognizer = new PlaceRecognizer(WORDS);

    /** A sentence of blank-separated tokens at offset 0 with one NER tag per token ("-" for O). */
    private static Sentence tagged(String text, String tags) {
        String[] words = text.split(" ");
        String[] t = tags.split(" ");
        if (words.length != t.length) throw new IllegalArgumentException(words.length + " words, " + t.length + " tags");
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            String ner = switch (t[i]) {
                case "L" -> "LOCATION";
                case "P" -> "PERSON";
                case "G" -> "ORGANIZATION";
                case "M" -> "MISC";
                default -> "O";
            };
            tokens.add(new Token(i, words[i], at, at + words[i].length(), "NNP", words[i].toLowerCase(), ner));
            at += words[i].length() + 1;
        }
        return new Sentence(0, 0, text.length(), tokens, List.of(), List.of());
    }

    private List<String> places(String text, String tags) {
        AnnotatedArticle a = new AnnotatedArticle(new Article("t", null, null, null, "en", text, null, List.of(), "test",
                List.of()), List.of(tagged(text, tags)));
        List<String> out = new ArrayList<>();
        for (PlaceMention m : recognizer.recognize(a)) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            out.add(m.text());
        }
        return out;
    }

    @Test
    void takesTheNerPlaceRunAsOnePlace() {
        assertThat(places("Floods hit Port Lindar on Monday .", "- - L L - - -")).containsExactly("Port Lindar");
    }

    @Test
    void findsDemonymsAndLanguagesTheNerCallsMiscOrMisses() {
        assertThat(places("The Veldorian envoy spoke Sylvan to Veldorians .", "- M - - - - M -"))
                .containsExactly("Veldorian", "Sylvan", "Veldorians");
    }

    @Test
    void findsAPlaceNameInsideAnOrganisationName() {
        assertThat(places("The Veldor Trade Council met .", "- G G G - -")).containsExactly("Veldor");
    }

    @Test
    void findsANameTheArticleCallsAPlaceInsideAnOrganisationName() {
        assertThat(places("Rain in Cauvo filled the Cauvo Water Board dam .", "- - L - - G G G - -"))
                .containsExactly("Cauvo", "Cauvo");
        assertThat(places("The Cauvo Water Board met .", "- G G G - -")).isEmpty();
    }

    @Test
    void aPersonNamedLikeAPlaceIsNoPlace() {
        assertThat(places("Ostmark Smith visited Veldor .", "P P - L -")).containsExactly("Veldor");
    }

    @Test
    void wordsTheVocabularyCallsNoPlaceAreDropped() {
        assertThat(places("El Nublo brought rain to Brenn .", "L L - - - L -")).containsExactly("Brenn");
    }

    @Test
    void leadingLowerCaseWordsOfAPlaceRunAreLeftOut() {
        assertThat(places("Homes in north west Brenn flooded .", "- - L L L - -")).containsExactly("Brenn");
    }

    @Test
    void twoNamesSideBySideAreTwoPlaces() {
        assertThat(places("Trains to Veldor Ostmark stopped .", "- - L L - -")).containsExactly("Veldor", "Ostmark");
    }

    @Test
    void aVocabularyWordInsideAHyphenatedWordIsAPlace() {
        String text = "An anti-Veldorian march .";
        assertThat(places(text, "- M - -")).containsExactly("Veldorian");
    }

    @Test
    void aDesignatorAfterThePlaceBelongsToItUnlessANameGoesOn() {
        assertThat(places("Fires in Lindar County spread .", "- - L - - -")).containsExactly("Lindar County");
        assertThat(places("The Lindar City Council met .", "- L - - - -")).containsExactly("Lindar");
    }

    @Test
    void washingtonDcIsOnePlace() {
        assertThat(places("Talks in Washington , D.C. ended .", "- - L - L - -")).containsExactly("Washington, D.C.".replace(",", " ,"));
    }

    @Test
    void aNameTheArticleMostlyCallsAPersonIsNoPlace() {
        assertThat(places("Minister Okoro met Okoro aides and Okoro left for Brenn .", "- P - L - - P - - L -"))
                .containsExactly("Brenn");
    }

    @Test
    void aNameTheArticleCallsAPlaceIsAPlaceWhereTheNerMissedIt() {
        assertThat(places("Shelling hit Lindar again and Lindar residents fled .", "- - L - - - - - -"))
                .containsExactly("Lindar", "Lindar");
    }

    @Test
    void aPlaceRunWidensToTheVocabularyNameItIsPartOf() {
        assertThat(places("Talks with South Veldor resumed .", "- - - L - -")).containsExactly("South Veldor");
        assertThat(places("Snow fell in New Lindar today .", "- - - - L - -")).containsExactly("New Lindar");
    }

    @Test
    void anOrganisationNamedForABuildingOrCampusIsAPlace() {
        assertThat(places("Fans filled Harlow Arena and the University of Brenn hall .", "- - G G - - G G G - -"))
                .containsExactly("Harlow Arena", "University of Brenn");
        assertThat(places("Harlow Motors hired staff .", "G G - - -")).isEmpty();
    }

    @Test
    void aSeatOfGovernmentIsAPlaceOnlyWhereSomethingHappensAtIt() {
        assertThat(places("The Grey Palace said talks failed .", "- L L - - - -")).isEmpty();
        assertThat(places("Crowds gathered at the Grey Palace gates .", "- - - - L L - -")).containsExactly("Grey Palace");
    }

    @Test
    void roadNumbersAfterTheOrInAListArePlaces() {
        assertThat(places("Traffic left the A417 via the A436 , A40 and M5 .", "- - - - - - - - - - - -"))
                .containsExactly("A417", "A436", "A40", "M5");
        assertThat(places("Audi A6 sales rose .", "- - - - -")).isEmpty();
    }
}
