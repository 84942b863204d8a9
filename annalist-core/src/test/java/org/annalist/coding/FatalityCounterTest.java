package org.annalist.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FatalityCounterTest {
    @Test
    void readsNumberWordsAfterKilling() {
        assertThat(FatalityCounter.count("Shelling hit the town, killing two personnel.")).isEqualTo(2);
    }

    @Test
    void readsDigitsInAPassive() {
        assertThat(FatalityCounter.count("At least 14 villagers were killed in the raid.")).isEqualTo(14);
    }

    @Test
    void readsLeftDead() {
        assertThat(FatalityCounter.count("The blast left 12 dead near the market.")).isEqualTo(12);
    }

    @Test
    void readsTheDeathsOf() {
        assertThat(FatalityCounter.count("The attack caused the deaths of five people.")).isEqualTo(5);
    }

    @Test
    void readsARisingDeathToll() {
        assertThat(FatalityCounter.count("The death toll rose to 30 on Sunday.")).isEqualTo(30);
    }

    @Test
    void readsCompoundNumberWords() {
        assertThat(FatalityCounter.count("Gunmen killed twenty-three passengers.")).isEqualTo(23);
    }

    @Test
    void ignoresCountsThatMixDeadAndInjured() {
        assertThat(FatalityCounter.count("Officials said 40 civilians were killed or injured.")).isNull();
    }

    @Test
    void isNullWhenNoDeathsAreStated() {
        assertThat(FatalityCounter.count("Troops shelled the border posts for two days.")).isNull();
    }
}
