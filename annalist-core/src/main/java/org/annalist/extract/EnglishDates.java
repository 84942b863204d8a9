package org.annalist.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** English month names as written in datelines and tweet signatures ("March", "Mar.", "Sept"). */
final class EnglishDates {

    /** A regex alternative for a month name, case-insensitive, with an optional abbreviation dot. */
    static final String MONTH = "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

    private EnglishDates() {
    }

    /** @return 1..12 for a name matched by {@link #MONTH} */
    static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return switch (key) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException("not a month: " + name);
        };
    }

    /** @return the date, or null when it does not exist (February 30) */
    static LocalDate dateOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * A month and day without a year, placed in the year that puts it closest to {@code reference}
     * ("December 31" in an article of 2 January is the previous year's); null without a reference.
     */
    static LocalDate nearest(int month, int day, LocalDate reference) {
        if (reference == null) {
            return null;
        }
        LocalDate best = null;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            LocalDate candidate = dateOrNull(year, month, day);
            if (candidate != null && (best == null
                    || Math.abs(ChronoUnit.DAYS.between(candidate, reference))
                    < Math.abs(ChronoUnit.DAYS.between(best, reference)))) {
                best = candidate;
            }
        }
        return best;
    }

    /** ISO dates and date-times as found in HTML metadata: the leading {@code yyyy-MM-dd}, as written. */
    static LocalDate isoPrefix(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.length() < 10 || !v.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        return dateOrNull(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5, 7)),
                Integer.parseInt(v.substring(8, 10)));
    }
}
