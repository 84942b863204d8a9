package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventQueryTest {

    @Test
    void upperCasesActorAndCountry() {
        EventQuery q = EventQuery.all().withActor(" armgov ").withCountry("az");

        assertThat(q.actor()).isEqualTo("ARMGOV");
        assertThat(q.country()).isEqualTo("AZ");
    }

    @Test
    void treatsBlankFiltersAsAbsent() {
        assertThat(EventQuery.all().withActor(" ").withCameo("").withCountry(" ")).isEqualTo(EventQuery.all());
    }

    @Test
    void refusesACountryThatIsNeitherTwoNorThreeLetters() {
        assertThatThrownBy(() -> EventQuery.all().withCountry("Azerbaijan"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'AZERBAIJAN'");
    }

    @Test
    void refusesALimitBelowOne() {
        assertThatThrownBy(() -> EventQuery.all().withLimit(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesARangeThatEndsBeforeItBegins() {
        assertThatThrownBy(() -> EventQuery.all().between(LocalDate.of(2031, 3, 2), LocalDate.of(2031, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("from (2031-03-02) is after to (2031-03-01)");
    }
}
