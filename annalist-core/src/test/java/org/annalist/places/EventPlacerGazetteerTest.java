package org.annalist.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Dateline;
import org.annalist.model.EventPlace;
import org.annalist.model.Precision;
import org.annalist.model.Sentence;
import org.annalist.time.HandParse;
import org.junit.jupiter.api.Test;

/** The placer with the built-in gazetteer: places get GeoNames ids, points, countries and precisions. */
class EventPlacerGazetteerTest {

    private final EventPlacer placer = EventPlacer.withGazetteer(Gazetteer.loadDefault());

    private static AnnotatedArticle article(Sentence s, String text, Dateline dateline) {
        return new AnnotatedArticle(new Article("a1", null, null, LocalDate.of(2023, 3, 14), "en", text, dateline,
                List.of(), "test", List.of()), List.of(s));
    }

    @Test
    void resolvesThePhraseAttachedToTheTriggerToATownWithItsPoint() {
        String text = "Shells fell in Kramatorsk overnight .";
        HandParse p = HandParse.of(text).verb("fell").root("fell").dep("fell", "Shells", "nsubj")
                .dep("fell", "Kramatorsk", "obl:in").dep("Kramatorsk", "in", "case").ner("Kramatorsk", "CITY");

        EventPlace place = placer.place(article(p.sentence(), text, null), p.sentence(), p.index("fell"));

        assertThat(place.name()).isEqualTo("Kramatorsk");
        assertThat(place.country()).isEqualTo("UA");
        assertThat(place.geonameid()).isNotNull();
        assertThat(Geo.km(place.lat(), place.lon(), 48.72, 37.56)).isLessThan(25);
        assertThat(place.precision()).isEqualTo(Precision.EXACT);
    }

    @Test
    void nearATownIsNearPrecision() {
        String text = "Fighting raged near Kramatorsk .";
        HandParse p = HandParse.of(text).verb("raged").root("raged").dep("raged", "Fighting", "nsubj")
                .dep("raged", "Kramatorsk", "obl:near").dep("Kramatorsk", "near", "case").ner("Kramatorsk", "CITY");

        EventPlace place = placer.place(article(p.sentence(), text, null), p.sentence(), p.index("raged"));

        assertThat(place.precision()).isEqualTo(Precision.NEAR);
        assertThat(PlacePrecision.of(place.precision()).ucdpWherePrec()).isEqualTo(2);
    }

    @Test
    void aConflictRegionIsRegionPrecisionInItsCountry() {
        String text = "Clashes broke out in Nagorno-Karabakh .";
        HandParse p = HandParse.of(text).verb("broke").root("broke").dep("broke", "Clashes", "nsubj")
                .dep("broke", "Nagorno-Karabakh", "obl:in").ner("Nagorno-Karabakh", "LOCATION");

        EventPlace place = placer.place(article(p.sentence(), text, null), p.sentence(), p.index("broke"));

        assertThat(place.precision()).isEqualTo(Precision.REGION);
        assertThat(place.country()).isEqualTo("AZ");
        assertThat(place.lat()).isNotNull();
    }

    @Test
    void theDatelineIsResolvedWhenTheSentenceNamesNoPlace() {
        String text = "TBILISI , 14 March - Police detained protesters .";
        HandParse p = HandParse.of(text).verb("detained").root("detained");
        Dateline dateline = new Dateline("Tbilisi", LocalDate.of(2023, 3, 14), null, 0, 19, 0, 7);

        EventPlace place = placer.place(article(p.sentence(), text, dateline), p.sentence(), p.index("detained"));

        assertThat(place.basis()).isEqualTo("dateline");
        assertThat(place.country()).isEqualTo("GE");
        assertThat(place.geonameid()).isNotNull();
    }

    @Test
    void theActorsCountryIsTheLastResort() {
        String text = "Troops shelled villages .";
        HandParse p = HandParse.of(text).verb("shelled").root("shelled");

        EventPlace place = placer.place(article(p.sentence(), text, null), p.sentence(), p.index("shelled"), i -> false,
                java.util.Arrays.asList(null, "ARMMIL"));

        assertThat(place.basis()).isEqualTo("actor");
        assertThat(place.country()).isEqualTo("AM");
        assertThat(place.precision()).isEqualTo(Precision.COUNTRY);
        assertThat(place.geonameid()).isEqualTo(174982L);
    }

    @Test
    void aDemonymTheGeoparserFindsSaysWhoseNotWhere() {
        String text = "Shelling hit the harbour , Russian officials said .";
        HandParse p = HandParse.of(text).verb("hit").root("hit").dep("hit", "Shelling", "nsubj").dep("hit", "harbour", "obj");
        Geoparser geoparser = new Geoparser(new PlaceRecognizer(new PlaceVocabulary(
                java.util.Map.of("Russian", PlaceVocabulary.Kind.DEMONYM), java.util.Set.of())),
                new PlaceResolver(Gazetteer.loadDefault()));
        EventPlacer withWords = new EventPlacer(geoparser);
        AnnotatedArticle a = article(p.sentence(), text, null);

        assertThat(withWords.places(a).places()).extracting(x -> x.mention().text()).containsExactly("Russian");
        assertThat(withWords.place(a, p.sentence(), p.index("hit"))).isNull();
    }

    @Test
    void aPlaceInANewspapersNameIsNoPlaceOfTheEvent() {
        String text = "Troops shelled villages , the Washington Post reported .";
        HandParse p = HandParse.of(text).verb("shelled").verb("reported").root("shelled")
                .dep("shelled", "Troops", "nsubj").dep("shelled", "villages", "obj")
                .ner("Washington", "ORGANIZATION").ner("Post", "ORGANIZATION");
        AnnotatedArticle a = article(p.sentence(), text, null);

        assertThat(placer.places(a).places()).extracting(x -> x.mention().text()).containsExactly("Washington");
        assertThat(placer.place(a, p.sentence(), p.index("shelled"))).isNull();
    }

    @Test
    void givesTheCountryOfAPlaceNameResolvedAmongTheArticlesPlaces() {
        String text = "Shells fell in Kramatorsk overnight .";
        HandParse p = HandParse.of(text).verb("fell").root("fell").dep("fell", "Kramatorsk", "obl:in")
                .ner("Kramatorsk", "CITY");
        ArticlePlaces places = placer.places(article(p.sentence(), text, null));

        assertThat(placer.countryOf(places, "Kramatorsk")).isEqualTo("UA");
        assertThat(placer.countryOf(places, "Tbilisi")).isEqualTo("GE");
        assertThat(placer.countryOf(places, "Qqzxvillebergstadt")).isNull();
    }

    @Test
    void aNameTheGazetteerCannotResolveKeepsItsWordsWithoutAPoint() {
        String text = "Troops clashed in Qqzxvillebergstadt .";
        HandParse p = HandParse.of(text).verb("clashed").root("clashed")
                .dep("clashed", "Qqzxvillebergstadt", "obl:in").ner("Qqzxvillebergstadt", "CITY");

        EventPlace place = placer.place(article(p.sentence(), text, null), p.sentence(), p.index("clashed"));

        assertThat(place.name()).isEqualTo("Qqzxvillebergstadt");
        assertThat(place.lat()).isNull();
        assertThat(place.geonameid()).isNull();
    }
}
