package org.annalist.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.annalist.events.EventClusterer;
import org.annalist.events.MergeRules;
import org.annalist.model.Article;
import org.annalist.model.Dateline;
import org.annalist.model.EventMention;
import org.annalist.model.Modality;
import org.annalist.model.Precision;

/**
 * Articles, their event mentions and skipped inputs in one DuckDB file.
 *
 * <p>Open it once per process with {@link #open(Path)}: DuckDB allows one process to hold a database
 * file for writing, and refuses others while it is open. Within the process the store may be shared
 * between threads; its methods run one at a time over a single connection.
 *
 * <p>Every article is written in one transaction with its events and their links to real-world events
 * ({@link EventLinker}), so a file never holds half an article, even when the process is killed; ingesting
 * an article again (same id, i.e. same normalised body) only records its URL.
 */
public final class EventStore implements AutoCloseable {

    private static final String EVENT_COLUMNS =
            StoredEvent.COLUMNS.stream().map(StoredEvent.Column::name).collect(Collectors.joining(", "));
    private static final String INSERT_EVENT = "INSERT INTO event_mentions (" + EVENT_COLUMNS + ") VALUES ("
            + StoredEvent.COLUMNS.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    private static final Pattern LOCK_HOLDER = Pattern.compile("PID (\\d+)");

    private final Connection connection;
    private final Path file;
    private final StoreConfig config;
    private final int schemaVersion;
    /** The statements every ingest runs, prepared once rather than planned again for each article. */
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final EventLinker linker = new EventLinker(this::prepared, new EventClusterer(MergeRules.load()));
    private long linkingNanos;

