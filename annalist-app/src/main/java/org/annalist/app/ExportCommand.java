package org.annalist.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.ontology.CameoCatalog;
import org.annalist.pipeline.Pipeline;
import org.annalist.store.EventStore;
import org.annalist.store.ExportFormat;
import org.annalist.store.ExportedFile;
import org.annalist.store.StoreExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes the stored events in formats other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the stored events in formats other tools read, into --out DIR:",
                "  gdelt     GDELT 2.0 Events, 61 tab-separated columns (annalist.export.CSV)",
                "  mentions  GDELT 2.0 Mentions, 16 tab-separated columns (annalist.mentions.CSV)",
                "  plover    PLOVER event records, JSON lines (plover.jsonl)",
                "  acled     ACLED-style CSV for events that took place and have an ACLED event type (acled.csv)",
                "  parquet   every table of the store as TABLE.parquet",
                "--from/--to keep the events whose dates overlap the range. Background events (history a story "
                        + "recalls) are left out of gdelt, mentions and acled, and marked 'historical' in plover."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--format", required = true, description = "gdelt, mentions, plover, acled or parquet")
    String format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory to write into (created when missing)")
    Path out;

    @Option(names = "--from", description = "events whose date interval ends on or after this day (YYYY-MM-DD)")
    LocalDate from;

    @Option(names = "--to", description = "events whose date interval starts on or before this day (YYYY-MM-DD)")
    LocalDate to;

    @Override
    public Integer call() throws Exception {
        ExportFormat f;
        try {
            f = ExportFormat.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("annalist: unknown export format '" + format + "' (gdelt, mentions, plover, acled, parquet)");
            return 2;
        }
        long start = System.nanoTime();
        List<ExportedFile> files;
        try (EventStore db = store.open()) {
            files = new StoreExport(db, CameoCatalog.load(), "annalist " + Pipeline.VERSION).write(f, out, from, to);
        }
        for (ExportedFile file : files) {
            String skipped = file.skipped() == 0 ? "" : String.format(Locale.ROOT, " (%,d %s)", file.skipped(),
                    f == ExportFormat.MENTIONS ? "mentions in the range not merged into an event yet"
                            : "events left out: the format cannot hold them, or they are background");
            System.out.printf(Locale.ROOT, "%s  %,d rows%s%n", file.file(), file.rows(), skipped);
        }
        System.err.printf(Locale.ROOT, "%s export done in %.1f s%n", f.label(), (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
