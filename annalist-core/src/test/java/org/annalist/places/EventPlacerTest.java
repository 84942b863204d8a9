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
    void anActorWordGovernedByALocativePrepositionIsThePlace() {
        // the actor tables code capitals and territories as countries: "in Lindar" still says where
        String text = "Crowds blocked streets in Lindar on Sunday .";
        HandParse p = HandParse.of(text).verb("blocked").root("blocked").dep("blocked", "Crowds", "nsubj")
                .dep("blocked", "streets", "obj").dep("streets", "Lindar", "nmod:in").dep("Lindar", "in", "case")
                .ner("Lindar", "CITY");

        EventPlace place = placer.place(article(p.sentence(), text, null), p.sentence(), p.index("blocked"),
                Set.of(p.index("Lindar"))::contains);

        assertThat(place.name()).isEqualTo("Lindar");
        assertThat(place.basis()).isEqualTo("sentence");
    }

    @Test
    void whereSomethingEndsUpIsThePlaceEvenWhenItNamesTheTarget() {
        String text = "Veldor fired rockets into Ostmark overnight .";
        HandParse p = HandParse.of(text).verb("fired").root("fired").dep("fired", "Veldor", "nsubj")
                .dep("fired", "rockets", "obj").dep("fired", "Ostmark", "obl:into").dep("Ostmark", "into", "case")
                .ner("Veldor", "COUNTRY").ner("Ostmark", "COUNTRY");

        EventPlace place = placer.place(article(p.sentence(), text, null), p.sentence(), p.index("fired"),
                Set.of(p.index("Veldor"), p.index("Ostmark"))::contains);

        assertThat(place.name()).isEqualTo("Ostmark");
        assertThat(place.precision()).isEqualTo(Precision.COUNTRY);
    }

    @Test
    void aPlaceOfTheLocativePhrasesOwnPlacePhraseIsThePlace() {
        String text = "Prisoners rioted at a jail in Lindar on Monday .";
        HandParse p = HandParse.of(text).verb("rioted").root("rioted").dep("rioted", "Prisoners", "nsubj")
                .dep("rioted", "jail", "obl:at").dep("jail", "at", "case").dep("jail", "Lindar", "nmod:in")
                .dep("Lindar", "in", "case").ner("Prisoners", "LOCATION").ner("Lindar", "CITY");

        // "Prisoners" stands as a (mis-tagged) place nearer to the trigger; the phrase says the jail is in Lindar
        EventPlace place = placer.place(article(p.sentence(), text, null), p.sentence(), p.index("rioted"));

        assertThat(place.name()).isEqualTo("Lindar");
    }

    @Test
    void aPlaceInAnActorsWordsComesAfterTheSentencesOtherPlaces() {
        String text = "Parties in Veldor organized a strike that shut down Lindar .";
        HandParse p = HandParse.of(text).verb("organized").verb("shut").root("organized")
                .dep("organized", "Parties", "nsubj").dep("Parties", "Veldor", "nmod:in").dep("Veldor", "in", "case")
                .dep("organized", "strike", "obj").dep("shut", "Lindar", "obj")
                .ner("Veldor", "COUNTRY").ner("Lindar", "CITY");

        EventPlace place = placer.place(article(p.sentence(), text, null), p.sentence(), p.index("organized"),
                i -> i <= 2);

        assertThat(place.name()).isEqualTo("Lindar");
    }

    @Test
    void anActorWordThatIsNoLocativeObjectIsNotThePlace() {
        String text = "Veldor imposed sanctions on Ostmark .";
        HandParse p = HandParse.of(text).verb("imposed").root("imposed").dep("imposed", "Veldor", "nsubj")
                .dep("imposed", "sanctions", "obj").dep("imposed", "Ostmark", "obl:on").ner("Veldor", "COUNTRY")
                .ner("Ostmark", "COUNTRY");

        EventPlace place = placer.place(article(p.sentence(), text, null), p.sentence(), p.index("imposed"),
                Set.of(p.index("Veldor"), p.index("Ostmark"))::contains);

        assertThat(place).isNull();
    }

    @Test
    void theTownOfAPlacePhraseIsThePlace() {
        // "Ostmark" stands nearer to the trigger, but the place phrase attached to it names Lindar
        String text = "Ostmark troops fought in the town of Lindar .";
        HandParse p = HandParse.of(text).verb("fought").root("fought").dep("fought", "troops", "nsubj")
                .dep("fought", "town", "obl:in").dep("town", "in", "case").dep("town", "Lindar", "nmod:of")
                .dep("Lindar", "of", "case").ner("Lindar", "CITY").ner("Ostmark", "COUNTRY");

        EventPlace place = placer.place(article(p.sentence(), text, null), p.sentence(), p.index("fought"));

        assertThat(place.name()).isEqualTo("Lindar");
        assertThat(place.span().start()).isEqualTo(text.indexOf("Lindar"));
    }

    @Test
    void aTopicPlaceIsNeverThePlaceEvenAfterALocativePreposition() {
        String text = "Ministers discussed the fighting in Lindar .";
        HandParse p = HandParse.of(text).verb("discussed").root("discussed").dep("discussed", "Ministers", "nsubj")
                .dep("discussed", "fighting", "obj").dep("fighting", "Lindar", "nmod:in").ner("Lindar", "CITY");
        Sentence s = p.sentence();
        AnnotatedArticle a = article(s, text, null);

        Set<Integer> topic = EventPlacer.topicTokens(s, p.index("discussed"), "040");
        EventPlace place = placer.place(placer.places(a), s, p.index("discussed"), topic::contains, i -> false,
                List.of());

        assertThat(place).isNull();
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
