package org.annalist.store;

import java.time.LocalDate;
import java.util.Locale;
import org.annalist.model.Modality;

/**
 * Which stored event mentions to return; every filter is optional (null means any) and they combine
 * with AND. Results come ordered by event date (first day of its interval), then id.
 *
 * @param actor    CAMEO actor code prefix matched against source OR target code: "ARM" matches ARM,
 *                 ARMGOV and ARMMIL; "ARMGOV" matches ARMGOV and ARMGOVMIL. Upper-cased.
 * @param cameo    CAMEO event code prefix: "19" matches 190..196x, "041" matches 041 only (and any
 *                 longer code under it)
 * @param from     first day; keeps events whose date interval ends on or after it
 * @param to       last day; keeps events whose date interval begins on or before it
 * @param country  two letters: ISO 3166-1 alpha-2 code of the event's place ("AZ");
 *                 three letters: CAMEO country code of the source or target actor ("AZE")
 * @param modality only events with this modality
 * @param limit    at most this many events; null for all
 */
public record EventQuery(String actor, String cameo, LocalDate from, LocalDate to, String country,
                         Modality modality, Integer limit) {

    /** @throws IllegalArgumentException for a country that is not 2 or 3 letters, a limit below 1, or from after to */
    public EventQuery {
        actor = upper(actor);
        cameo = blankToNull(cameo);
        country = upper(country);
        if (country != null && !country.matches("[A-Z]{2,3}")) {
            throw new IllegalArgumentException("country must be an ISO alpha-2 code (AZ) or a CAMEO country code (AZE), not '"
                    + country + "'");
        }
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
    }

    /** Every event. */
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null);
    }

    public EventQuery withActor(String actor) {
        return new EventQuery(actor, cameo, from, to, country, modality, limit);
    }

    public EventQuery withCameo(String cameo) {
        return new EventQuery(actor, cameo, from, to, country, modality, limit);
    }

    public EventQuery withFrom(LocalDate from) {
        return new EventQuery(actor, cameo, from, to, country, modality, limit);
    }

    public EventQuery withTo(LocalDate to) {
        return new EventQuery(actor, cameo, from, to, country, modality, limit);
    }

    /** Events overlapping the days {@code from..to}, both inclusive. */
    public EventQuery between(LocalDate from, LocalDate to) {
        return new EventQuery(actor, cameo, from, to, country, modality, limit);
    }

    public EventQuery withCountry(String country) {
        return new EventQuery(actor, cameo, from, to, country, modality, limit);
    }

    public EventQuery withModality(Modality modality) {
        return new EventQuery(actor, cameo, from, to, country, modality, limit);
    }

    public EventQuery withLimit(Integer limit) {
        return new EventQuery(actor, cameo, from, to, country, modality, limit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String upper(String s) {
        String t = blankToNull(s);
        return t == null ? null : t.toUpperCase(Locale.ROOT);
    }
}
