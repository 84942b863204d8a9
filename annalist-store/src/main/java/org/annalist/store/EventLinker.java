package org.annalist.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.annalist.events.EventClusterer;
import org.annalist.events.MentionFacts;
import org.annalist.events.MergedEvent;
import org.annalist.model.Modality;
import org.annalist.model.Precision;

/**
 * Links the event mentions of a newly stored article to real-world events, inside the caller's transaction.
 *
 * <p>It loads the article's neighbourhood: stored mentions whose CAMEO root is compatible with one of the
 * article's, whose dyad agrees, and whose date lies within {@value #WINDOW_DAYS} days, together with every other
 * mention of the events those belong to. It clusters them again with the {@link EventClusterer} and writes the
 * difference: new and changed {@code events} rows, {@code event_mentions.event_id}, an {@code event_history} row
 * for each field a later article changes (the id stays), and an {@code event_aliases} row when an event's id stops
 * naming an event because its mentions merged into another.
 */
final class EventLinker {

    /** How far apart in days stored mentions may lie from a new one to be clustered with it again. */
    static final int WINDOW_DAYS = 45;

    /** Hands out prepared statements (the store's cache). */
    interface Statements {
        PreparedStatement get(String sql) throws SQLException;
    }

    private static final String FACTS = """
            SELECT m.id, m.article_id, a.date AS article_date, m.sentence, m.cameo, m.plover, m.quad_class, m.goldstein,
                   m.source_code, m.target_code, m.reciprocal, m.modality, m.date_begin, m.date_end, m.date_precision,
                   m.date_basis, m.place_name, m.place_country, m.place_geonameid, m.place_lat, m.place_lon,
                   m.place_precision, m.place_basis,
                   a.source_id, a.url,
                   a.near_duplicate_of, m.fatalities, m.confidence, m.event_id,
                   m.plover_mode, m.plover_aux_mode, m.plover_context, m.acled_event_type, m.acled_sub_event_type, m.penta
            FROM event_mentions m JOIN articles a ON a.id = m.article_id
            """;

    /** The event columns the linker writes, in order, after the id. */
    private static final List<String> EVENT_COLUMNS = List.of("cameo", "cameo_root", "plover", "quad_class", "goldstein",
            "reciprocal", "modality", "source_code", "source_country", "target_code", "target_country", "date_begin",
            "date_end", "date_precision", "place_name", "place_country", "place_geonameid", "place_lat", "place_lon",
            "place_precision", "fatalities", "num_mentions", "num_sources", "num_articles", "confidence", "merge_reason",
            "plover_mode", "plover_aux_mode", "plover_context", "acled_event_type", "acled_sub_event_type", "penta");
    /** Changes to these are kept in {@code event_history}. */
    private static final Set<String> TRACKED = Set.of("date_begin", "date_end", "date_precision", "place_name",
            "place_country", "place_precision", "cameo", "source_code", "target_code", "fatalities");

    private final Statements statements;
    private final EventClusterer clusterer;

    EventLinker(Statements statements, EventClusterer clusterer) {
        this.statements = Objects.requireNonNull(statements, "statements");
        this.clusterer = Objects.requireNonNull(clusterer, "clusterer");
    }

    /** A stored mention with the event it is linked to now (or null), and its stored views ({@link StoredViews}). */
    private record Linked(MentionFacts facts, String eventId, List<Object> views) {
    }

