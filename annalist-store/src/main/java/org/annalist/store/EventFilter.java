package org.annalist.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annalist.model.Modality;
import org.annalist.ontology.PloverType;

/**
 * Which rows of the {@code events} table to return; every filter is optional (null or empty means any)
 * and they combine with AND. Results come ordered by the first day of the event's date, then id
 * ({@link EventSearch#find}).
 *
 * @param actors     CAMEO actor code prefixes, each of which must match the source OR the target code: one
 *                   prefix finds an actor's events ("ARM" matches ARM, ARMGOV, ARMMIL), two find a dyad in
 *                   either direction ("USA" and "CHN"). Upper-cased.
 * @param source     CAMEO actor code prefix of the source (directed), or null
 * @param target     CAMEO actor code prefix of the target (directed), or null
 * @param country    two letters: ISO 3166-1 alpha-2 code of the event's place ("AZ"); three letters: CAMEO
 *                   country code of the source or target actor ("AZE")
 * @param cameo      CAMEO event code prefix: "19" is the root (every fight code), "193" a base code
 * @param plover     PLOVER event type (ASSAULT); the PLOVER 0.5 names DEMAND, FIGHT... are read as today's
 * @param quadClass  QuadClass 1 verbal cooperation .. 4 material conflict, as stored
 * @param modality   only events with this modality
 * @param from       first day; keeps events whose date interval ends on or after it
 * @param to         last day; keeps events whose date interval begins on or before it
 * @param near       only events placed within a radius of a point, or null
 * @param minSources only events reported by at least this many distinct sources, or null
 * @param limit      at most this many events, or null for all
 * @param acled      ACLED event type ("Battles") or sub-event type ("Shelling/artillery/missile attack") of the
 *                   event's view, in any case, or null
 */
