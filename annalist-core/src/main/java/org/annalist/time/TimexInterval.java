package org.annalist.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Precision;

/**
 * The calendar interval a TIMEX3 value denotes, inclusive at both ends.
 *
 * @param begin     first day
 * @param end       last day
 * @param precision {@link Precision#DAY}, {@link Precision#WEEK}, {@link Precision#MONTH},
 *                  {@link Precision#YEAR} or {@link Precision#RANGE} (anything else that spans days:
 *                  weekends, seasons, quarters, decades, "A/B" ranges)
 */
public record TimexInterval(LocalDate begin, LocalDate end, Precision precision) {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X?"); // TimeML "199" and SUTime "199X"

    /**
     * Resolves a TIMEX3 value to days. Seasons are the northern hemisphere's meteorological ones (spring is
     * March to May, winter runs from December into the next year). Values that do not name a stretch of the
     * calendar are empty: durations ({@code P44D}), {@code PRESENT_REF} and the other references, sets,
     * values with unknown parts ({@code XXXX-03-13}), and anything malformed.
     */
    public static Optional<TimexInterval> of(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = value.trim();
        int slash = v.indexOf('/');
        if (slash > 0) {
            Optional<TimexInterval> a = of(v.substring(0, slash));
            Optional<TimexInterval> b = of(v.substring(slash + 1));
            if (a.isEmpty() || b.isEmpty() || b.get().end().isBefore(a.get().begin())) return Optional.empty();
            return Optional.of(new TimexInterval(a.get().begin(), b.get().end(), Precision.RANGE));
        }
        try {
            return Optional.ofNullable(single(v));
        } catch (java.time.DateTimeException e) {
            return Optional.empty(); // 2023-02-30, week 54, ...
        }
    }

    private static TimexInterval single(String v) {
        Matcher m;
        if ((m = DAY.matcher(v)).matches()) {
            LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            return new TimexInterval(d, d, Precision.DAY);
        }
        if ((m = WEEK.matcher(v)).matches()) {
            int year = num(m, 1);
            int week = num(m, 2);
            LocalDate anyDay = LocalDate.of(year, 6, 1);
            if (week < 1 || week > anyDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) return null;
            LocalDate monday = LocalDate.of(year, 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (m.group(3) != null) return new TimexInterval(monday.plusDays(5), monday.plusDays(6), Precision.RANGE);
            return new TimexInterval(monday, monday.plusDays(6), Precision.WEEK);
        }
        if ((m = MONTH.matcher(v)).matches()) {
            YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
            return new TimexInterval(ym.atDay(1), ym.atEndOfMonth(), Precision.MONTH);
        }
        if ((m = YEAR.matcher(v)).matches()) {
            int y = num(m, 1);
            return new TimexInterval(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), Precision.YEAR);
        }
        if ((m = QUARTER.matcher(v)).matches()) {
            YearMonth first = YearMonth.of(num(m, 1), (num(m, 2) - 1) * 3 + 1);
            return new TimexInterval(first.atDay(1), first.plusMonths(2).atEndOfMonth(), Precision.RANGE);
        }
        if ((m = HALF.matcher(v)).matches()) {
            YearMonth first = YearMonth.of(num(m, 1), num(m, 2) == 1 ? 1 : 7);
            return new TimexInterval(first.atDay(1), first.plusMonths(5).atEndOfMonth(), Precision.RANGE);
        }
        if ((m = SEASON.matcher(v)).matches()) {
            int firstMonth = switch (m.group(2)) {
                case "SP" -> 3;
                case "SU" -> 6;
                case "FA" -> 9;
                default -> 12;
            };
            YearMonth first = YearMonth.of(num(m, 1), firstMonth);
            return new TimexInterval(first.atDay(1), first.plusMonths(2).atEndOfMonth(), Precision.RANGE);
        }
        if ((m = DECADE.matcher(v)).matches()) {
            int y = num(m, 1) * 10;
            return new TimexInterval(LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31), Precision.RANGE);
        }
        return null;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
