package org.annalist.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The tables of the store and their version. Timestamps are UTC without zone (DuckDB TIMESTAMP), so
 * the file reads the same in any time zone and as Parquet.
 */
final class Schema {

    /** The version this build writes; a file with a higher version was written by a newer Annalist. */
    static final int VERSION = 4;

    static final List<String> V1 = List.of("""
            CREATE TABLE articles (
              id              VARCHAR PRIMARY KEY,
              url             VARCHAR,
              title           VARCHAR,
              date            DATE,
              language        VARCHAR,
              origin          VARCHAR,
              text            VARCHAR,
              dateline_place  VARCHAR,
              dateline_date   DATE,
              dateline_source VARCHAR,
              ingested_at     TIMESTAMP NOT NULL,
              coder_version   VARCHAR
            )""", """
            CREATE TABLE article_urls (
              article_id VARCHAR NOT NULL,
              url        VARCHAR NOT NULL,
              PRIMARY KEY (article_id, url)
            )""", """
            CREATE TABLE event_mentions (
              id               VARCHAR PRIMARY KEY,
              article_id       VARCHAR NOT NULL,
              sentence         INTEGER NOT NULL,
              cameo            VARCHAR NOT NULL,
              cameo_root       VARCHAR,
              plover           VARCHAR,
              quad_class       INTEGER,
              goldstein        DOUBLE,
              modality         VARCHAR,
              attribution      VARCHAR,
              reciprocal       BOOLEAN NOT NULL,
              fatalities       INTEGER,
              trigger_text     VARCHAR,
              trigger_start    INTEGER,
              trigger_end      INTEGER,
              source_code      VARCHAR,
              source_text      VARCHAR,
              source_start     INTEGER,
              source_end       INTEGER,
              target_code      VARCHAR,
              target_text      VARCHAR,
              target_start     INTEGER,
              target_end       INTEGER,
              source_country   VARCHAR,
              target_country   VARCHAR,
              date_value       VARCHAR,
              date_begin       DATE,
              date_end         DATE,
              date_precision   VARCHAR,
              date_basis       VARCHAR,
              date_text        VARCHAR,
              date_text_start  INTEGER,
              date_text_end    INTEGER,
              place_name       VARCHAR,
              place_country    VARCHAR,
              place_geonameid  BIGINT,
              place_lat        DOUBLE,
              place_lon        DOUBLE,
              place_precision  VARCHAR,
              place_basis      VARCHAR,
              place_text       VARCHAR,
              place_text_start INTEGER,
              place_text_end   INTEGER,
              evidence         VARCHAR,
              rule             VARCHAR,
              confidence       DOUBLE NOT NULL,
              coder_version    VARCHAR
            )""",
            // "at" is a reserved word in DuckDB, hence skipped_at.
            """
            CREATE TABLE skips (
              origin     VARCHAR NOT NULL,
              reason     VARCHAR NOT NULL,
              skipped_at TIMESTAMP NOT NULL,
              PRIMARY KEY (origin, reason)
            )""");

    /**
     * Version 2: real-world events (clusters of mentions across articles, with stable ids, counts and a
     * merge reason), their change history, news sources (outlets), and article metadata for syndication
     * (near duplicates are linked, not dropped) and authorship.
     */
    private static final List<String> V2 = List.of(
            "ALTER TABLE articles ADD COLUMN author VARCHAR",
            "ALTER TABLE articles ADD COLUMN site_name VARCHAR",
            // the outlet that published the article (sources.id), or null when unknown
            "ALTER TABLE articles ADD COLUMN source_id VARCHAR",
            // the earlier stored article this one is a near duplicate of (syndicated copy), and how similar
            "ALTER TABLE articles ADD COLUMN near_duplicate_of VARCHAR",
            "ALTER TABLE articles ADD COLUMN near_duplicate_score DOUBLE",
            // the article's MinHash signature over word shingles, for near-duplicate detection
            "ALTER TABLE articles ADD COLUMN minhash BLOB",
            // the real-world event this mention was merged into (events.id)
            "ALTER TABLE event_mentions ADD COLUMN event_id VARCHAR",
            """
            CREATE TABLE sources (
              id         VARCHAR PRIMARY KEY,
              name       VARCHAR,
              domain     VARCHAR,
              first_seen TIMESTAMP NOT NULL
            )""", """
            CREATE TABLE events (
              id              VARCHAR PRIMARY KEY,
              cameo           VARCHAR NOT NULL,
              cameo_root      VARCHAR,
              plover          VARCHAR,
              quad_class      INTEGER,
              goldstein       DOUBLE,
              reciprocal      BOOLEAN NOT NULL,
              modality        VARCHAR,
              source_code     VARCHAR,
              source_country  VARCHAR,
              target_code     VARCHAR,
              target_country  VARCHAR,
              date_begin      DATE,
              date_end        DATE,
              date_precision  VARCHAR,
              place_name      VARCHAR,
              place_country   VARCHAR,
              place_geonameid BIGINT,
              place_lat       DOUBLE,
              place_lon       DOUBLE,
              place_precision VARCHAR,
              fatalities      INTEGER,
              num_mentions    INTEGER NOT NULL,
              num_sources     INTEGER NOT NULL,
              num_articles    INTEGER NOT NULL,
              confidence      DOUBLE NOT NULL,
              merge_reason    VARCHAR,
              first_seen      TIMESTAMP NOT NULL,
              updated_at      TIMESTAMP NOT NULL
            )""", """
            CREATE TABLE article_bands (
              article_id VARCHAR NOT NULL,
              band       INTEGER NOT NULL,
              bucket     BIGINT NOT NULL
            )""",
            // near-duplicate candidates are looked up by bucket (a bucket hash includes its band's number)
            "CREATE INDEX article_bands_bucket ON article_bands (bucket)", """
            CREATE TABLE event_history (
              event_id   VARCHAR NOT NULL,
              changed_at TIMESTAMP NOT NULL,
              article_id VARCHAR,
              field      VARCHAR NOT NULL,
              old_value  VARCHAR,
              new_value  VARCHAR
            )""");

