package org.annalist.evaluation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One record of an event-gold file (FORMATS.md section 1): a sentence or short passage and the
 * events a coder must produce from it.
 *
 * @param id           unique id of the record
 * @param date         the story date, or null; actor codes with date ranges resolve at this date
 * @param text         the text to code
 * @param dictionaries folder of PETRARCH/Phoenix actor dictionaries to load for this record,
 *                     already resolved against the gold file's folder, or null
 * @param tags         tags, for per-tag scores; never null
 * @param events       expected events; empty means the coder must produce no event
 */
public record GoldRecord(String id, LocalDate date, String text, Path dictionaries, List<String> tags,
                         List<GoldEvent> events) {

    public GoldRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        tags = tags == null ? List.of() : List.copyOf(tags);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** True when the record says the coder must produce no event ({@code "events": []}). */
    public boolean expectsNoEvent() {
        return events.isEmpty();
    }
}
