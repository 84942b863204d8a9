package org.annalist.app;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.model.Modality;
import org.annalist.store.EventQuery;
import org.annalist.store.EventStore;
import org.annalist.store.StoredEvent;
import org.annalist.store.StoredEventFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Queries the stored events. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Query the events in the store, with filters, as a table, CSV or JSON.")
final class EventsCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @Mixin
    StoreOptions store;

    @Option(names = "--actor", description = "source or target actor code prefix (ARM matches ARMGOV, ARMMIL)")
    String actor;

    @Option(names = "--cameo", description = "CAMEO code prefix (19 = every fight code, 041 = phone calls)")
    String cameo;

    @Option(names = "--from", description = "events whose date interval ends on or after this day (YYYY-MM-DD)")
    LocalDate from;

    @Option(names = "--to", description = "events whose date interval starts on or before this day (YYYY-MM-DD)")
    LocalDate to;

    @Option(names = "--country", description = "ISO alpha-2 country of the event's place (AZ), or a CAMEO country code of an actor (AZE)")
    String country;

    @Option(names = "--modality", description = "asserted, negated, hypothetical, intended or reported")
    String modality;

    @Option(names = "--limit", description = "at most N events")
    Integer limit;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() throws Exception {
        Modality m = modality == null ? null : Modality.valueOf(modality.trim().toUpperCase(java.util.Locale.ROOT));
        EventQuery q = new EventQuery(actor, cameo, from, to, country, m, limit);
        try (EventStore db = store.open()) {
            List<StoredEvent> events = db.events(q);
            switch (format) {
                case csv -> System.out.print(StoredEventFormat.csv(events));
                case json -> System.out.println(StoredEventFormat.json(events));
                default -> {
                    System.out.print(StoredEventFormat.table(events));
                    System.err.println(events.size() + " events");
                }
            }
        }
        return 0;
    }
}
