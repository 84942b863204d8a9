package org.annalist.store;

import java.nio.file.Path;

/**
 * A file an export wrote.
 *
 * @param file    where
 * @param rows    data rows (events, mentions or table rows) written
 * @param skipped events of the asked range the format cannot hold (no PLOVER type, no ACLED event type, a
 *                mention not yet merged into an event)
 */
public record ExportedFile(Path file, long rows, long skipped) {
}