    /**
     * Version 3: event ids that no longer name an event because their event merged into another (ACLED-style
     * updates keep old ids resolvable). No index on event_mentions.event_id: DuckDB turns an update of an indexed
     * column into a delete and insert, which its primary key check refuses within one transaction.
     */
    private static final List<String> V3 = List.of("""
            CREATE TABLE event_aliases (
              id          VARCHAR PRIMARY KEY,
              merged_into VARCHAR NOT NULL,
              merged_at   TIMESTAMP NOT NULL,
              article_id  VARCHAR
            )""");

    /**
     * Version 4: the views of each mention and event in the other ontologies ({@code org.annalist.ontology.EventViews}):
     * PLOVER mode, auxiliary mode and contexts (comma-separated), ACLED event and sub-event type, the ConfliBERT
     * five-way class, and for mentions the rules behind them. Rows of an older store get their views computed from
     * their stored code, actors, modality and sentence ({@link StoredViews#backfill}).
     */
    private static final List<String> V4 = List.of(
            "ALTER TABLE event_mentions ADD COLUMN plover_mode VARCHAR",
            "ALTER TABLE event_mentions ADD COLUMN plover_aux_mode VARCHAR",
            "ALTER TABLE event_mentions ADD COLUMN plover_context VARCHAR",
            "ALTER TABLE event_mentions ADD COLUMN acled_event_type VARCHAR",
            "ALTER TABLE event_mentions ADD COLUMN acled_sub_event_type VARCHAR",
            "ALTER TABLE event_mentions ADD COLUMN penta INTEGER",
            "ALTER TABLE event_mentions ADD COLUMN view_basis VARCHAR",
            "ALTER TABLE events ADD COLUMN plover_mode VARCHAR",
            "ALTER TABLE events ADD COLUMN plover_aux_mode VARCHAR",
            "ALTER TABLE events ADD COLUMN plover_context VARCHAR",
            "ALTER TABLE events ADD COLUMN acled_event_type VARCHAR",
            "ALTER TABLE events ADD COLUMN acled_sub_event_type VARCHAR",
            "ALTER TABLE events ADD COLUMN penta INTEGER");

    /** The statements that bring a database from version {@code i} to {@code i + 1}, index {@code i}. */
    private static final List<List<String>> MIGRATIONS = List.of(V1, V2, V3, V4);

    private Schema() {
    }

    /**
     * Creates the tables in an empty database, brings an older one up to {@link #VERSION} in one transaction, or
     * checks the version of an existing one.
     *
     * @return the schema version of the database
     * @throws StoreException when the file was written by a newer version of Annalist
     */
    static int ensure(Connection c, String file) throws SQLException, StoreException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
            int found = 0;
            try (ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
                if (r.next()) found = r.getInt(1);
            }
            if (found > VERSION) {
                throw new StoreException("cannot open " + file + ": it was written by a newer Annalist (schema version "
                        + found + "; this one reads up to " + VERSION + ")");
            }
            if (found == VERSION) return found;
            c.setAutoCommit(false);
            try {
                for (int v = found; v < VERSION; v++) {
                    for (String ddl : MIGRATIONS.get(v)) s.execute(ddl);
                    // the rows an older version wrote get the columns' values, not NULL
                    if (v == 3) StoredViews.backfill(c);
                }
                try (var p = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?)")) {
                    p.setInt(1, VERSION);
                    p.setObject(2, LocalDateTime.now(ZoneOffset.UTC));
                    p.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            return VERSION;
        }
    }
}
