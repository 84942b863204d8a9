package org.annalist.events;

import static org.annalist.events.Mentions.mention;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.annalist.model.Modality;
import org.annalist.model.Precision;
import org.junit.jupiter.api.Test;

class MergeRulesTest {

    private final MergeRules rules = MergeRules.load();

    @Test
    void sameDyadRootDayAndPlaceMergeWithAReason() {
        assertThat(rules.reason(mention("a", "1").facts(), mention("b", "2").facts()))
                .hasValue("dyad AZEMIL-ARMMIL; root 19; dates overlap; same place Tartar");
    }

    @Test
    void reciprocalEventsMergeWhateverTheActorOrder() {
        MentionFacts a = mention("a", "1").cameo("040").dyad("RUSGOV", "UKRGOV").reciprocal().facts();
        MentionFacts b = mention("b", "2").cameo("040").dyad("UKRGOV", "RUSGOV").facts();
        assertThat(rules.reason(a, b)).get().asString().contains("either order");
    }

    @Test
    void directedEventsDoNotMergeWithTheDyadReversed() {
        MentionFacts a = mention("a", "1").dyad("AZEMIL", "ARMMIL").facts();
        MentionFacts b = mention("b", "2").dyad("ARMMIL", "AZEMIL").facts();
        assertThat(rules.reason(a, b)).isEmpty();
    }

    @Test
    void aCountryCodeAgreesWithAMoreSpecificActorOfThatCountry() {
        MentionFacts a = mention("a", "1").dyad("AZE", "ARMMIL").facts();
        MentionFacts b = mention("b", "2").dyad("AZEMIL", "ARM").facts();
        assertThat(rules.reason(a, b)).isPresent();
        assertThat(rules.reason(a, mention("c", "3").dyad("AZEGOV", "ARM").facts())).isPresent();
        assertThat(rules.reason(mention("d", "4").dyad("AZEGOV", "ARM").facts(), b)).isEmpty();
    }

    @Test
    void compatibleRootsComeFromTheResource() {
        MentionFacts fight = mention("a", "1").cameo("190").facts();
        MentionFacts assault = mention("b", "2").cameo("180").facts();
        MentionFacts protest = mention("c", "3").cameo("140").facts();
        assertThat(rules.reason(fight, assault)).get().asString().contains("roots 18/19");
        assertThat(rules.reason(fight, protest)).isEmpty();
        assertThat(rules.compatibleRoots("19")).containsExactly("18", "19", "20");
    }

    @Test
    void dayPrecisionDatesMayBeOneDayApartButNotAWeek() {
        MentionFacts a = mention("a", "1").on(LocalDate.of(2024, 5, 9)).facts();
        assertThat(rules.reason(a, mention("b", "2").on(LocalDate.of(2024, 5, 10)).facts())).isPresent();
        assertThat(rules.reason(a, mention("c", "3").on(LocalDate.of(2024, 5, 16)).facts())).isEmpty();
    }

    @Test
    void aMonthContainsItsDaysButNotTheNextMonth() {
        MentionFacts may = mention("a", "1").dated(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31), Precision.MONTH).facts();
        assertThat(rules.reason(may, mention("b", "2").on(LocalDate.of(2024, 5, 20)).facts())).isPresent();
        assertThat(rules.reason(may, mention("c", "3").on(LocalDate.of(2024, 6, 3)).facts())).isEmpty();
    }

    @Test
    void aDateTakenFromTheArticleMayBeAFewDaysLate() {
        MentionFacts fromArticle = mention("a", "1").on(LocalDate.of(2024, 5, 12)).inferred().facts();
        assertThat(rules.reason(fromArticle, mention("b", "2").on(LocalDate.of(2024, 5, 9)).facts())).isPresent();
        assertThat(rules.reason(fromArticle, mention("c", "3").on(LocalDate.of(2024, 5, 6)).facts())).isEmpty();
    }

    @Test
    void exactPlacesMustLieWithinTwentyFiveKilometres() {
        MentionFacts tartar = mention("a", "1").facts();
        MentionFacts nearby = mention("b", "2").at("Sarov", "AZ", 40.43, 46.95, Precision.EXACT).facts();
        MentionFacts ganja = mention("c", "3").at("Ganja", "AZ", 40.68, 46.36, Precision.EXACT).facts();
        assertThat(rules.reason(tartar, nearby)).get().asString().contains("km apart");
        assertThat(rules.reason(tartar, ganja)).isEmpty();
    }

    @Test
    void aPlaceKnownOnlyToTheCountryContainsPlacesInIt() {
        MentionFacts tartar = mention("a", "1").facts();
        MentionFacts azerbaijan = mention("b", "2").at("Azerbaijan", "AZ", 40.5, 47.5, Precision.COUNTRY).facts();
        MentionFacts armenia = mention("c", "3").at("Armenia", "AM", 40.0, 45.0, Precision.COUNTRY).facts();
        assertThat(rules.reason(tartar, azerbaijan)).get().asString().contains("country");
        assertThat(rules.reason(tartar, armenia)).isEmpty();
    }

    @Test
    void aPlaceFromTheDatelineDoesNotBlockAMerge() {
        MentionFacts moscow = mention("a", "1").at("Moscow", "RU", null, null, Precision.EXACT).placeFromDateline().facts();
        MentionFacts ankara = mention("b", "2").at("Ankara", "TR", null, null, Precision.EXACT).facts();
        MentionFacts ankaraToo = mention("c", "3").at("Istanbul", "TR", null, null, Precision.EXACT).facts();
        assertThat(rules.reason(moscow, ankara)).get().asString().contains("dateline");
        assertThat(rules.reason(ankara, mention("d", "4").at("Moscow", "RU", null, null, Precision.EXACT).facts())).isEmpty();
        assertThat(rules.reason(ankara, ankaraToo)).get().asString().contains("one country");
    }

    @Test
    void whatDidNotHappenIsNotWhatHappened() {
        MentionFacts a = mention("a", "1").facts();
        assertThat(rules.reason(a, mention("b", "2").modality(Modality.NEGATED).facts())).isEmpty();
        assertThat(rules.reason(a, mention("c", "3").modality(Modality.REPORTED).facts())).isPresent();
    }

    @Test
    void aBackgroundMentionDoesNotMergeWithACurrentReport() {
        MentionFacts current = mention("a", "1").facts();
        MentionFacts recalled = mention("b", "2").modality(Modality.BACKGROUND).facts();
        assertThat(rules.reason(current, recalled)).isEmpty();
        assertThat(rules.sameEvent(recalled, mention("c", "3").modality(Modality.REPORTED).facts())).isFalse();
        assertThat(rules.reason(recalled, mention("d", "4").modality(Modality.BACKGROUND).facts())).isPresent();
    }

    @Test
    void compatibleRootsFileIsWellFormed() throws Exception {
        try (var r = new BufferedReader(new InputStreamReader(
                MergeRules.class.getResourceAsStream("/org/annalist/events/compatible-roots.tsv"), StandardCharsets.UTF_8))) {
            List<String> lines = r.lines().toList();
            assertThat(lines.get(0)).isEqualTo("root_a\troot_b\twhy");
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t");
                assertThat(f).as(line).hasSize(3);
                assertThat(f[0]).matches("\\d\\d").isNotEqualTo(f[1]);
                assertThat(f[1]).matches("\\d\\d");
                assertThat(Integer.parseInt(f[0])).isBetween(1, 20);
                assertThat(Integer.parseInt(f[1])).isBetween(1, 20);
                assertThat(f[2]).isNotBlank();
            }
        }
    }
}
