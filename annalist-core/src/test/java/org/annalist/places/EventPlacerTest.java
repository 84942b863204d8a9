package org.annalist.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Dateline;
import org.annalist.model.EventPlace;
import org.annalist.model.Precision;
import org.annalist.model.Sentence;
import org.annalist.time.HandParse;
import org.junit.jupiter.api.Test;

class EventPlacerTest {

    /** Knows two invented countries. */
    private static final CountryLookup COUNTRIES = name -> Optional.ofNullable(Map.of("Veldor", "vd", "Ostmark", "om")
            .get(name));

    private final EventPlacer placer = new EventPlacer(COUNTRIES);

    private static AnnotatedArticle article(Sentence s, String text, Dateline dateline) {
        return new AnnotatedArticle(new Article("a1", null, null, LocalDate.of(2023, 3, 14), "en", text, dateline,
                List.of(), "test", List.of()), List.of(s));
    }

    @Test
    void takesThePlacePhraseAttachedToTheTrigger() {
        String text = "Troops clashed with rebels in Port Lindar on Monday .";
        HandParse p = HandParse.of(text).verb("clashed").root("clashed").dep("clashed", "Troops", "nsubj")
                .dep("clashed", "rebels", "obl:with").dep("clashed", "Lindar", "obl:in").dep("Lindar", "Port", "compound")
                .dep("Lindar", "in", "case").ner("Port", "CITY").ner("Lindar", "CITY");

        EventPlace place = placer.place(article(p.sentence(), text, null), p.sentence(), p.index("clashed"));

        assertThat(place.name()).isEqualTo("Port Lindar");
        assertThat(place.span().start()).isEqualTo(text.indexOf("Port Lindar"));
        assertThat(place.precision()).isEqualTo(Precision.EXACT);
        assertThat(place.basis()).isEqualTo("sentence");
        assertThat(place.country()).isNull();
        assertThat(place.lat()).isNull();
    }

    @Test
    void aCompanionIsNotAPlace() {
        String text = "Troops clashed with Ostmark in Lindar .";
        HandParse p = HandParse.of(text).verb("clashed").root("clashed").dep("clashed", "Troops", "nsubj")
                .dep("clashed", "Ostmark", "obl:with").dep("clashed", "Lindar", "obl:in")
                .ner("Ostmark", "LOCATION").ner("Lindar", "LOCATION");

        EventPlace place = placer.place(article(p.sentence(), text, null), p.sentence(), p.index("clashed"),
                Set.of(p.index("Ostmark"))::contains);

        assertThat(place.name()).isEqualTo("Lindar");
    }

    @Test
    void aCountryNameIsPlacedAtCountryPrecisionWithItsCode() {
        String text = "Protesters marched in Veldor .";
        HandParse p = HandParse.of(text).verb("marched").root("marched").dep("marched", "Veldor", "obl:in")
                .ner("Veldor", "LOCATION");

        EventPlace place = placer.place(article(p.sentence(), text, null), p.sentence(), p.index("marched"));

        assertThat(place.precision()).isEqualTo(Precision.COUNTRY);
        assertThat(place.country()).isEqualTo("VD");
    }

    @Test
    void aProvinceIsPlacedAtAdminPrecision() {
        String text = "Floods struck in Vellmark .";
        HandParse p = HandParse.of(text).verb("struck").root("struck").dep("struck", "Vellmark", "obl:in")
                .ner("Vellmark", "STATE_OR_PROVINCE");

        EventPlace place = placer.place(article(p.sentence(), text, null), p.sentence(), p.index("struck"));

        assertThat(place.precision()).isEqualTo(Precision.ADMIN);
    }

    @Test
    void otherwiseTakesTheNearestNamedPlaceOutsideTheActors() {
        String text = "Veldor troops shelled the harbour , residents of Lindar said .";
        HandParse p = HandParse.of(text).verb("shelled").verb("said").ner("Veldor", "LOCATION")
                .ner("Lindar", "LOCATION");

        EventPlace place = placer.place(article(p.sentence(), text, null), p.sentence(), p.index("shelled"),
                i -> i <= 1);

        assertThat(place.name()).isEqualTo("Lindar");
        assertThat(place.basis()).isEqualTo("sentence");
    }

    @Test
    void aMultiWordPlaceOutsideTheParseIsTakenWhole() {
        String text = "Shelling hit New Lindar overnight .";
        HandParse p = HandParse.of(text).verb("hit").ner("New", "LOCATION").ner("Lindar", "LOCATION");

        EventPlace place = placer.place(article(p.sentence(), text, null), p.sentence(), p.index("hit"));

        assertThat(place.name()).isEqualTo("New Lindar");
    }

    @Test
    void fallsBackToTheDatelinePlace() {
        String text = "LINDAR , 14 March - Troops clashed with rebels .";
        HandParse p = HandParse.of(text).verb("clashed").root("clashed");
        Dateline dateline = new Dateline("Lindar", LocalDate.of(2023, 3, 14), null, 0, 19, 0, 6);

        EventPlace place = placer.place(article(p.sentence(), text, dateline), p.sentence(), p.index("clashed"),
                i -> false);

        assertThat(place.name()).isEqualTo("Lindar");
        assertThat(place.basis()).isEqualTo("dateline");
        assertThat(place.span().text()).isEqualTo("LINDAR");
        assertThat(place.precision()).isEqualTo(Precision.EXACT);
    }

    @Test
    void givesNoPlaceWhenNothingPlacesTheEvent() {
        String text = "Troops clashed with rebels .";
        HandParse p = HandParse.of(text).verb("clashed").root("clashed");

        assertThat(placer.place(article(p.sentence(), text, null), p.sentence(), p.index("clashed"))).isNull();
    }

    @Test
    void aLookupThatKnowsNothingLeavesTheCountryEmpty() {
        String text = "Protesters marched in Veldor .";
        HandParse p = HandParse.of(text).verb("marched").root("marched").dep("marched", "Veldor", "obl:in")
                .ner("Veldor", "LOCATION");

        EventPlace place = new EventPlacer(CountryLookup.none())
                .place(article(p.sentence(), text, null), p.sentence(), p.index("marched"));

        assertThat(place.country()).isNull();
        assertThat(place.precision()).isEqualTo(Precision.EXACT);
    }
}
