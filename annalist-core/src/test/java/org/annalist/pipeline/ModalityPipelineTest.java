package org.annalist.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.actors.ActorResolver;
import org.annalist.coding.EventCoder;
import org.annalist.extract.ArticleExtractor;
import org.annalist.model.Article;
import org.annalist.model.EventMention;
import org.annalist.model.Modality;
import org.annalist.nlp.SharedAnnotator;
import org.annalist.ontology.EventViews;
import org.annalist.places.EventPlacer;
import org.annalist.places.Gazetteer;
import org.annalist.time.EventDater;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each modality, from sentences of our own run through the whole pipeline (NLP, actors, coder, dating) in a story
 * dated Tuesday 14 March 2023. The coder's own modality tests ({@code EventCoderTest}) cover the words; these cover
 * what the pipeline makes of them, background included, which is decided after dating.
 */
class ModalityPipelineTest {

    private static final LocalDate STORY = LocalDate.of(2023, 3, 14);
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = new Pipeline(new ArticleExtractor(), SharedAnnotator.get(), ActorResolver.builtIn(), new EventCoder(),
                new EventDater(), EventPlacer.withGazetteer(Gazetteer.loadDefault()));
    }

    private static List<EventMention> events(String text) {
        Article article = new Article("m" + Integer.toHexString(text.hashCode()), null, null, STORY, "en", text, null,
                List.of(), "test", List.of());
        return pipeline.analyze(article).events();
    }

    /** The one event whose trigger starts with {@code trigger}. */
    private static EventMention event(String text, String trigger) {
        List<EventMention> found = events(text).stream().filter(e -> e.trigger().text().startsWith(trigger)).toList();
        assertThat(found).as("events triggered by '%s' in: %s", trigger, text).hasSize(1);
        return found.get(0);
    }

    // ------------------------------------------------------------------ the five modalities of current events

    @Test
    void assertsAShellingOfTheStorysWeek() {
        assertThat(event("Azerbaijani troops shelled Armenian positions on Monday.", "shelled").modality())
                .isEqualTo(Modality.ASSERTED);
    }

    @Test
    void negatesAnAttackThatDidNotHappen() {
        assertThat(event("Azerbaijan did not attack Armenia on Monday.", "attack").modality())
                .isEqualTo(Modality.NEGATED);
    }

    @Test
    void marksAConditionalAttackAsHypothetical() {
        assertThat(event("Azerbaijan could attack Armenia if the talks fail.", "attack").modality())
                .isEqualTo(Modality.HYPOTHETICAL);
    }

    @Test
    void marksAnImminentAttackAsIntended() {
        assertThat(event("Azerbaijani troops are about to attack Armenia.", "attack").modality())
                .isEqualTo(Modality.INTENDED);
    }

    @Test
    void marksAnAttributedShellingAsReportedWithItsSource() {
        EventMention e = event("Azerbaijani troops shelled Armenian villages, the Armenian Defence Ministry said.", "shelled");
        assertThat(e.modality()).isEqualTo(Modality.REPORTED);
        assertThat(e.attribution()).isEqualTo("the Armenian Defence Ministry");
    }

    // ------------------------------------------------------------------ background: history told in the story

    @Test
    void aWarFoughtInAnEarlierYearIsBackground() {
        EventMention e = event("Armenia and Azerbaijan fought a 44-day war in 2020 over Nagorno-Karabakh.", "fought");
        assertThat(e.modality()).isEqualTo(Modality.BACKGROUND);
        assertThat(e.date().value()).isEqualTo("2020");
        assertThat(EventViews.load().of(e).ploverAuxMode()).isEqualTo("historical");
    }

    @Test
    void anInvasionNamedByItsYearIsBackground() {
        assertThat(event("Relations soured after the 2008 Russian invasion of Georgia.", "invasion").modality())
                .isEqualTo(Modality.BACKGROUND);
    }

    @Test
    void lastYearIsBackground() {
        assertThat(event("Azerbaijan attacked Armenia last year.", "attacked").modality()).isEqualTo(Modality.BACKGROUND);
    }

    @Test
    void aMonthHalfAYearBeforeTheStoryIsBackground() {
        assertThat(event("Azerbaijani troops attacked Armenian positions in September 2022.", "attacked").modality())
                .isEqualTo(Modality.BACKGROUND);
    }

    @Test
    void aMonthEarlierThisYearIsStillCurrent() {
        assertThat(event("Azerbaijani forces attacked Armenian border posts in January.", "attacked").modality())
                .isEqualTo(Modality.ASSERTED);
    }

    @Test
    void decadesAgoIsBackground() {
        assertThat(event("Decades ago, Armenian and Azerbaijani forces fought over the region.", "fought").modality())
                .isEqualTo(Modality.BACKGROUND);
    }

    @Test
    void onceIsBackground() {
        assertThat(event("Azerbaijan once attacked Armenian villages.", "attacked").modality())
                .isEqualTo(Modality.BACKGROUND);
    }

    @Test
    void whatAnAnniversaryMarksIsBackground() {
        assertThat(event("Ukrainians marked the first anniversary of the Russian invasion of Ukraine.", "invasion")
                .modality()).isEqualTo(Modality.BACKGROUND);
    }

    @Test
    void previousMeetingsAreBackground() {
        assertThat(event("The previous meetings between Armenia and Azerbaijan ended without an agreement.", "meetings")
                .modality()).isEqualTo(Modality.BACKGROUND);
    }

    @Test
    void thePastPerfectBeforeAnOldEventIsBackground() {
        String text = "Georgian troops had attacked South Ossetia before Russian forces invaded in 2008.";
        assertThat(event(text, "attacked").modality()).isEqualTo(Modality.BACKGROUND);
        assertThat(event(text, "invaded").modality()).isEqualTo(Modality.BACKGROUND);
    }

    @Test
    void aReportOfAnOldAttackIsBackground() {
        assertThat(event("Armenia said Azerbaijan had attacked its villages in 2020.", "attacked").modality())
                .isEqualTo(Modality.BACKGROUND);
    }

    @Test
    void shellingSinceAnEarlierYearGoesOnAndIsNoBackground() {
        assertThat(event("Armenia has accused Azerbaijan of shelling its villages since 2021.", "shelling").modality())
                .isNotEqualTo(Modality.BACKGROUND);
    }

    @Test
    void aFormerPresidentActsToday() {
        assertThat(event("The former president of Georgia accused Russia of aggression on Monday.", "accused").modality())
                .isEqualTo(Modality.ASSERTED);
    }
}
