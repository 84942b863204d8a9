/**
 * The embedded store: one DuckDB file holding articles (with every URL they were seen at), the event
 * mentions coded from them, and the inputs that were skipped. In: {@link org.annalist.model.Article} and
 * its {@link org.annalist.model.EventMention}s; out: flat {@link org.annalist.store.StoredEvent} rows
 * that {@link org.annalist.store.StoredEventFormat} renders as a table, CSV or JSON, and real-world events:
 * {@link org.annalist.store.EventLinker} merges each new article's mentions with their stored neighbours (the
 * rules live in {@code org.annalist.events}) inside the article's transaction, and
 * {@link org.annalist.store.EventStore#event(String)} reads one event back as an
 * {@link org.annalist.store.EventDetail}.
 *
 * <p>DuckDB lets one process open a database file for writing; other processes are refused until it
 * closes the file. Open one {@link org.annalist.store.EventStore} per process and share it.
 */
package org.annalist.store;
