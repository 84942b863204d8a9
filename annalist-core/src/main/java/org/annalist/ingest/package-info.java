/**
 * Sources to {@link org.annalist.model.RawDocument}s: files, directories (recursively) and standard input, each
 * sniffed by its first bytes ({@link org.annalist.ingest.SourceFormat}): HTML pages and texts, JSON Lines dumps
 * (FORMATS.md §5), RSS/Atom feeds ({@link org.annalist.ingest.FeedReader}, ROME with a lenient jsoup fallback),
 * WARC and WARC.gz archives ({@link org.annalist.ingest.WarcArchiveReader}, jwarc), and gzip files of any of them
 * ({@link org.annalist.ingest.GzipMemberStream}, which reads on after a corrupt member and keeps what came
 * before a truncation).
 *
 * <p>Streaming: JSON Lines line by line, archives record by record, in constant memory (a 1.5 GB WARC.gz reads in
 * a 64 MiB heap; figures in the README). What cannot be read becomes a {@link org.annalist.ingest.Skip} with its
 * reason, and reading goes on; refusals of one kind inside an archive (non-HTML records, non-2xx responses) are
 * one grouped skip with a count.
 */
package org.annalist.ingest;
