package org.annalist.evaluation;

/**
 * One disagreement with the place gold, for {@code eval places --errors}.
 *
 * @param record    the record's id
 * @param kind      what went wrong
 * @param gold      the gold place, or null for a spurious place
 * @param predicted the system's place, or null for a missed place or a span it gave no answer for
 * @param km        the distance between the gold and the predicted point, or null
 */
public record PlaceError(String record, Kind kind, GoldPlace gold, PredictedPlace predicted, Double km) {

    /** Kinds of disagreement. */
    public enum Kind {
        /** a gold place with no predicted place at exactly its span */
        MISSED,
        /** a gold place whose span a predicted place overlaps without matching it */
        BOUNDARY,
        /** a predicted place on no gold span, not even overlapping one */
        SPURIOUS,
        /** resolution on the gold span put the place more than 161 km away */
        FAR,
        /** resolution on the gold span gave no point where the gold has one */
        UNRESOLVED
    }

    /** One line: kind, gold words and type, predicted words, distance. */
    public String describe() {
        StringBuilder b = new StringBuilder(String.format("%-10s", kind.name().toLowerCase(java.util.Locale.ROOT)));
        if (gold != null) {
            b.append(" gold \"").append(gold.text()).append("\" ").append(gold.start()).append('-').append(gold.end());
            if (gold.type() != null) b.append(" (").append(gold.type()).append(')');
        }
        if (predicted != null) {
            b.append(gold != null ? " vs " : " ").append("found \"").append(predicted.text()).append("\" ")
                    .append(predicted.start()).append('-').append(predicted.end());
            if (predicted.geonameid() != null) b.append(" geonames ").append(predicted.geonameid());
        }
        if (km != null) b.append(String.format(java.util.Locale.ROOT, " %.0f km", km));
        return b.toString();
    }
}
