package org.annalist.store;

import java.util.Locale;

/** The file formats {@link StoreExport} writes. */
public enum ExportFormat {
    /** GDELT 2.0 Events: 61 tab-separated columns, no header, one event a line ({@code annalist.export.CSV}). */
    GDELT,
    /** GDELT 2.0 Mentions: 16 tab-separated columns, no header, one report of an event a line. */
    MENTIONS,
    /** PLOVER event records as JSON lines ({@code plover.jsonl}); events of roots 01 and 02 have no PLOVER type. */
    PLOVER,
    /** ACLED-style CSV with a header ({@code acled.csv}); only events whose CAMEO code has an ACLED event type. */
    ACLED,
    /** Every table of the store as a Parquet file ({@code TABLE.parquet}), written by DuckDB. */
    PARQUET;

    /** The lower-case name used on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
