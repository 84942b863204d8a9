package org.annalist.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.annalist.ontology.CameoCatalog;

/**
 * Writes the events of a store in formats that other tools read: GDELT 2.0 Events and Mentions, PLOVER JSON lines,
 * ACLED-style CSV, and Parquet of every table; background events are left out of GDELT (both files) and ACLED and
 * marked in PLOVER. A date range keeps the events whose interval overlaps it (and, for
 * Mentions, the reports of those events); null ends are open.
 */
public final class StoreExport {

    private static final String EVENT_COLUMNS =
            EventRecord.COLUMNS.stream().map(c -> "e." + c.name()).collect(java.util.stream.Collectors.joining(", "));

    private final EventStore store;
    private final CameoCatalog catalog;
    private final String coder;

    /**
     * @param store   the store to read, which stays open and owned by the caller
     * @param catalog the CAMEO codes, for GDELT's Goldstein values and root codes (ACLED and PLOVER read the stored views)
     * @param coder   the name and version of the coder, written where a format records it ("annalist 0.1.0")
     */
    public StoreExport(EventStore store, CameoCatalog catalog, String coder) {
        this.store = Objects.requireNonNull(store, "store");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.coder = coder == null ? "annalist" : coder;
    }

    /**
     * Writes {@code format} into {@code dir} (created when missing), replacing files of the same name.
     *
     * @return the files written, with their row counts
     * @throws StoreException when the store cannot be read or a file cannot be written
     */
    public List<ExportedFile> write(ExportFormat format, Path dir, LocalDate from, LocalDate to) throws StoreException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(dir, "dir");
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create directory " + dir + ": " + e.getMessage(), e);
        }
        EventFilter range = EventFilter.all().between(from, to);
        try {
            return switch (format) {
                case GDELT -> List.of(events(dir.resolve("annalist.export.CSV"), range, new GdeltRows(catalog)));
                case PLOVER -> List.of(events(dir.resolve("plover.jsonl"), range, new PloverRecords(coder)));
                case ACLED -> List.of(events(dir.resolve("acled.csv"), range, new AcledRows()));
                case MENTIONS -> List.of(mentions(dir.resolve("annalist.mentions.CSV"), range));
                case PARQUET -> parquet(dir, from, to);
            };
        } catch (UncheckedIOException e) {
            throw new StoreException(e.getMessage(), e.getCause());
        }
    }

    /** Turns events into lines of one format. */
    interface EventLines {
        /** Written once before the events, or null. */
        String header();

        /** The line of one event (without line end), or null when the format cannot hold it. */
        String line(ReportedEvent e);
    }

    private ExportedFile events(Path file, EventFilter range, EventLines format) throws StoreException {
        EventSearch.Sql where = EventSearch.where(range);
        String sql = """
                WITH reports AS (
                  SELECT m.event_id,
                         first(m.source_text ORDER BY a.ingested_at, m.article_id, m.sentence) FILTER (WHERE m.source_text IS NOT NULL) AS source_text,
                         first(m.target_text ORDER BY a.ingested_at, m.article_id, m.sentence) FILTER (WHERE m.target_text IS NOT NULL) AS target_text,
                         first(a.url ORDER BY a.ingested_at, m.article_id, m.sentence) FILTER (WHERE a.url IS NOT NULL) AS url,
                         first(a.title ORDER BY a.ingested_at, m.article_id, m.sentence) AS title,
                         first(m.evidence ORDER BY a.ingested_at, m.article_id, m.sentence) AS evidence,
                         min(m.sentence) AS first_sentence,
                         string_agg(DISTINCT coalesce(s.name, a.site_name, s.domain), '; ' ORDER BY coalesce(s.name, a.site_name, s.domain)) AS sources
                  FROM event_mentions m JOIN articles a ON a.id = m.article_id LEFT JOIN sources s ON s.id = a.source_id
                  WHERE m.event_id IS NOT NULL
                  GROUP BY m.event_id)
                SELECT %s, r.source_text, r.target_text, r.url, r.title, r.evidence, r.first_sentence, r.sources
                FROM (SELECT * FROM events WHERE %s) e LEFT JOIN reports r ON r.event_id = e.id
                ORDER BY e.date_begin NULLS LAST, e.date_end NULLS LAST, e.id"""
                .formatted(EVENT_COLUMNS, where.where());
        return store.onConnection("export events to " + file, c -> {
            long rows = 0;
            long skipped = 0;
            try (PreparedStatement p = c.prepareStatement(sql); Writer w = writer(file)) {
                for (int i = 0; i < where.args().size(); i++) p.setObject(i + 1, where.args().get(i));
                if (format.header() != null) w.write(format.header());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        int n = EventRecord.COLUMNS.size();
                        ReportedEvent e = new ReportedEvent(EventSearch.row(r), r.getString(n + 1),
                                r.getString(n + 2), r.getString(n + 3), r.getString(n + 4), r.getString(n + 5),
                                r.getObject(n + 6, Integer.class), r.getString(n + 7));
                        String line = format.line(e);
                        if (line == null) {
                            skipped++;
                        } else {
                            w.write(line);
                            w.write('\n');
                            rows++;
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
            return new ExportedFile(file, rows, skipped);
        });
    }

    private ExportedFile mentions(Path file, EventFilter range) throws StoreException {
        EventSearch.Sql where = EventSearch.where(range);
        String sql = """
                SELECT e.id AS event_id, e.first_seen, a.ingested_at, a.url, a.origin, a.site_name,
                       coalesce(s.name, s.domain) AS source_name, length(a.text) AS doc_len,
                       m.sentence, m.source_start, m.target_start, m.trigger_start, m.confidence
                FROM (SELECT id, first_seen, date_begin, date_end FROM events
                      WHERE %s AND modality IS DISTINCT FROM 'background') e
                JOIN event_mentions m ON m.event_id = e.id
                JOIN articles a ON a.id = m.article_id
                LEFT JOIN sources s ON s.id = a.source_id
                ORDER BY e.date_begin NULLS LAST, e.date_end NULLS LAST, e.id, a.ingested_at, m.article_id, m.sentence"""
                .formatted(where.where());
        return store.onConnection("export mentions to " + file, c -> {
            long rows = 0;
            try (PreparedStatement p = c.prepareStatement(sql); Writer w = writer(file)) {
                for (int i = 0; i < where.args().size(); i++) p.setObject(i + 1, where.args().get(i));
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        w.write(GdeltRows.mention(r));
                        w.write('\n');
                        rows++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
            return new ExportedFile(file, rows, unmerged(c, range));
        });
    }

    /** Mentions dated in the range that no event holds yet. */
    private static long unmerged(Connection c, EventFilter range) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM event_mentions WHERE event_id IS NULL");
        List<Object> args = new ArrayList<>();
        if (range.to() != null) {
            sql.append(" AND coalesce(date_begin, date_end) <= ?");
            args.add(range.to());
        }
        if (range.from() != null) {
            sql.append(" AND coalesce(date_end, date_begin) >= ?");
            args.add(range.from());
        }
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) p.setObject(i + 1, args.get(i));
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * Every table as {@code TABLE.parquet}. With a date range, {@code events} keeps the overlapping events and
     * {@code event_mentions} the mentions dated in the range; the other tables are written whole.
     */
    private List<ExportedFile> parquet(Path dir, LocalDate from, LocalDate to) throws StoreException {
        EventFilter range = EventFilter.all().between(from, to);
        return store.onConnection("export Parquet to " + dir, c -> {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database()"
                            + " AND schema_name = 'main' AND NOT temporary ORDER BY table_name")) {
                while (r.next()) tables.add(r.getString(1));
            }
            List<ExportedFile> out = new ArrayList<>();
            for (String table : tables) {
                Path file = dir.resolve(table + ".parquet").toAbsolutePath();
                String select = "SELECT * FROM " + quoteIdentifier(table);
                List<Object> args = new ArrayList<>();
                if (table.equals("events") && (from != null || to != null)) {
                    EventSearch.Sql where = EventSearch.where(range);
                    select += " WHERE " + where.where();
                    args.addAll(where.args());
                } else if (table.equals("event_mentions") && (from != null || to != null)) {
                    select += " WHERE true";
                    if (to != null) {
                        select += " AND coalesce(date_begin, date_end) <= ?";
                        args.add(to);
                    }
                    if (from != null) {
                        select += " AND coalesce(date_end, date_begin) >= ?";
                        args.add(from);
                    }
                }
                // COPY takes no parameters: dates are inlined as typed literals, which are safe (LocalDate.toString)
                String inlined = select;
                for (Object a : args) {
                    inlined = inlined.replaceFirst("\\?", a instanceof LocalDate d ? "DATE '" + d + "'"
                            : java.util.regex.Matcher.quoteReplacement(a.toString()));
                }
                long rows;
                try (Statement s = c.createStatement()) {
                    s.execute("COPY (" + inlined + ") TO '" + file.toString().replace("'", "''")
                            + "' (FORMAT parquet, COMPRESSION zstd)");
                    try (ResultSet r = s.executeQuery("SELECT count(*) FROM read_parquet('"
                            + file.toString().replace("'", "''") + "')")) {
                        r.next();
                        rows = r.getLong(1);
                    }
                }
                out.add(new ExportedFile(file, rows, 0));
            }
            return out;
        });
    }

    private static String quoteIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }
}
