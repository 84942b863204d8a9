package org.annalist.store;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.annalist.model.Actor;
import org.annalist.model.EventDate;
import org.annalist.model.EventMention;
import org.annalist.model.EventPlace;
import org.annalist.model.Modality;
import org.annalist.model.Precision;
import org.annalist.model.Span;
import org.annalist.ontology.EventView;
import org.annalist.ontology.EventViews;

/**
 * One row of {@code event_mentions}: an {@link EventMention} flattened, with the code values the
 * ontology gives it. Offsets point into the text of article {@code articleId}. Nullable fields are
 * null when the mention has no such part (no target, no place, a date not from the sentence). The last seven
 * are its views in the other ontologies ({@link EventView}): PLOVER mode, auxiliary mode, contexts (comma-separated),
 * ACLED event and sub-event type, ConfliBERT five-way class (0-4) and the rules behind them ("; "-separated).
 */
public record StoredEvent(
        String id, String articleId, int sentence,
        String cameo, String cameoRoot, String plover, Integer quadClass, Double goldstein,
        Modality modality, String attribution, boolean reciprocal, Integer fatalities,
        String triggerText, Integer triggerStart, Integer triggerEnd,
        String sourceCode, String sourceText, Integer sourceStart, Integer sourceEnd,
        String targetCode, String targetText, Integer targetStart, Integer targetEnd,
        String sourceCountry, String targetCountry,
        String dateValue, LocalDate dateBegin, LocalDate dateEnd, Precision datePrecision, String dateBasis,
        String dateText, Integer dateTextStart, Integer dateTextEnd,
        String placeName, String placeCountry, Long placeGeonameid, Double placeLat, Double placeLon,
        Precision placePrecision, String placeBasis, String placeText, Integer placeTextStart, Integer placeTextEnd,
        String evidence, String rule, double confidence, String coderVersion,
        String ploverMode, String ploverAuxMode, String ploverContext, String acledEventType, String acledSubEventType,
        Integer penta, String viewBasis) {

    /**
     * A named column of the row, with its value as stored: text, number, boolean or {@link LocalDate};
     * enums as their lower-case labels; null for SQL NULL.
     */
    public record Column(String name, Function<StoredEvent, Object> value) {
    }

    /** All columns in table order, named as in the {@code event_mentions} table. */
    public static final List<Column> COLUMNS = List.of(
            new Column("id", StoredEvent::id),
            new Column("article_id", StoredEvent::articleId),
            new Column("sentence", StoredEvent::sentence),
            new Column("cameo", StoredEvent::cameo),
            new Column("cameo_root", StoredEvent::cameoRoot),
            new Column("plover", StoredEvent::plover),
            new Column("quad_class", StoredEvent::quadClass),
            new Column("goldstein", StoredEvent::goldstein),
            new Column("modality", e -> e.modality() == null ? null : e.modality().label()),
            new Column("attribution", StoredEvent::attribution),
            new Column("reciprocal", StoredEvent::reciprocal),
            new Column("fatalities", StoredEvent::fatalities),
            new Column("trigger_text", StoredEvent::triggerText),
            new Column("trigger_start", StoredEvent::triggerStart),
            new Column("trigger_end", StoredEvent::triggerEnd),
            new Column("source_code", StoredEvent::sourceCode),
            new Column("source_text", StoredEvent::sourceText),
            new Column("source_start", StoredEvent::sourceStart),
            new Column("source_end", StoredEvent::sourceEnd),
            new Column("target_code", StoredEvent::targetCode),
            new Column("target_text", StoredEvent::targetText),
            new Column("target_start", StoredEvent::targetStart),
            new Column("target_end", StoredEvent::targetEnd),
            new Column("source_country", StoredEvent::sourceCountry),
            new Column("target_country", StoredEvent::targetCountry),
            new Column("date_value", StoredEvent::dateValue),
            new Column("date_begin", StoredEvent::dateBegin),
            new Column("date_end", StoredEvent::dateEnd),
            new Column("date_precision", e -> label(e.datePrecision())),
            new Column("date_basis", StoredEvent::dateBasis),
            new Column("date_text", StoredEvent::dateText),
            new Column("date_text_start", StoredEvent::dateTextStart),
            new Column("date_text_end", StoredEvent::dateTextEnd),
            new Column("place_name", StoredEvent::placeName),
            new Column("place_country", StoredEvent::placeCountry),
            new Column("place_geonameid", StoredEvent::placeGeonameid),
            new Column("place_lat", StoredEvent::placeLat),
            new Column("place_lon", StoredEvent::placeLon),
            new Column("place_precision", e -> label(e.placePrecision())),
            new Column("place_basis", StoredEvent::placeBasis),
            new Column("place_text", StoredEvent::placeText),
            new Column("place_text_start", StoredEvent::placeTextStart),
            new Column("place_text_end", StoredEvent::placeTextEnd),
            new Column("evidence", StoredEvent::evidence),
            new Column("rule", StoredEvent::rule),
            new Column("confidence", StoredEvent::confidence),
            new Column("coder_version", StoredEvent::coderVersion),
            new Column("plover_mode", StoredEvent::ploverMode),
            new Column("plover_aux_mode", StoredEvent::ploverAuxMode),
            new Column("plover_context", StoredEvent::ploverContext),
            new Column("acled_event_type", StoredEvent::acledEventType),
            new Column("acled_sub_event_type", StoredEvent::acledSubEventType),
            new Column("penta", StoredEvent::penta),
            new Column("view_basis", StoredEvent::viewBasis));

    /**
     * Flattens a coded mention, with the views {@link EventViews} computes for it.
     *
     * @param m     the mention
     * @param codes Goldstein, QuadClass and root of its CAMEO code
     */
    public static StoredEvent of(EventMention m, CodeInfo codes) {
        return of(m, codes, EventViews.load().of(m));
    }

    /**
     * Flattens a coded mention with its views.
     *
     * @param m     the mention
     * @param codes Goldstein, QuadClass and root of its CAMEO code
     * @param view  its views in the other ontologies
     */
    public static StoredEvent of(EventMention m, CodeInfo codes, EventView view) {
        Span trigger = m.trigger();
        Actor source = m.source();
        Actor target = m.target();
        EventDate date = m.date();
        Span dateSpan = date == null ? null : date.span();
        EventPlace place = m.place();
        Span placeSpan = place == null ? null : place.span();
        return new StoredEvent(
                m.id(), m.articleId(), m.sentence(),
                m.cameo(), codes.root(m.cameo()), m.plover(), codes.quadClass(m.cameo()), codes.goldstein(m.cameo()),
                m.modality(), m.attribution(), m.reciprocal(), m.fatalities(),
                trigger == null ? null : trigger.text(), trigger == null ? null : trigger.start(),
                trigger == null ? null : trigger.end(),
                source == null ? null : source.code(), source == null ? null : source.text(),
                source == null ? null : source.start(), source == null ? null : source.end(),
                target == null ? null : target.code(), target == null ? null : target.text(),
                target == null ? null : target.start(), target == null ? null : target.end(),
                source == null ? null : source.country(), target == null ? null : target.country(),
                date == null ? null : date.value(), date == null ? null : date.begin(), date == null ? null : date.end(),
                date == null ? null : date.precision(), date == null ? null : date.basis(),
                dateSpan == null ? null : dateSpan.text(), dateSpan == null ? null : dateSpan.start(),
                dateSpan == null ? null : dateSpan.end(),
                place == null ? null : place.name(), place == null ? null : place.country(),
                place == null ? null : place.geonameid(), place == null ? null : place.lat(),
                place == null ? null : place.lon(), place == null ? null : place.precision(),
                place == null ? null : place.basis(),
                placeSpan == null ? null : placeSpan.text(), placeSpan == null ? null : placeSpan.start(),
                placeSpan == null ? null : placeSpan.end(),
                m.evidence(), m.rule(), m.confidence(), m.coderVersion(),
                view.ploverMode(), view.ploverAuxMode(), StoredViews.context(view.ploverContext()), view.acledEventType(),
                view.acledSubEventType(), view.penta(), StoredViews.basis(view.basis()));
    }

    private static String label(Precision p) {
        return p == null ? null : p.label();
    }
}
