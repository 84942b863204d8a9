/**
 * The embedded store: one DuckDB file holding articles (with every URL they were seen at), the event
 * mentions coded from them, the events they were merged into, and the inputs that were skipped. In:
 * {@link org.annalist.model.Article} and its {@link org.annalist.model.EventMention}s; out: flat
 * {@link org.annalist.store.StoredEvent} mention rows that {@link org.annalist.store.StoredEventFormat} renders as a
 * table, CSV or JSON, and {@link org.annalist.store.EventRecord} event rows that
 * {@link org.annalist.store.EventSearch} finds with an {@link org.annalist.store.EventFilter} (dyad, codes, dates,
 * radius, sources) and {@link org.annalist.store.EventRecordFormat} renders.
 * {@link org.annalist.store.StoreExport} writes GDELT 2.0 Events and Mentions, PLOVER JSON lines, ACLED-style CSV
 * and Parquet; {@link org.annalist.store.SyntheticEvents} fills a new store with plausible events for benchmarks.
 *
 * <p>An article's author, site name and outlet ({@code sources}, keyed by domain) are stored with it. Exact
 * duplicates (same normalised body, hence same id) are stored once with every URL; near duplicates
 * (syndicated copies) are stored and linked to the first copy ({@link org.annalist.store.NearDuplicates},
 * {@link org.annalist.store.MinHashSignature}).
 *
 * <p>{@link org.annalist.store.EventLinker} merges each new article's mentions with their stored neighbours (the
 * rules live in {@code org.annalist.events}) inside the article's transaction; {@link
 * org.annalist.store.EventStore#event(String)} reads one event back with its mentions, history and aliases as an
 * {@link org.annalist.store.EventDetail}.
 *
 * <p>Each mention and event row also keeps its views in the other ontologies (schema version 4,
 * {@link org.annalist.store.StoredViews}: PLOVER mode, auxiliary mode and contexts, ACLED event and sub-event type,
 * five-way class), which the tables, CSV, JSON and exports show and {@link org.annalist.store.EventFilter#acled()}
 * filters on. Background events (history a story recalls) are left out of the GDELT and ACLED exports and marked
 * "historical" in PLOVER's.
 *
 * <p>DuckDB lets one process open a database file for writing; other processes are refused until it
 * closes the file. Open one {@link org.annalist.store.EventStore} per process and share it.
 */
package org.annalist.store;
