package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The optional view fields of FORMATS.md §1 and the plover_mode / plover_context extensions. */
class EventMatcherViewsTest {

    private final EventMatcher matcher = new EventMatcher(ActorMatch.EXACT);

    private static PredictedEvent viewed(Integer quad, Integer penta, String acled, String mode, List<String> context) {
        return new PredictedEvent("UTPMIL", "ARCMIL", "194", "ASSAULT", null, null, quad, penta, acled, null, null,
                null, null, null, mode, context);
    }

    @Test
    void acledQuadAndPentaAgreeOnlyWithTheirOwnValue() {
        PredictedEvent p = viewed(4, 4, "Shelling/artillery/missile attack", "heavy-weapons", List.of("military"));
        assertThat(matcher.agrees("acled", "shelling/artillery/missile attack", p, false)).isTrue();
        assertThat(matcher.agrees("acled", "Armed clash", p, false)).isFalse();
        assertThat(matcher.agrees("quad", 4, p, false)).isTrue();
        assertThat(matcher.agrees("quad", 3, p, false)).isFalse();
        assertThat(matcher.agrees("penta", 4, p, false)).isTrue();
        assertThat(matcher.agrees("penta", 0, p, false)).isFalse();
    }

    @Test
    void ploverModeAndContextAreScored() {
        PredictedEvent p = viewed(4, 4, null, "heavy-weapons", List.of("military", "territory"));
        assertThat(matcher.agrees("plover_mode", "Heavy-Weapons", p, false)).isTrue();
        assertThat(matcher.agrees("plover_mode", "aerial", p, false)).isFalse();
        assertThat(matcher.agrees("plover_context", "military", p, false)).isTrue();
        assertThat(matcher.agrees("plover_context", List.of("territory", "military"), p, false)).isTrue();
        assertThat(matcher.agrees("plover_context", List.of("military", "cbrn"), p, false)).isFalse();
    }

    @Test
    void aViewTheCoderDidNotGiveNeverAgrees() {
        PredictedEvent p = PredictedEvent.of("UTPMIL", "ARCMIL", "194");
        assertThat(matcher.agrees("acled", "Armed clash", p, false)).isFalse();
        assertThat(matcher.agrees("plover_mode", "aerial", p, false)).isFalse();
        assertThat(matcher.agrees("plover_context", "military", p, false)).isFalse();
        assertThat(matcher.matches(new GoldEvent(Map.of("cameo", "194", "quad", 4)), p, false)).isFalse();
    }
}