    /**
     * Links the mentions of one stored article. The caller holds the transaction.
     *
     * @return the number of events written (new or changed)
     */
    int link(String articleId, LocalDateTime now) throws SQLException {
        PreparedStatement own = statements.get(FACTS + " WHERE m.article_id = ?");
        own.setString(1, articleId);
        List<Linked> mine = read(own);
        if (mine.isEmpty()) return 0;

        Set<String> roots = new TreeSet<>();
        LocalDate first = null;
        LocalDate last = null;
        for (Linked l : mine) {
            roots.addAll(clusterer.rules().compatibleRoots(l.facts().root()));
            if (l.facts().dated()) {
                if (first == null || l.facts().dateBegin().isBefore(first)) first = l.facts().dateBegin();
                if (last == null || l.facts().dateEnd().isAfter(last)) last = l.facts().dateEnd();
            }
        }
        String in = roots.stream().map(r -> "?").collect(Collectors.joining(", "));
        String window = first == null ? "" : " AND (m.date_begin IS NULL OR (m.date_end >= ? AND m.date_begin <= ?))";
        PreparedStatement near = statements.get(FACTS + " WHERE m.article_id <> ? AND m.cameo_root IN (" + in + ")" + window);
        int i = 1;
        near.setString(i++, articleId);
        for (String r : roots) near.setString(i++, r);
        if (first != null) {
            near.setObject(i++, first.minusDays(WINDOW_DAYS));
            near.setObject(i, last.plusDays(WINDOW_DAYS));
        }
        Map<String, Linked> all = new TreeMap<>();
        for (Linked l : mine) all.put(l.facts().mentionId(), l);
        Set<String> touchedEvents = new TreeSet<>();
        for (Linked l : read(near)) {
            boolean agrees = mine.stream().anyMatch(m -> clusterer.rules().rootsCompatible(m.facts().root(), l.facts().root())
                    && clusterer.rules().dyadsCompatible(m.facts(), l.facts()));
            if (!agrees) continue;
            all.put(l.facts().mentionId(), l);
            if (l.eventId() != null) touchedEvents.add(l.eventId());
        }
        // whole events: a mention outside the window still belongs to the event it was merged into
        if (!touchedEvents.isEmpty()) {
            PreparedStatement members = statements.get(FACTS + " WHERE m.event_id IN ("
                    + touchedEvents.stream().map(e -> "?").collect(Collectors.joining(", ")) + ")");
            int j = 1;
            for (String e : touchedEvents) members.setString(j++, e);
            for (Linked l : read(members)) all.putIfAbsent(l.facts().mentionId(), l);
        }
        return write(new ArrayList<>(all.values()), articleId, now);
    }

    private int write(List<Linked> linked, String articleId, LocalDateTime now) throws SQLException {
        List<MergedEvent> events = clusterer.cluster(linked.stream().map(Linked::facts).toList());
        Map<String, String> oldEventOf = new HashMap<>();
        Set<String> oldIds = new TreeSet<>();
        for (Linked l : linked) {
            oldEventOf.put(l.facts().mentionId(), l.eventId());
            if (l.eventId() != null) oldIds.add(l.eventId());
        }
        Set<String> newIds = events.stream().map(MergedEvent::id).collect(Collectors.toCollection(TreeSet::new));
        Map<String, List<Object>> viewsOf = new HashMap<>();
        for (Linked l : linked) viewsOf.put(l.facts().mentionId(), l.views());
        int written = 0;
        // old id -> new id -> mentions moved
        Map<String, Map<String, Integer>> moves = new TreeMap<>();
        for (MergedEvent e : events) {
            if (upsert(e, viewsOf, articleId, now)) written++;
            for (MentionFacts m : e.mentions()) {
                String old = oldEventOf.get(m.mentionId());
                if (e.id().equals(old)) continue;
                if (old != null) moves.computeIfAbsent(old, k -> new TreeMap<>()).merge(e.id(), 1, Integer::sum);
                PreparedStatement set = statements.get("UPDATE event_mentions SET event_id = ? WHERE id = ?");
                set.setString(1, e.id());
                set.setString(2, m.mentionId());
                set.executeUpdate();
            }
        }
        for (String old : oldIds) {
            if (newIds.contains(old)) continue;
            Map<String, Integer> to = moves.getOrDefault(old, Map.of());
            // the event that took most of its mentions; on a tie the smallest id (the map is sorted)
            String into = null;
            for (Map.Entry<String, Integer> m : to.entrySet()) {
                if (into == null || m.getValue() > to.get(into)) into = m.getKey();
            }
            PreparedStatement delete = statements.get("DELETE FROM events WHERE id = ?");
            delete.setString(1, old);
            delete.executeUpdate();
            if (into == null) continue;
            PreparedStatement alias = statements.get(
                    "INSERT OR REPLACE INTO event_aliases (id, merged_into, merged_at, article_id) VALUES (?, ?, ?, ?)");
            alias.setString(1, old);
            alias.setString(2, into);
            alias.setObject(3, now);
            alias.setString(4, articleId);
            alias.executeUpdate();
            // aliases of the old id now lead to where it went
            PreparedStatement chain = statements.get("UPDATE event_aliases SET merged_into = ? WHERE merged_into = ?");
            chain.setString(1, into);
            chain.setString(2, old);
            chain.executeUpdate();
            history(into, now, articleId, "merged", old, into);
        }
        return written;
    }