    private EventStore(Connection connection, Path file, StoreConfig config, int schemaVersion) {
        this.connection = connection;
        this.file = file;
        this.config = config;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens the store in {@code dbFile} with {@link StoreConfig#defaults()}: Goldstein and QuadClass of
     * newly ingested events stay empty. Use {@link #open(Path, StoreConfig)} to ingest.
     *
     * @throws StoreException as {@link #open(Path, StoreConfig)}
     */
    public static EventStore open(Path dbFile) throws StoreException {
        return open(dbFile, StoreConfig.defaults());
    }

    /**
     * Opens the store in {@code dbFile}, creating the file, its parent directories and the tables when
     * they do not exist.
     *
     * @throws StoreException when the directories cannot be created, the file is not a DuckDB database,
     *                        another process holds it open, or a newer Annalist wrote it
     */
    public static EventStore open(Path dbFile, StoreConfig config) throws StoreException {
        Objects.requireNonNull(dbFile, "dbFile");
        Objects.requireNonNull(config, "config");
        Path file = dbFile.toAbsolutePath().normalize();
        Path parent = file.getParent();
        try {
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("cannot create directory " + parent + " for the store: " + e.getMessage(), e);
        }
        if (Files.isDirectory(file)) {
            throw new StoreException("cannot open " + file + ": it is a directory, not a database file");
        }
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:duckdb:" + file);
        } catch (SQLException e) {
            throw new StoreException(openFailure(file, e), e);
        }
        try {
            int version = Schema.ensure(c, file.toString());
            return new EventStore(c, file, config, version);
        } catch (SQLException | StoreException | RuntimeException e) {
            try {
                c.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof StoreException se) throw se;
            if (e instanceof RuntimeException re) throw re;
            throw new StoreException("cannot prepare tables in " + file + ": " + clean(e.getMessage()), e);
        }
    }

    private static String openFailure(Path file, SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("not a valid DuckDB database file")) {
            return "cannot open " + file + ": it is not a DuckDB database file";
        }
        if (message.contains("Could not set lock") || message.contains("Conflicting lock")) {
            Matcher pid = LOCK_HOLDER.matcher(message);
            return "cannot open " + file + ": another process" + (pid.find() ? " (PID " + pid.group(1) + ")" : "")
                    + " has it open, and DuckDB allows one process at a time; stop that process or use another file";
        }
        return "cannot open " + file + ": " + clean(message);
    }

    /** DuckDB messages start with an error class ("IO Error: ") and may span lines; keep the first line. */
    private static String clean(String message) {
        if (message == null) return "unknown error";
        String first = message.strip().lines().findFirst().orElse("");
        return first.replaceFirst("^[A-Za-z ]+ Error: ", "");
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** The schema version of the file. */
    public int schemaVersion() {
        return schemaVersion;
    }

    /**
     * Stores an article with the event mentions coded from it, in one transaction.
     *
     * <p>When an article with the same id is already stored, nothing but its URL (if new) is added and
     * the result says {@link IngestResult.Status#DUPLICATE}; the events given are ignored, since the
     * stored ones came from the same text.
     *
     * @param article the article; its id must not be null
     * @param events  the mentions coded from it, each with {@code articleId} equal to the article's id
     * @throws StoreException when writing fails; nothing of the article is then stored
     * @throws IllegalArgumentException when an event belongs to another article
     */
    public synchronized IngestResult ingest(Article article, List<EventMention> events) throws StoreException {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(article.id(), "article id");
        Objects.requireNonNull(events, "events");
        for (EventMention m : events) {
            if (!article.id().equals(m.articleId())) {
                throw new IllegalArgumentException("event " + m.id() + " belongs to article " + m.articleId()
                        + ", not to " + article.id());
            }
        }
        try {
            connection.setAutoCommit(false);
            try {
                IngestResult result = exists(article.id())
                        ? new IngestResult(article.id(), IngestResult.Status.DUPLICATE, 0, addUrls(article))
                        : insertNew(article, events);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                forgetStatements(); // DuckDB closes a statement whose execution failed
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store article " + article.id() + from(article) + ": "
                    + clean(e.getMessage()), e);
        }
    }

    /**
     * Whether an article with this id is stored. Callers can check it before the costly NLP and coding
     * stages, then {@link #ingest} the article with no events to record a new URL.
     */
    public synchronized boolean contains(String articleId) throws StoreException {
        try {
            return exists(articleId);
        } catch (SQLException e) {
            throw new StoreException("cannot look up article " + articleId + " in " + file + ": " + clean(e.getMessage()), e);
        }
    }

    private PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement p = statements.get(sql);
        if (p == null) {
            p = connection.prepareStatement(sql);
            statements.put(sql, p);
        }
        return p;
    }

    private void forgetStatements() {
        for (PreparedStatement p : statements.values()) {
            try {
                p.close();
            } catch (SQLException ignored) {
                // already closed, which is why we forget it
            }
        }
        statements.clear();
    }

    private static String from(Article a) {
        return a.origin() == null ? "" : " from " + a.origin();
    }

    private boolean exists(String articleId) throws SQLException {
        PreparedStatement p = prepared("SELECT 1 FROM articles WHERE id = ?");
        p.setString(1, articleId);
        try (ResultSet r = p.executeQuery()) {
            return r.next();
        }
    }

    /** Every URL of the article (its URL, canonical and fetched); whether any was new. */
    private boolean addUrls(Article a) throws SQLException {
        boolean added = false;
        for (String url : a.urls()) added |= addUrl(a.id(), url);
        return added;
    }

    private boolean addUrl(String articleId, String url) throws SQLException {
        if (url == null || url.isBlank()) return false;
        PreparedStatement p = prepared("INSERT INTO article_urls (article_id, url) VALUES (?, ?) ON CONFLICT DO NOTHING");
        p.setString(1, articleId);
        p.setString(2, url);
        return p.executeUpdate() > 0;
    }

    private IngestResult insertNew(Article a, List<EventMention> events) throws SQLException {
        String coderVersion = config.coderVersion() != null ? config.coderVersion()
                : events.isEmpty() ? null : events.get(0).coderVersion();
        insertArticle(a, coderVersion);
        // near duplicates: the article's MinHash signature and bands, and its link to an earlier copy
        NearDuplicates.link(this::prepared, a.id(), a.text());
        boolean urlAdded = addUrls(a);
        if (!events.isEmpty()) {
            PreparedStatement p = prepared(INSERT_EVENT);
            p.clearBatch(); // a failed batch of an earlier article must not run again
            for (EventMention m : events) {
                StoredEvent row = StoredEvent.of(m, config.codes());
                for (int i = 0; i < StoredEvent.COLUMNS.size(); i++) {
                    p.setObject(i + 1, StoredEvent.COLUMNS.get(i).value().apply(row));
                }
                p.addBatch();
            }
            p.executeBatch();
        }
        link(a.id()); // events: merge the mentions into real-world events (EventLinker); after near_duplicate_of is set
        return new IngestResult(a.id(), IngestResult.Status.STORED, events.size(), urlAdded);
    }

    private void insertArticle(Article a, String coderVersion) throws SQLException {
        Dateline d = a.dateline();
        String sourceId = source(a);
        PreparedStatement p = prepared("""
                INSERT INTO articles (id, url, title, date, language, origin, text, dateline_place, dateline_date,
                                      dateline_source, ingested_at, coder_version, author, site_name, source_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        p.setString(1, a.id());
        p.setString(2, a.url());
        p.setString(3, a.title());
        p.setObject(4, a.date());
        p.setString(5, a.language());
        p.setString(6, a.origin());
        p.setString(7, a.text());
        p.setString(8, d == null ? null : d.place());
        p.setObject(9, d == null ? null : d.date());
        p.setString(10, d == null ? null : d.source());
        p.setObject(11, LocalDateTime.now(ZoneOffset.UTC));
        p.setString(12, coderVersion);
        p.setString(13, a.metadata().author());
        p.setString(14, a.metadata().siteName());
        p.setString(15, sourceId);
        p.executeUpdate();
    }

    private void link(String articleId) throws SQLException {
        long start = System.nanoTime();
        linker.link(articleId, LocalDateTime.now(ZoneOffset.UTC));
        linkingNanos += System.nanoTime() - start;
    }

    /** Time this store spent linking mentions to events since it was opened, in nanoseconds. */
    public synchronized long linkingNanos() {
        return linkingNanos;
    }

    /**
     * Links the stored mentions that belong to no event yet (a store written before events were merged, or by an
     * ingest that stopped before linking), one article per transaction, in article id order.
     *
     * @return the number of articles whose mentions were linked
     * @throws StoreException when writing fails; articles linked before the failure stay linked
     */
    public synchronized int linkPendingMentions() throws StoreException {
        List<String> pending = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT DISTINCT article_id FROM event_mentions WHERE event_id IS NULL ORDER BY article_id");
             ResultSet r = p.executeQuery()) {
            while (r.next()) pending.add(r.getString(1));
        } catch (SQLException e) {
            throw new StoreException("cannot find unlinked mentions in " + file + ": " + clean(e.getMessage()), e);
        }
        for (String articleId : pending) {
            try {
                connection.setAutoCommit(false);
                try {
                    link(articleId);
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    forgetStatements();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new StoreException("cannot link the events of article " + articleId + ": " + clean(e.getMessage()), e);
            }
        }
        return pending.size();
    }

    /**
     * One real-world event with its mentions, history and aliases. An id that was merged into another event
     * leads to that event ({@link EventDetail#requestedId()} keeps the id asked for).
     *
     * @return the event, or empty when no event or alias has this id
     * @throws StoreException when reading fails
     */
    public synchronized Optional<EventDetail> event(String id) throws StoreException {
        Objects.requireNonNull(id, "id");
        try {
            String current = id;
            for (int hops = 0; hops < 100; hops++) {
                try (PreparedStatement p = connection.prepareStatement("SELECT merged_into FROM event_aliases WHERE id = ?")) {
                    p.setString(1, current);
                    try (ResultSet r = p.executeQuery()) {
                        if (!r.next()) break;
                        current = r.getString(1);
                    }
                }
            }
            return EventDetails.read(connection, current, id);
        } catch (SQLException e) {
            throw new StoreException("cannot read event " + id + " from " + file + ": " + clean(e.getMessage()), e);
        }
    }

    /**
     * The id of the event a stored mention was merged into.
     *
     * @return the event id, or null when the mention is unknown or not linked yet
     * @throws StoreException when reading fails
     */
    public synchronized String mentionEventId(String mentionId) throws StoreException {
        try {
            PreparedStatement p = prepared("SELECT event_id FROM event_mentions WHERE id = ?");
            p.setString(1, mentionId);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read mention " + mentionId + " from " + file + ": " + clean(e.getMessage()), e);
        }
    }

    /** Number of real-world events. */
    public synchronized long countMergedEvents() throws StoreException {
        return count("events");
    }

    /**
     * The outlet of an article: a {@code sources} row keyed by the domain of its canonical (else fetched) URL,
     * named after the site name the first article that gave one had. Null when the article has no URL.
     */
    private String source(Article a) throws SQLException {
        String domain = org.annalist.model.PageMetadata.host(a.url());
        if (domain == null) domain = a.metadata().domain();
        if (domain == null) return null;
        PreparedStatement insert = prepared(
                "INSERT INTO sources (id, name, domain, first_seen) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
        insert.setString(1, domain);
        insert.setString(2, a.metadata().siteName());
        insert.setString(3, domain);
        insert.setObject(4, LocalDateTime.now(ZoneOffset.UTC));
        if (insert.executeUpdate() == 0 && a.metadata().siteName() != null) {
            PreparedStatement name = prepared("UPDATE sources SET name = ? WHERE id = ? AND name IS NULL");
            name.setString(1, a.metadata().siteName());
            name.setString(2, domain);
            name.executeUpdate();
        }
        return domain;
    }

    /**
     * Records that an input was refused. Recording the same origin and reason again keeps the first
     * record, so re-running over the same inputs does not pile up skips.
     *
     * @throws StoreException when writing fails
     */
    public synchronized void recordSkip(String origin, String reason) throws StoreException {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(reason, "reason");
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO skips (origin, reason, skipped_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            p.setString(1, origin);
            p.setString(2, reason);
            p.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
            p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record skip of " + origin + ": " + clean(e.getMessage()), e);
        }
    }

    /** All recorded skips, oldest first. */
    public synchronized List<Skip> skips() throws StoreException {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT origin, reason, skipped_at FROM skips ORDER BY skipped_at, origin, reason");
             ResultSet r = p.executeQuery()) {
            List<Skip> out = new ArrayList<>();
            while (r.next()) {
                out.add(new Skip(r.getString(1), r.getString(2),
                        r.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read skips from " + file + ": " + clean(e.getMessage()), e);
        }
    }

    /** Every URL the article was seen at, in alphabetical order; empty for an unknown article. */
    public synchronized List<String> urls(String articleId) throws StoreException {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT url FROM article_urls WHERE article_id = ? ORDER BY url")) {
            p.setString(1, articleId);
            List<String> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read URLs of article " + articleId + ": " + clean(e.getMessage()), e);
        }
    }

    /**
     * The stored event mentions that match every filter of the query, ordered by the first day of their
     * date (undated last), then id.
     *
     * @throws StoreException when reading fails
     */
    public synchronized List<StoredEvent> events(EventQuery q) throws StoreException {
        Objects.requireNonNull(q, "query");
        StringBuilder sql = new StringBuilder("SELECT " + EVENT_COLUMNS + " FROM event_mentions WHERE true");
        List<Object> args = new ArrayList<>();
        if (q.actor() != null) {
            sql.append(" AND (starts_with(source_code, ?) OR starts_with(target_code, ?))");
            args.add(q.actor());
            args.add(q.actor());
        }
        if (q.cameo() != null) {
            sql.append(" AND starts_with(cameo, ?)");
            args.add(q.cameo());
        }
        // An interval with one open end counts as the single day it names.
        if (q.from() != null) {
            sql.append(" AND coalesce(date_end, date_begin) >= ?");
            args.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND coalesce(date_begin, date_end) <= ?");
            args.add(q.to());
        }
        if (q.country() != null) {
            if (q.country().length() == 2) {
                sql.append(" AND upper(place_country) = ?");
                args.add(q.country());
            } else {
                sql.append(" AND (source_country = ? OR target_country = ?)");
                args.add(q.country());
                args.add(q.country());
            }
        }
        if (q.modality() != null) {
            sql.append(" AND modality = ?");
            args.add(q.modality().label());
        }
        sql.append(" ORDER BY coalesce(date_begin, date_end) NULLS LAST, id");
        if (q.limit() != null) {
            sql.append(" LIMIT ?");
            args.add(q.limit());
        }
        try (PreparedStatement p = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) p.setObject(i + 1, args.get(i));
            List<StoredEvent> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(row(r));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read events from " + file + ": " + clean(e.getMessage()), e);
        }
    }

    private static StoredEvent row(ResultSet r) throws SQLException {
        return new StoredEvent(
                r.getString("id"), r.getString("article_id"), r.getInt("sentence"),
                r.getString("cameo"), r.getString("cameo_root"), r.getString("plover"),
                integer(r, "quad_class"), r.getObject("goldstein", Double.class),
                modality(r.getString("modality")), r.getString("attribution"), r.getBoolean("reciprocal"),
                integer(r, "fatalities"),
                r.getString("trigger_text"), integer(r, "trigger_start"), integer(r, "trigger_end"),
                r.getString("source_code"), r.getString("source_text"), integer(r, "source_start"), integer(r, "source_end"),
                r.getString("target_code"), r.getString("target_text"), integer(r, "target_start"), integer(r, "target_end"),
                r.getString("source_country"), r.getString("target_country"),
                r.getString("date_value"), date(r, "date_begin"), date(r, "date_end"),
                precision(r.getString("date_precision")), r.getString("date_basis"),
                r.getString("date_text"), integer(r, "date_text_start"), integer(r, "date_text_end"),
                r.getString("place_name"), r.getString("place_country"), r.getObject("place_geonameid", Long.class),
                r.getObject("place_lat", Double.class), r.getObject("place_lon", Double.class),
                precision(r.getString("place_precision")), r.getString("place_basis"),
                r.getString("place_text"), integer(r, "place_text_start"), integer(r, "place_text_end"),
                r.getString("evidence"), r.getString("rule"), r.getDouble("confidence"), r.getString("coder_version"),
                r.getString("plover_mode"), r.getString("plover_aux_mode"), r.getString("plover_context"),
                r.getString("acled_event_type"), r.getString("acled_sub_event_type"), integer(r, "penta"),
                r.getString("view_basis"));
    }

    private static Integer integer(ResultSet r, String column) throws SQLException {
        return r.getObject(column, Integer.class);
    }

    private static LocalDate date(ResultSet r, String column) throws SQLException {
        return r.getObject(column, LocalDate.class);
    }

    private static Modality modality(String label) {
        return label == null ? null : Modality.valueOf(label.toUpperCase(Locale.ROOT));
    }

    private static Precision precision(String label) {
        return label == null ? null : Precision.valueOf(label.toUpperCase(Locale.ROOT));
    }

    /** Number of stored articles. */
    public synchronized long countArticles() throws StoreException {
        return count("articles");
    }

    /** Number of stored event mentions. */
    public synchronized long countEvents() throws StoreException {
        return count("event_mentions");
    }

    private long count(String table) throws StoreException {
        // table is one of our constants, never user input
        try (PreparedStatement p = connection.prepareStatement("SELECT count(*) FROM " + table);
             ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count " + table + " in " + file + ": " + clean(e.getMessage()), e);
        }
    }

    /** Work on the store's connection that may fail in SQL. */
    interface ConnectionWork<T> {
        T apply(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} on the store's connection, one caller at a time, for the readers and writers beside this
     * class ({@link EventSearch}, {@link StoreExport}, {@link SyntheticEvents}); failures come back as a
     * {@link StoreException} saying {@code what} could not be done.
     */
    synchronized <T> T onConnection(String what, ConnectionWork<T> work) throws StoreException {
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + file + ": " + clean(e.getMessage()), e);
        }
    }

    /** Closes the file, releasing it for other processes. */
    @Override
    public synchronized void close() throws StoreException {
        try {
            forgetStatements();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close " + file + ": " + clean(e.getMessage()), e);
        }
    }
}
