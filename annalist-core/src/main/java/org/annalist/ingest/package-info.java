/**
 * Sources to {@link org.annalist.model.RawDocument}s: files, directories (recursively), standard input and
 * JSON Lines dumps (FORMATS.md §5). Streaming: one document in memory at a time; a JSONL file is read line
 * by line. What cannot be read becomes a {@link org.annalist.ingest.Skip} with its reason, and reading goes on.
 */
package org.annalist.ingest;
