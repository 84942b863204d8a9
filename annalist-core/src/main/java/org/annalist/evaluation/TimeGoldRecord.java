package org.annalist.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One document of a time-gold file (FORMATS.md section 3).
 *
 * @param id      unique id
 * @param dct     the document creation time, against which relative expressions resolve, or null
 * @param text    the document text; timex offsets point into it
 * @param timexes the gold time expressions in document order
 */
public record TimeGoldRecord(String id, LocalDate dct, String text, List<GoldTimex> timexes) {

    public TimeGoldRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        timexes = List.copyOf(timexes);
    }
}