    /** Inserts or updates one event row; records tracked changes. Whether anything was written. */
    private boolean upsert(MergedEvent e, Map<String, List<Object>> viewsOf, String articleId, LocalDateTime now)
            throws SQLException {
        List<Object> values = values(e, viewsOf);
        PreparedStatement read = statements.get("SELECT " + String.join(", ", EVENT_COLUMNS) + " FROM events WHERE id = ?");
        read.setString(1, e.id());
        List<Object> old = null;
        try (ResultSet r = read.executeQuery()) {
            if (r.next()) {
                old = new ArrayList<>();
                for (int i = 0; i < EVENT_COLUMNS.size(); i++) old.add(r.getObject(i + 1));
            }
        }
        if (old == null) {
            PreparedStatement insert = statements.get("INSERT INTO events (id, " + String.join(", ", EVENT_COLUMNS)
                    + ", first_seen, updated_at) VALUES (?, " + EVENT_COLUMNS.stream().map(c -> "?").collect(Collectors.joining(", "))
                    + ", ?, ?)");
            insert.setString(1, e.id());
            for (int i = 0; i < values.size(); i++) insert.setObject(i + 2, values.get(i));
            insert.setObject(values.size() + 2, now);
            insert.setObject(values.size() + 3, now);
            insert.executeUpdate();
            // an id that had merged into another event names an event again (the mentions split)
            PreparedStatement unalias = statements.get("DELETE FROM event_aliases WHERE id = ?");
            unalias.setString(1, e.id());
            unalias.executeUpdate();
            return true;
        }
        boolean changed = false;
        for (int i = 0; i < values.size(); i++) {
            String was = text(old.get(i));
            String is = text(values.get(i));
            if (Objects.equals(was, is)) continue;
            changed = true;
            if (TRACKED.contains(EVENT_COLUMNS.get(i))) history(e.id(), now, articleId, EVENT_COLUMNS.get(i), was, is);
        }
        if (!changed) return false;
        PreparedStatement update = statements.get("UPDATE events SET " + EVENT_COLUMNS.stream().map(c -> c + " = ?")
                .collect(Collectors.joining(", ")) + ", updated_at = ? WHERE id = ?");
        for (int i = 0; i < values.size(); i++) update.setObject(i + 1, values.get(i));
        update.setObject(values.size() + 1, now);
        update.setString(values.size() + 2, e.id());
        update.executeUpdate();
        return true;
    }

    private void history(String eventId, LocalDateTime now, String articleId, String field, String was, String is)
            throws SQLException {
        PreparedStatement h = statements.get("""
                INSERT INTO event_history (event_id, changed_at, article_id, field, old_value, new_value)
                VALUES (?, ?, ?, ?, ?, ?)""");
        h.setString(1, eventId);
        h.setObject(2, now);
        h.setString(3, articleId);
        h.setString(4, field);
        h.setString(5, was);
        h.setString(6, is);
        h.executeUpdate();
    }

    /** Values compare as text: DuckDB hands back its own numeric and date types. */
    private static String text(Object v) {
        if (v == null) return null;
        if (v instanceof Double || v instanceof Float) return String.format(Locale.ROOT, "%.6f", ((Number) v).doubleValue());
        if (v instanceof java.sql.Date d) return d.toLocalDate().toString();
        return v.toString();
    }

