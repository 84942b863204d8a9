package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annalist.model.Actor;
import org.annalist.model.EventMention;
import org.annalist.model.Modality;
import org.annalist.model.Span;
import org.annalist.ontology.EventView;
import org.annalist.ontology.EventViews;

/**
 * How the views of the other ontologies ({@link EventView}: PLOVER mode, auxiliary mode and contexts, ACLED event and
 * sub-event type, five-way class, basis) are stored: one column each, contexts joined by commas and the basis by
 * "; ". An event takes the views of its first mention (earliest published) that has the event's code and modality,
 * so that they agree with the event's modality: a negated event has no ACLED type.
 */
final class StoredViews {

    /** The view columns of {@code events}, in order; {@code event_mentions} has these and {@code view_basis}. */
    static final List<String> EVENT_COLUMNS = List.of("plover_mode", "plover_aux_mode", "plover_context",
            "acled_event_type", "acled_sub_event_type", "penta");

    private StoredViews() {
    }

    /** The contexts as stored ("military,economic"), or null for none. */
    static String context(List<String> contexts) {
        return contexts == null || contexts.isEmpty() ? null : String.join(",", contexts);
    }

    /** The basis as stored, or null for none. */
    static String basis(List<String> basis) {
        return basis == null || basis.isEmpty() ? null : String.join("; ", basis);
    }

    /**
     * Computes and writes the views of every mention, then of every event, in a store whose view columns were just
     * added (schema version 4). The caller holds the transaction. A mention keeps what the views need: its code,
     * PLOVER type, modality, actors' codes and words, trigger words and sentence.
     */
    static void backfill(Connection c) throws SQLException {
        EventViews views = EventViews.load();
        List<Object[]> updates = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                SELECT id, article_id, sentence, cameo, plover, modality, source_code, source_text, target_code,
                       target_text, trigger_text, evidence
                FROM event_mentions""")) {
            while (r.next()) {
                String label = r.getString("modality");
                EventMention m = new EventMention(r.getString("id"), r.getString("article_id"), r.getInt("sentence"),
                        r.getString("cameo"), r.getString("plover"),
                        label == null ? Modality.ASSERTED : Modality.valueOf(label.toUpperCase(Locale.ROOT)), null, false,
                        null, r.getString("trigger_text") == null ? null : new Span(r.getString("trigger_text"), 0, 0),
                        actor(r.getString("source_code"), r.getString("source_text")),
                        actor(r.getString("target_code"), r.getString("target_text")), null, null,
                        r.getString("evidence"), null, 0, null);
                EventView v = views.of(m);
                updates.add(new Object[] {v.ploverMode(), v.ploverAuxMode(), context(v.ploverContext()),
                        v.acledEventType(), v.acledSubEventType(), v.penta(), basis(v.basis()), m.id()});
            }
        }
        try (PreparedStatement p = c.prepareStatement("""
                UPDATE event_mentions SET plover_mode = ?, plover_aux_mode = ?, plover_context = ?, acled_event_type = ?,
                       acled_sub_event_type = ?, penta = ?, view_basis = ? WHERE id = ?""")) {
            for (Object[] u : updates) {
                for (int i = 0; i < u.length; i++) p.setObject(i + 1, u[i]);
                p.addBatch();
            }
            p.executeBatch();
        }
        String set = String.join(", ", EVENT_COLUMNS.stream().map(col -> col + " = v." + col).toList());
        String pick = String.join(", ", EVENT_COLUMNS.stream().map(col -> "m." + col).toList());
        try (Statement s = c.createStatement()) {
            s.execute("""
                    UPDATE events SET %s FROM (
                      SELECT DISTINCT ON (m.event_id) m.event_id, %s
                      FROM event_mentions m JOIN articles a ON a.id = m.article_id JOIN events e ON e.id = m.event_id
                      ORDER BY m.event_id, (m.cameo = e.cameo AND m.modality IS NOT DISTINCT FROM e.modality) DESC,
                               (m.modality IS NOT DISTINCT FROM e.modality) DESC, a.date NULLS LAST, m.article_id,
                               m.sentence, m.id) v
                    WHERE events.id = v.event_id""".formatted(set, pick));
        }
    }

    private static Actor actor(String code, String text) {
        return code == null && text == null ? null : new Actor(code, text, 0, 0);
    }
}