public record EventFilter(List<String> actors, String source, String target, String country, String cameo,
                          String plover, Integer quadClass, Modality modality, LocalDate from, LocalDate to,
                          Circle near, Integer minSources, Integer limit, String acled) {

    /** A filter without an ACLED type. */
    public EventFilter(List<String> actors, String source, String target, String country, String cameo,
                       String plover, Integer quadClass, Modality modality, LocalDate from, LocalDate to,
                       Circle near, Integer minSources, Integer limit) {
        this(actors, source, target, country, cameo, plover, quadClass, modality, from, to, near, minSources, limit, null);
    }

    /**
     * A circle on the earth's surface.
     *
     * @param lat      latitude of the centre, -90..90
     * @param lon      longitude of the centre, -180..180
     * @param radiusKm radius in kilometres, above 0
     */
    public record Circle(double lat, double lon, double radiusKm) {
        /** @throws IllegalArgumentException for a centre off the globe or a radius not above 0 */
        public Circle {
            if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
                throw new IllegalArgumentException("a point needs latitude -90..90 and longitude -180..180, not "
                        + lat + "," + lon);
            }
            if (!(radiusKm > 0)) throw new IllegalArgumentException("radius must be above 0 km, not " + radiusKm);
        }

        /**
         * Reads "LAT,LON" ("48.85,2.35").
         *
         * @throws IllegalArgumentException when the text is not two numbers separated by a comma
         */
        public static Circle parse(String latLon, double radiusKm) {
            String[] parts = latLon == null ? new String[0] : latLon.split(",");
            if (parts.length != 2) {
                throw new IllegalArgumentException("a point is LAT,LON (48.85,2.35), not '" + latLon + "'");
            }
            try {
                return new Circle(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()), radiusKm);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a point is LAT,LON (48.85,2.35), not '" + latLon + "'");
            }
        }
    }

    /**
     * @throws IllegalArgumentException for a country that is not 2 or 3 letters, an unknown PLOVER type, a QuadClass
     *                                  outside 1..4, a limit or minimum of sources below 1, or from after to
     */
    public EventFilter {
        List<String> a = new ArrayList<>();
        if (actors != null) {
            for (String s : actors) {
                String u = upper(s);
                if (u != null) a.add(u);
            }
        }
        actors = List.copyOf(a);
        source = upper(source);
        target = upper(target);
        cameo = blankToNull(cameo);
        if (cameo != null && !cameo.matches("\\d{1,4}")) {
            throw new IllegalArgumentException("a CAMEO code is 2 to 4 digits (19, 193, 1931), not '" + cameo + "'");
        }
        country = upper(country);
        if (country != null && !country.matches("[A-Z]{2,3}")) {
            throw new IllegalArgumentException("country must be an ISO alpha-2 code (AZ) or a CAMEO country code (AZE), not '"
                    + country + "'");
        }
        acled = blankToNull(acled);
        plover = blankToNull(plover);
        if (plover != null) {
            String given = plover;
            plover = PloverType.fromName(plover).map(Enum::name).orElseThrow(() -> new IllegalArgumentException(
                    "not a PLOVER event type: '" + given + "' (AGREE, CONSULT, ..., ASSAULT)"));
        }
        if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
            throw new IllegalArgumentException("QuadClass is 1 to 4, not " + quadClass);
        }
        if (minSources != null && minSources < 1) {
            throw new IllegalArgumentException("minimum of sources must be at least 1, not " + minSources);
        }
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
    }

    /** Every event. */
    public static EventFilter all() {
        return new EventFilter(List.of(), null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Events whose ACLED event type or sub-event type is {@code acled} (any case). */
    public EventFilter withAcled(String acled) {
        return new EventFilter(actors, source, target, country, cameo, plover, quadClass, modality, from, to, near,
                minSources, limit, acled);
    }

    /** Events in which every one of these actors takes part, as source or target. */
    public EventFilter withActors(String... actors) {
        return new EventFilter(List.of(actors), source, target, country, cameo, plover, quadClass, modality, from, to,
                near, minSources, limit, acled);
    }

    public EventFilter withSource(String source) {
        return new EventFilter(actors, source, target, country, cameo, plover, quadClass, modality, from, to, near,
                minSources, limit, acled);
    }

    public EventFilter withTarget(String target) {
        return new EventFilter(actors, source, target, country, cameo, plover, quadClass, modality, from, to, near,
                minSources, limit, acled);
    }

    public EventFilter withCountry(String country) {
        return new EventFilter(actors, source, target, country, cameo, plover, quadClass, modality, from, to, near,
                minSources, limit, acled);
    }

    public EventFilter withCameo(String cameo) {
        return new EventFilter(actors, source, target, country, cameo, plover, quadClass, modality, from, to, near,
                minSources, limit, acled);
    }

    public EventFilter withPlover(String plover) {
        return new EventFilter(actors, source, target, country, cameo, plover, quadClass, modality, from, to, near,
                minSources, limit, acled);
    }

    public EventFilter withQuadClass(Integer quadClass) {
        return new EventFilter(actors, source, target, country, cameo, plover, quadClass, modality, from, to, near,
                minSources, limit, acled);
    }

    public EventFilter withModality(Modality modality) {
        return new EventFilter(actors, source, target, country, cameo, plover, quadClass, modality, from, to, near,
                minSources, limit, acled);
    }

    /** Events overlapping the days {@code from..to}, both inclusive; either may be null. */
    public EventFilter between(LocalDate from, LocalDate to) {
        return new EventFilter(actors, source, target, country, cameo, plover, quadClass, modality, from, to, near,
                minSources, limit, acled);
    }

    public EventFilter withNear(Circle near) {
        return new EventFilter(actors, source, target, country, cameo, plover, quadClass, modality, from, to, near,
                minSources, limit, acled);
    }

    public EventFilter withMinSources(Integer minSources) {
        return new EventFilter(actors, source, target, country, cameo, plover, quadClass, modality, from, to, near,
                minSources, limit, acled);
    }

    public EventFilter withLimit(Integer limit) {
        return new EventFilter(actors, source, target, country, cameo, plover, quadClass, modality, from, to, near,
                minSources, limit, acled);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String upper(String s) {
        String t = blankToNull(s);
        return t == null ? null : t.toUpperCase(Locale.ROOT);
    }
}
