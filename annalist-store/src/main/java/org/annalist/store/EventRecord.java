package org.annalist.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import org.annalist.model.Modality;
import org.annalist.model.Precision;

/**
 * One row of the {@code events} table: a real-world event that one or more mentions report, with the
 * counts GDELT keeps (mentions, distinct sources, distinct articles). Nullable fields are null when no
 * mention gave the part (no target, no place).
 * The last six are the event's views in the other ontologies, those of its first mention with the event's code and
 * modality: PLOVER mode, auxiliary mode ("historical" for background), contexts (comma-separated), ACLED event and
 * sub-event type (none for an event that did not take place), ConfliBERT five-way class.
 */
public record EventRecord(
        String id, String cameo, String cameoRoot, String plover, Integer quadClass, Double goldstein,
        boolean reciprocal, Modality modality,
        String sourceCode, String sourceCountry, String targetCode, String targetCountry,
        LocalDate dateBegin, LocalDate dateEnd, Precision datePrecision,
        String placeName, String placeCountry, Long placeGeonameid, Double placeLat, Double placeLon,
        Precision placePrecision, Integer fatalities,
        int numMentions, int numSources, int numArticles, double confidence, String mergeReason,
        LocalDateTime firstSeen, LocalDateTime updatedAt,
        String ploverMode, String ploverAuxMode, String ploverContext, String acledEventType, String acledSubEventType,
        Integer penta) {

    /** A named column of the row, with its value as stored (enums as lower-case labels, null for NULL). */
    public record Column(String name, Function<EventRecord, Object> value) {
    }

    /** All columns in table order, named as in the {@code events} table. */
    public static final List<Column> COLUMNS = List.of(
            new Column("id", EventRecord::id),
            new Column("cameo", EventRecord::cameo),
            new Column("cameo_root", EventRecord::cameoRoot),
            new Column("plover", EventRecord::plover),
            new Column("quad_class", EventRecord::quadClass),
            new Column("goldstein", EventRecord::goldstein),
            new Column("reciprocal", EventRecord::reciprocal),
            new Column("modality", e -> e.modality() == null ? null : e.modality().label()),
            new Column("source_code", EventRecord::sourceCode),
            new Column("source_country", EventRecord::sourceCountry),
            new Column("target_code", EventRecord::targetCode),
            new Column("target_country", EventRecord::targetCountry),
            new Column("date_begin", EventRecord::dateBegin),
            new Column("date_end", EventRecord::dateEnd),
            new Column("date_precision", e -> e.datePrecision() == null ? null : e.datePrecision().label()),
            new Column("place_name", EventRecord::placeName),
            new Column("place_country", EventRecord::placeCountry),
            new Column("place_geonameid", EventRecord::placeGeonameid),
            new Column("place_lat", EventRecord::placeLat),
            new Column("place_lon", EventRecord::placeLon),
            new Column("place_precision", e -> e.placePrecision() == null ? null : e.placePrecision().label()),
            new Column("fatalities", EventRecord::fatalities),
            new Column("num_mentions", EventRecord::numMentions),
            new Column("num_sources", EventRecord::numSources),
            new Column("num_articles", EventRecord::numArticles),
            new Column("confidence", EventRecord::confidence),
            new Column("merge_reason", EventRecord::mergeReason),
            new Column("first_seen", EventRecord::firstSeen),
            new Column("updated_at", EventRecord::updatedAt),
            new Column("plover_mode", EventRecord::ploverMode),
            new Column("plover_aux_mode", EventRecord::ploverAuxMode),
            new Column("plover_context", EventRecord::ploverContext),
            new Column("acled_event_type", EventRecord::acledEventType),
            new Column("acled_sub_event_type", EventRecord::acledSubEventType),
            new Column("penta", EventRecord::penta));
}
