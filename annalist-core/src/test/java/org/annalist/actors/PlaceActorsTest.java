package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annalist.model.Actor;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Sentence;
import org.junit.jupiter.api.Test;

/** An uncoded event argument that names a place takes the place's country. */
class PlaceActorsTest {

    static final PlaceActors PLACES = PlaceActors.builtIn();
    /** A stand-in gazetteer that knows two towns. */
    static final Map<String, String> TOWNS = Map.of("Velmora", "TR", "Ostrin", "IQ");

    record Case(Sentence sentence, List<ActorMention> mentions, String text) {
        /** The argument spanning the words from {@code words} to the end of the sentence, uncoded. */
        Actor argument(String words) {
            int start = text.indexOf(words);
            return new Actor(null, words, start, start + words.length());
        }

        Actor code(Actor a) {
            return PLACES.code(a, sentence, mentions, TOWNS::get);
        }
    }

    static Case parse(String tagged) {
        AnnotatedArticle a = ActorResolverTest.article(LocalDate.of(2023, 5, 14), tagged);
        return new Case(a.sentences().get(0), ActorResolver.builtIn().resolve(a).get(0), a.article().text());
    }

    @Test
    void codesACountryNamedAsThePlaceOfTheActionWithThatCountry() {
        Case c = parse("Serbia/NNP/COUNTRY lifted/VBD the/DT curfew/NN in/IN Montenegro/NNP/COUNTRY");
        assertThat(c.code(c.argument("Montenegro")).code()).isEqualTo("MTN");
    }

    @Test
    void codesATownWithTheCountryTheGazetteerPutsItIn() {
        Case c = parse("Police/NNS imposed/VBD a/DT curfew/NN in/IN the/DT town/NN of/IN Velmora/NNP/CITY");
        Actor coded = c.code(c.argument("town of Velmora"));
        assertThat(coded.code()).isEqualTo("TUR");
        assertThat(coded.text()).isEqualTo("town of Velmora");
    }

    @Test
    void leavesAnArgumentThatNamesNoPlaceUncoded() {
        Case c = parse("The/DT rebels/NNS rejected/VBD the/DT offer/NN");
        assertThat(c.code(c.argument("offer")).code()).isNull();
    }

    @Test
    void leavesAPlaceTheGazetteerDoesNotKnowUncoded() {
        Case c = parse("Troops/NNS shelled/VBD Karvash/NNP/CITY");
        assertThat(c.code(c.argument("Karvash")).code()).isNull();
    }

    @Test
    void keepsARegionOutBecauseItIsNoState() {
        Case c = parse("The/DT agency/NN sent/VBD food/NN to/TO Africa/NNP/LOCATION");
        assertThat(c.code(c.argument("Africa")).code()).isNull();
    }

    @Test
    void leavesACodedArgumentAsItIs() {
        Case c = parse("Armenia/NNP/COUNTRY accused/VBD Ostrin/NNP/CITY");
        Actor coded = new Actor("ARM", "Armenia", 0, 7);
        assertThat(c.code(coded)).isSameAs(coded);
    }
}
