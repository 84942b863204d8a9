package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.annalist.model.Precision;
import org.junit.jupiter.api.Test;

class TimexIntervalTest {

    private static TimexInterval of(String value) {
        return TimexInterval.of(value).orElseThrow();
    }

    @Test
    void aDayIsOneDay() {
        assertThat(of("2023-03-13")).isEqualTo(new TimexInterval(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 3, 13),
                Precision.DAY));
    }

    @Test
    void aTimeOfDayDatesToItsDay() {
        assertThat(of("2023-03-13T14:30").begin()).isEqualTo(LocalDate.of(2023, 3, 13));
        assertThat(of("2023-03-13TMO").precision()).isEqualTo(Precision.DAY);
    }

    @Test
    void anIsoWeekRunsFromMondayToSunday() {
        TimexInterval w = of("2023-W10");
        assertThat(w.begin()).isEqualTo(LocalDate.of(2023, 3, 6));
        assertThat(w.end()).isEqualTo(LocalDate.of(2023, 3, 12));
        assertThat(w.precision()).isEqualTo(Precision.WEEK);
    }

    @Test
    void weekOneMayStartInThePreviousYear() {
        assertThat(of("2020-W01").begin()).isEqualTo(LocalDate.of(2019, 12, 30));
    }

    @Test
    void aWeekendIsItsSaturdayAndSunday() {
        TimexInterval we = of("2023-W10-WE");
        assertThat(we.begin()).isEqualTo(LocalDate.of(2023, 3, 11));
        assertThat(we.end()).isEqualTo(LocalDate.of(2023, 3, 12));
    }

    @Test
    void aMonthRunsToItsLastDay() {
        assertThat(of("2024-02")).isEqualTo(new TimexInterval(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29),
                Precision.MONTH));
    }

    @Test
    void aYearIsTheWholeYear() {
        assertThat(of("2020")).isEqualTo(new TimexInterval(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
                Precision.YEAR));
    }

    @Test
    void quartersAndDecadesAreRanges() {
        assertThat(of("2023-Q2").begin()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(of("2023-Q2").end()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(of("201X").end()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(of("201X").precision()).isEqualTo(Precision.RANGE);
    }

    @Test
    void aTimeMlDecadeOfThreeDigitsIsTheSameRange() {
        assertThat(of("201").begin()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(of("201").end()).isEqualTo(LocalDate.of(2019, 12, 31));
    }

    @Test
    void aSlashRangeSpansBothEnds() {
        TimexInterval r = of("2023-03-01/2023-03-10");
        assertThat(r.begin()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(r.end()).isEqualTo(LocalDate.of(2023, 3, 10));
        assertThat(r.precision()).isEqualTo(Precision.RANGE);
    }

    @Test
    void aSeasonIsItsThreeMeteorologicalMonths() {
        assertThat(of("2021-SP")).isEqualTo(new TimexInterval(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 5, 31),
                Precision.RANGE));
        assertThat(of("2023-FA").begin()).isEqualTo(LocalDate.of(2023, 9, 1));
    }

    @Test
    void aWinterRunsFromDecemberIntoTheNextYear() {
        assertThat(of("2022-WI").begin()).isEqualTo(LocalDate.of(2022, 12, 1));
        assertThat(of("2022-WI").end()).isEqualTo(LocalDate.of(2023, 2, 28));
    }

    @Test
    void durationsReferencesAndPartialValuesAreNotDates() {
        assertThat(TimexInterval.of("P44D")).isEmpty();
        assertThat(TimexInterval.of("PRESENT_REF")).isEmpty();
        assertThat(TimexInterval.of("XXXX-03-13")).isEmpty();
        assertThat(TimexInterval.of(null)).isEmpty();
    }

    @Test
    void impossibleDatesAreNotDates() {
        assertThat(TimexInterval.of("2023-02-30")).isEmpty();
        assertThat(TimexInterval.of("2023-W54")).isEmpty();
    }
}
