package org.annalist.app;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress report on a terminal (documents, documents/s, events, skipped, ETA when the total is
 * known); silent when standard error is not a terminal.
 */
final class Progress {
    private final PrintStream out;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastPrint;

    Progress(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    static Progress onTerminal() {
        return new Progress(System.err, System.console() != null && System.getenv("ANNALIST_NO_PROGRESS") == null);
    }

    boolean enabled() {
        return enabled;
    }

    synchronized void update(long documents, long events, long skipped, long total) {
        if (!enabled) return;
        long now = System.nanoTime();
        if (now - lastPrint < 500_000_000L) return;
        lastPrint = now;
        double seconds = (now - started) / 1e9;
        double rate = documents / Math.max(seconds, 1e-9);
        String eta = total > 0 && rate > 0 ? String.format(Locale.ROOT, ", ETA %ds", (long) ((total - documents) / rate)) : "";
        out.printf(Locale.ROOT, "\r%,d documents, %.1f docs/s, %,d events, %,d skipped%s   ", documents, rate, events, skipped, eta);
        out.flush();
    }

    synchronized void done() {
        if (enabled && lastPrint != 0) out.print("\r\033[K");
    }
}
