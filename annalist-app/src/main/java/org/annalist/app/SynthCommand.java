package org.annalist.app;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.store.EventStore;
import org.annalist.store.SyntheticEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Fills an empty store with synthetic events, for the query benchmark and for trying the exports. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Write synthetic but plausible events into the events table of a new store.",
                "Dyads, roles, CAMEO codes (with Goldstein, QuadClass, PLOVER), dates over " + SyntheticEvents.YEARS
                        + " years from 2015-01-01, towns with coordinates and report counts follow realistic skews;"
                        + " rows are stored in date order. The same --seed gives the same events. Use a file of its"
                        + " own: the events table must be empty."})
final class SynthCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--events", required = true, description = "how many events to write (1000000 for the benchmark)")
    long events;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (events < 0) {
            System.err.println("annalist: --events must not be negative");
            return 2;
        }
        boolean terminal = System.console() != null;
        long start = System.nanoTime();
        long written;
        try (EventStore db = store.open()) {
            written = new SyntheticEvents().write(db, events, seed, n -> {
                if (terminal) System.err.printf(Locale.ROOT, "\r%,d events", n);
            });
        }
        if (terminal) System.err.print("\r\033[K");
        System.out.printf(Locale.ROOT, "%,d synthetic events written to %s in %.1f s (seed %d)%n", written,
                store.db, (System.nanoTime() - start) / 1e9, seed);
        return 0;
    }
}
