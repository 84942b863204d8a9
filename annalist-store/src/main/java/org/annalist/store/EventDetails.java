package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one event with its mentions, history and aliases. */
final class EventDetails {

    private EventDetails() {
    }

    static Optional<EventDetail> read(Connection c, String id, String requestedId) throws SQLException {
        List<EventDetail.Mention> mentions = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("""
                SELECT m.id, m.article_id, a.title, a.url, a.date,
                       coalesce(a.source_id, nullif(regexp_extract(a.url, '^[A-Za-z]+://(?:www\\.)?([^/:?#]+)', 1), '')),
                       a.near_duplicate_of, m.sentence, m.cameo, m.trigger_text, m.source_code, m.target_code,
                       m.date_value, m.place_name, m.evidence
                FROM event_mentions m JOIN articles a ON a.id = m.article_id
                WHERE m.event_id = ?
                ORDER BY a.date NULLS LAST, m.article_id, m.sentence, m.id""")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    mentions.add(new EventDetail.Mention(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getObject(5, LocalDate.class), r.getString(6), r.getString(7), r.getInt(8), r.getString(9),
                            r.getString(10), r.getString(11), r.getString(12), r.getString(13), r.getString(14),
                            r.getString(15)));
                }
            }
        }
        List<EventDetail.Change> history = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM event_aliases WHERE merged_into = ? ORDER BY id")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) aliases.add(r.getString(1));
            }
        }
        // the history of an event includes what happened to the events merged into it
        List<String> ids = new ArrayList<>(aliases);
        ids.add(id);
        try (PreparedStatement p = c.prepareStatement("SELECT changed_at, article_id, field, old_value, new_value "
                + "FROM event_history WHERE list_contains(string_split(?, ','), event_id) ORDER BY changed_at, field")) {
            p.setString(1, String.join(",", ids));
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    history.add(new EventDetail.Change(r.getObject(1, LocalDateTime.class), r.getString(2),
                            r.getString(3), r.getString(4), r.getString(5)));
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("""
                SELECT cameo, plover, quad_class, goldstein, reciprocal, modality, source_code, target_code, date_begin,
                       date_end, date_precision, place_name, place_country, place_lat, place_lon, place_precision,
                       fatalities, num_mentions, num_sources, num_articles, confidence, merge_reason, first_seen, updated_at,
                       plover_mode, plover_aux_mode, plover_context, acled_event_type, acled_sub_event_type, penta
                FROM events WHERE id = ?""")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) return Optional.empty();
                return Optional.of(new EventDetail(id, requestedId, r.getString(1), r.getString(2),
                        r.getObject(3, Integer.class), r.getObject(4, Double.class), r.getBoolean(5), r.getString(6),
                        r.getString(7), r.getString(8), r.getObject(9, LocalDate.class), r.getObject(10, LocalDate.class),
                        r.getString(11), r.getString(12), r.getString(13), r.getObject(14, Double.class),
                        r.getObject(15, Double.class), r.getString(16), r.getObject(17, Integer.class), r.getInt(18),
                        r.getInt(19), r.getInt(20), r.getDouble(21), r.getString(22),
                        r.getObject(23, LocalDateTime.class), r.getObject(24, LocalDateTime.class),
                        new EventDetail.Views(r.getString(25), r.getString(26), r.getString(27), r.getString(28),
                                r.getString(29), r.getObject(30, Integer.class)),
                        mentions, history, aliases));
            }
        }
    }
}
