package org.annalist.evaluation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One document of a place-gold file (FORMATS.md section 2).
 *
 * @param id     unique id
 * @param date   the story date, or null
 * @param text   the document text; place offsets point into it
 * @param places the gold toponyms, in text order
 */
public record PlaceGoldRecord(String id, LocalDate date, String text, List<GoldPlace> places) {

    public PlaceGoldRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        places = places.stream().sorted(Comparator.comparingInt(GoldPlace::start).thenComparingInt(GoldPlace::end)).toList();
    }
}
