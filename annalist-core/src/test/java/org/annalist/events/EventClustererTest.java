package org.annalist.events;

import static org.annalist.events.Mentions.mention;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.annalist.model.Precision;
import org.junit.jupiter.api.Test;

class EventClustererTest {

    private final EventClusterer clusterer = new EventClusterer(MergeRules.load());

    private static List<MentionFacts> twoClashesAndACall() {
        return List.of(
                mention("m1", "a1").published(LocalDate.of(2024, 5, 9)).on(LocalDate.of(2024, 5, 9)).facts(),
                mention("m2", "a2").published(LocalDate.of(2024, 5, 10)).on(LocalDate.of(2024, 5, 9)).outlet("daily.example").facts(),
                mention("m3", "a3").published(LocalDate.of(2024, 5, 11)).on(LocalDate.of(2024, 5, 11)).inferred().outlet("news.example").facts(),
                mention("m4", "a4").published(LocalDate.of(2024, 5, 15)).on(LocalDate.of(2024, 5, 14)).facts(),
                mention("m5", "a5").published(LocalDate.of(2024, 5, 15)).on(LocalDate.of(2024, 5, 14)).outlet("daily.example").facts(),
                mention("m6", "a5").cameo("040").dyad("AZEGOV", "ARMGOV").reciprocal()
                        .published(LocalDate.of(2024, 5, 15)).on(LocalDate.of(2024, 5, 14)).facts());
    }

    @Test
    void separatesTwoClashesInOneRegionOnDifferentDays() {
        List<MergedEvent> events = clusterer.cluster(twoClashesAndACall());
        assertThat(events).hasSize(3);
        assertThat(events).extracting(e -> e.mentions().stream().map(MentionFacts::mentionId).toList())
                .containsExactlyInAnyOrder(List.of("m1", "m2", "m3"), List.of("m4", "m5"), List.of("m6"));
    }

    @Test
    void givesTheSameEventsAndIdsInAnyOrder() {
        List<MergedEvent> expected = clusterer.cluster(twoClashesAndACall());
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            List<MentionFacts> shuffled = new ArrayList<>(twoClashesAndACall());
            Collections.shuffle(shuffled, random);
            assertThat(clusterer.cluster(shuffled)).isEqualTo(expected);
        }
    }

    @Test
    void theEarliestPublishedReportNamesTheEvent() {
        MergedEvent first = clusterer.cluster(twoClashesAndACall()).stream()
                .filter(e -> e.numMentions() == 3).findFirst().orElseThrow();
        assertThat(first.canonical().mentionId()).isEqualTo("m1");
        assertThat(first.id()).isEqualTo(MergedEvent.idOf(first.canonical().key())).matches("ev-[0-9a-f]{16}");
    }

    @Test
    void aVagueReportDoesNotChainTwoEventsTogether() {
        List<MentionFacts> mentions = new ArrayList<>(twoClashesAndACall());
        mentions.add(mention("m7", "a7").published(LocalDate.of(2024, 5, 20))
                .dated(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31), Precision.MONTH).facts());
        List<MergedEvent> events = clusterer.cluster(mentions);
        assertThat(events).hasSize(3);
    }

    @Test
    void countsMentionsArticlesAndOutletsAsGdeltDoes() {
        MergedEvent e = MergedEvent.of(List.of(
                mention("m1", "a1").outlet("wire.example").facts(),
                mention("m2", "a1").outlet("wire.example").facts(),
                mention("m3", "a2").outlet("wire.example").facts(),
                mention("m4", "a3").outlet("daily.example").facts()), "test");
        assertThat(e.numMentions()).isEqualTo(4);
        assertThat(e.numArticles()).isEqualTo(3);
        assertThat(e.numSources()).isEqualTo(2);
    }

    @Test
    void aSyndicatedCopyCountsWithTheArticleItCopies() {
        MergedEvent e = MergedEvent.of(List.of(
                mention("m1", "a1").outlet("wire.example").facts(),
                mention("m2", "a2").outlet("daily.example").copyOf("a1").facts()), "test");
        assertThat(e.numArticles()).isEqualTo(2);
        assertThat(e.numSources()).isEqualTo(1);
    }

    @Test
    void confidenceGrowsWithIndependentSources() {
        MergedEvent one = MergedEvent.of(List.of(mention("m1", "a1").facts()), "single mention");
        MergedEvent copy = MergedEvent.of(List.of(mention("m1", "a1").facts(),
                mention("m2", "a2").outlet("daily.example").copyOf("a1").facts()), "test");
        MergedEvent two = MergedEvent.of(List.of(mention("m1", "a1").facts(),
                mention("m2", "a2").outlet("daily.example").facts()), "test");
        assertThat(one.confidence()).isEqualTo(0.6);
        assertThat(copy.confidence()).isEqualTo(0.6);
        assertThat(two.confidence()).isEqualTo(0.84);
    }

    @Test
    void theMergedDateAndPlaceAreTheMostPrecise() {
        MergedEvent e = MergedEvent.of(List.of(
                mention("m1", "a1").dated(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31), Precision.MONTH)
                        .at("Azerbaijan", "AZ", 40.5, 47.5, Precision.COUNTRY).facts(),
                mention("m2", "a2").published(LocalDate.of(2024, 5, 12)).on(LocalDate.of(2024, 5, 9)).facts()), "test");
        assertThat(e.canonical().mentionId()).isEqualTo("m1");
        assertThat(e.dateBegin()).isEqualTo(LocalDate.of(2024, 5, 9));
        assertThat(e.place().placeName()).isEqualTo("Tartar");
    }
}
