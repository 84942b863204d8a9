package org.annalist.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.EventMention;
import org.annalist.ontology.EventView;

/**
 * What the scorer compares with a gold event: the fields of one coded event, flattened. Every field
 * may be null when the coder did not produce it; a gold field facing a null never agrees.
 *
 * @param source      source actor code ("RUSGOV"), or null
 * @param target      target actor code, or null
 * @param cameo       CAMEO event code ("042"), or null
 * @param plover      PLOVER event type ("CONSULT"), or null
 * @param sourceText  words naming the source actor, or null
 * @param targetText  words naming the target actor, or null
 * @param quad        QuadClass 1-4, or null
 * @param penta       ConfliBERT five-class code 0-4, or null
 * @param acled       ACLED sub-event type name ("Armed clash"), or null
 * @param fatalities  deaths reported for the event, or null
 * @param location    the words of the event's place phrase (or its name), or null
 * @param triggerText the words of the trigger, or null
 * @param dateBegin   first day of the event's date interval, or null
 * @param dateEnd     last day of the interval (inclusive), or null
 * @param ploverMode  PLOVER mode ("aerial"), or null
 * @param ploverContext PLOVER contexts, or null when the coder gives none
 */
public record PredictedEvent(String source, String target, String cameo, String plover, String sourceText,
                             String targetText, Integer quad, Integer penta, String acled, Integer fatalities,
                             String location, String triggerText, LocalDate dateBegin, LocalDate dateEnd,
                             String ploverMode, List<String> ploverContext) {

    public PredictedEvent {
        ploverContext = ploverContext == null ? null : List.copyOf(ploverContext);
    }

    /** A prediction without PLOVER mode and context. */
    public PredictedEvent(String source, String target, String cameo, String plover, String sourceText,
                          String targetText, Integer quad, Integer penta, String acled, Integer fatalities,
                          String location, String triggerText, LocalDate dateBegin, LocalDate dateEnd) {
        this(source, target, cameo, plover, sourceText, targetText, quad, penta, acled, fatalities, location,
                triggerText, dateBegin, dateEnd, null, null);
    }

    /**
     * Projects a coded event mention with its views: QuadClass, five-way class, ACLED sub-event type, PLOVER
     * type, mode and contexts come from the view.
     */
    public static PredictedEvent from(EventMention m, EventView v) {
        PredictedEvent p = from(m, v.quad(), v.penta(), v.acledSubEventType());
        return new PredictedEvent(p.source(), p.target(), p.cameo(), v.ploverType() != null ? v.ploverType() : p.plover(),
                p.sourceText(), p.targetText(), p.quad(), p.penta(), p.acled(), p.fatalities(), p.location(),
                p.triggerText(), p.dateBegin(), p.dateEnd(), v.ploverMode(), v.ploverContext());
    }

    /**
     * Projects a coded event mention. The ontology values the mention does not carry are supplied by
     * the caller, who owns the CAMEO tables.
     *
     * @param m     the coded mention
     * @param quad  the QuadClass of the mention's CAMEO code, or null
     * @param penta the five-class code of the mention's CAMEO code, or null
     * @param acled the ACLED sub-event type the coder maps the mention to, or null
     */
    public static PredictedEvent from(EventMention m, Integer quad, Integer penta, String acled) {
        String location = null;
        if (m.place() != null) location = m.place().span() != null ? m.place().span().text() : m.place().name();
        return new PredictedEvent(
                m.source() == null ? null : m.source().code(),
                m.target() == null ? null : m.target().code(),
                m.cameo(), m.plover(),
                m.source() == null ? null : m.source().text(),
                m.target() == null ? null : m.target().text(),
                quad, penta, acled, m.fatalities(), location,
                m.trigger() == null ? null : m.trigger().text(),
                m.date() == null ? null : m.date().begin(),
                m.date() == null ? null : m.date().end());
    }

    /** A prediction with only the dyad and event code, the most common case in tests and simple coders. */
    public static PredictedEvent of(String source, String target, String cameo) {
        return new PredictedEvent(source, target, cameo, null, null, null, null, null, null, null, null, null,
                null, null);
    }
}