    private static List<Object> values(MergedEvent e, Map<String, List<Object>> viewsOf) {
        MentionFacts coded = e.coded();
        MentionFacts date = e.date();
        MentionFacts place = e.place();
        List<Object> out = new ArrayList<>(Arrays.asList(e.cameo(), e.root(), coded.plover(), coded.quadClass(), coded.goldstein(), e.reciprocal(),
                e.modality().label(), e.sourceCode(), country(e.sourceCode()), e.targetCode(), country(e.targetCode()),
                date == null ? null : date.dateBegin(), date == null ? null : date.dateEnd(),
                date == null || date.datePrecision() == null ? null : date.datePrecision().label(),
                place == null ? null : place.placeName(), place == null ? null : place.placeCountry(),
                place == null ? null : place.placeGeonameid(), place == null ? null : place.lat(),
                place == null ? null : place.lon(),
                place == null || place.placePrecision() == null ? null : place.placePrecision().label(),
                e.fatalities(), e.numMentions(), e.numSources(), e.numArticles(), e.confidence(), e.mergeReason()));
        out.addAll(viewsOf.getOrDefault(viewMention(e).mentionId(),
                java.util.Collections.nCopies(StoredViews.EVENT_COLUMNS.size(), null)));
        return out;
    }

    /**
     * The mention whose views the event shows: the first (earliest published) with the event's code and modality,
     * else with its modality, so that the views agree with the event's modality (a negated event has no ACLED type).
     */
    private static MentionFacts viewMention(MergedEvent e) {
        Modality modality = e.modality();
        MentionFacts sameModality = null;
        for (MentionFacts m : e.mentions()) {
            Modality mm = m.modality() == null ? Modality.ASSERTED : m.modality();
            if (mm != modality) continue;
            if (m.cameo().equals(e.cameo())) return m;
            if (sameModality == null) sameModality = m;
        }
        return sameModality != null ? sameModality : e.coded();
    }

    private static String country(String code) {
        return code == null || code.length() < 3 || code.startsWith("---") ? null : code.substring(0, 3);
    }

    private static List<Linked> read(PreparedStatement p) throws SQLException {
        List<Linked> out = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                String basis = r.getString("date_basis");
                MentionFacts f = new MentionFacts(r.getString("id"), r.getString("article_id"),
                        r.getObject("article_date", LocalDate.class), r.getInt("sentence"), r.getString("cameo"),
                        r.getString("plover"), r.getObject("quad_class", Integer.class), r.getObject("goldstein", Double.class),
                        r.getString("source_code"), r.getString("target_code"), r.getBoolean("reciprocal"),
                        modality(r.getString("modality")), r.getObject("date_begin", LocalDate.class),
                        r.getObject("date_end", LocalDate.class), precision(r.getString("date_precision")),
                        "dateline".equals(basis) || "article".equals(basis),
                        r.getString("place_name"), r.getString("place_country"), r.getObject("place_geonameid", Long.class),
                        r.getObject("place_lat", Double.class), r.getObject("place_lon", Double.class),
                        precision(r.getString("place_precision")),
                        "dateline".equals(r.getString("place_basis")) || "actor".equals(r.getString("place_basis")),
                        outlet(r.getString("source_id"), r.getString("url")), r.getString("near_duplicate_of"),
                        r.getObject("fatalities", Integer.class), r.getDouble("confidence"));
                List<Object> views = new ArrayList<>(StoredViews.EVENT_COLUMNS.size());
                for (String column : StoredViews.EVENT_COLUMNS) views.add(r.getObject(column));
                out.add(new Linked(f, r.getString("event_id"), views));
            }
        }
        return out;
    }

    /** The outlet: the article's source, else the host of its URL without "www.". */
    static String outlet(String sourceId, String url) {
        if (sourceId != null) return sourceId;
        if (url == null) return null;
        try {
            String host = java.net.URI.create(url.strip()).getHost();
            if (host == null || host.isEmpty()) return null;
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Modality modality(String label) {
        return label == null ? null : Modality.valueOf(label.toUpperCase(Locale.ROOT));
    }

    private static Precision precision(String label) {
        return label == null ? null : Precision.valueOf(label.toUpperCase(Locale.ROOT));
    }

}
