package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventMatcherTest {

    private final EventMatcher exact = new EventMatcher(ActorMatch.EXACT);
    private final EventMatcher country = new EventMatcher(ActorMatch.COUNTRY);

    private static PredictedEvent dyad(String source, String target, String cameo) {
        return PredictedEvent.of(source, target, cameo);
    }

    private static PredictedEvent withTexts(String sourceText, String location, String trigger) {
        return new PredictedEvent(null, null, null, null, sourceText, null, null, null, null, null, location, trigger,
                null, null);
    }

    private static PredictedEvent withDates(LocalDate begin, LocalDate end) {
        return new PredictedEvent(null, null, null, null, null, null, null, null, null, null, null, null, begin, end);
    }

    private static GoldEvent gold(Object... keyValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) m.put((String) keyValues[i], keyValues[i + 1]);
        return new GoldEvent(m);
    }

    @Test
    void exactRuleTreatsABareCountryAsCountryWithoutRole() {
        assertThat(exact.agrees("source", "VEL", dyad("VEL", null, null), false)).isTrue();
        assertThat(exact.agrees("source", "VEL", dyad("VELGOV", null, null), false)).isFalse();
    }

    @Test
    void exactRuleIsCaseSensitiveBecauseLowerCaseBlocksAreEthnicCodes() {
        assertThat(exact.agrees("target", "vel", dyad(null, "VEL", null), false)).isFalse();
    }

    @Test
    void countryRuleComparesTheCountryBlockOfThePrediction() {
        assertThat(country.agrees("source", "HUN", dyad("HUNGOV", null, null), false)).isTrue();
        assertThat(country.agrees("source", "HUN", dyad("ROUGOV", null, null), false)).isFalse();
    }

    @Test
    void countryRuleMapsCameoCountryCodesThatDifferFromIso() {
        assertThat(country.agrees("target", "ROU", dyad(null, "ROMMIL", null), false)).isTrue();
        assertThat(country.agrees("target", "MNE", dyad(null, "MTN", null), false)).isTrue();
    }

    @Test
    void countryRuleReadsTheOrganisationBlockOfAnIgoCode() {
        assertThat(country.agrees("source", "UNO", dyad("IGOUNO", null, null), false)).isTrue();
        assertThat(country.agrees("source", "IGO", dyad("IGOUNO", null, null), false)).isTrue();
        assertThat(country.agrees("source", "EUR", dyad("IGOEEC", null, null), false)).isTrue();
    }

    @Test
    void countryRuleStillComparesLongerGoldCodesExactly() {
        assertThat(country.agrees("source", "HUNGOV", dyad("HUNMIL", null, null), false)).isFalse();
        assertThat(country.agrees("source", "HUNGOV", dyad("HUNGOV", null, null), false)).isTrue();
    }

    @Test
    void aMissingPredictedActorDisagrees() {
        assertThat(country.agrees("source", "HUN", dyad(null, null, null), false)).isFalse();
    }

    @Test
    void cameoCodesMustBeEqualStrings() {
        assertThat(exact.agrees("cameo", "042", dyad(null, null, "042"), false)).isTrue();
        assertThat(exact.agrees("cameo", "042", dyad(null, null, "043"), false)).isFalse();
        assertThat(exact.agrees("cameo", "19", dyad(null, null, "190"), false)).isFalse();
    }

    @Test
    void cameoCodesAtRootLevelCompareTheirFirstTwoDigits() {
        assertThat(exact.agrees("cameo", "042", dyad(null, null, "043"), true)).isTrue();
        assertThat(exact.agrees("cameo", "19", dyad(null, null, "190"), true)).isTrue();
        assertThat(exact.agrees("cameo", "042", dyad(null, null, "051"), true)).isFalse();
    }

    @Test
    void ploverTypesCompareIgnoringCase() {
        PredictedEvent p = new PredictedEvent(null, null, null, "consult", null, null, null, null, null, null, null,
                null, null, null);
        assertThat(exact.agrees("plover", "CONSULT", p, false)).isTrue();
    }

    @Test
    void integerFieldsMustBeEqual() {
        PredictedEvent p = new PredictedEvent(null, null, null, null, null, null, 4, 4, null, 12, null, null, null,
                null);
        assertThat(exact.agrees("quad", 4, p, false)).isTrue();
        assertThat(exact.agrees("penta", 3, p, false)).isFalse();
        assertThat(exact.agrees("fatalities", 12, p, false)).isTrue();
    }

    @Test
    void actorTextMatchesWhenAWordIsSharedIgnoringCase() {
        assertThat(exact.agrees("source_text", "Veldorian border guards", withTexts("the GUARDS", null, null), false))
                .isTrue();
    }

    @Test
    void actorTextSharingOnlyAFunctionWordDoesNotMatch() {
        assertThat(exact.agrees("source_text", "the Ostmark council", withTexts("the harbour master", null, null),
                false)).isFalse();
    }

    @Test
    void locationAndTriggerMatchByWordOverlap() {
        PredictedEvent p = withTexts(null, "the port of Lindar", "shelled");
        assertThat(exact.agrees("location", "Lindar", p, false)).isTrue();
        assertThat(exact.agrees("trigger_text", "shelled", p, false)).isTrue();
        assertThat(exact.agrees("trigger_text", "bombed", p, false)).isFalse();
    }

    @Test
    void eventDateMustLieInsideThePredictedInterval() {
        PredictedEvent week = withDates(LocalDate.of(2023, 3, 6), LocalDate.of(2023, 3, 12));
        assertThat(exact.agrees("event_date", "2023-03-06", week, false)).isTrue();
        assertThat(exact.agrees("event_date", "2023-03-12", week, false)).isTrue();
        assertThat(exact.agrees("event_date", "2023-03-13", week, false)).isFalse();
        assertThat(exact.agrees("event_date", "2023-03-08", withDates(null, null), false)).isFalse();
    }

    @Test
    void aFieldTheFormatDoesNotDefineNeverAgrees() {
        assertThat(exact.agrees("mood", "grim", dyad("VEL", "OST", "042"), false)).isFalse();
    }

    @Test
    void aNullGoldFieldIsNotScored() {
        GoldEvent g = gold("source", "VEL", "target", null, "cameo", null);

        assertThat(exact.matches(g, dyad("VEL", "OST", "190"), false)).isTrue();
    }

    @Test
    void aMatchNeedsEveryScoredGoldField() {
        GoldEvent g = gold("source", "VEL", "target", "OST", "cameo", "042");

        assertThat(exact.matches(g, dyad("VEL", "OST", "042"), false)).isTrue();
        assertThat(exact.matches(g, dyad("VEL", "OST", "043"), false)).isFalse();
        assertThat(exact.agreeingFields(g, dyad("VEL", "OST", "043"), false)).isEqualTo(2);
    }

    @Test
    void countryTableMapsThreeLetterBlocksToOtherThreeLetterBlocks() {
        assertThat(EventMatcher.countryTable()).isNotEmpty();
        assertThat(EventMatcher.countryTable()).allSatisfy((cameo, gold) -> {
            assertThat(cameo).matches("[A-Z]{3}");
            assertThat(gold).matches("[A-Z]{3}").isNotEqualTo(cameo);
        });
    }
}
