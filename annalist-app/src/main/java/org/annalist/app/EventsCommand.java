package org.annalist.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.model.Modality;
import org.annalist.store.EventFilter;
import org.annalist.store.EventQuery;
import org.annalist.store.EventRecord;
import org.annalist.store.EventRecordFormat;
import org.annalist.store.EventSearch;
import org.annalist.store.EventStore;
import org.annalist.store.StoredEvent;
import org.annalist.store.StoredEventFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Queries the stored events, or with --mentions the single reports they were merged from. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Query the events in the store, with filters, as a table, CSV or JSON.",
                "Events are what happened, merged from all of its reports. --mentions lists the reports "
                        + "instead: one row per sentence that coded an event."})
final class EventsCommand implements Callable<Integer> {

    enum Format { table, csv, json }

    @Mixin
    StoreOptions store;

    @Option(names = "--mentions", description = "list event mentions (single reports) instead of merged events")
    boolean mentions;

    @Option(names = "--actor", split = ",", paramLabel = "CODE",
            description = "source or target actor code prefix (ARM matches ARMGOV, ARMMIL); give two for a dyad in "
                    + "either direction (--actor USA --actor CHN, or --actor USA,CHN)")
    List<String> actors = new ArrayList<>();

    @Option(names = "--source", paramLabel = "CODE", description = "source actor code prefix (directed)")
    String source;

    @Option(names = "--target", paramLabel = "CODE", description = "target actor code prefix (directed)")
    String target;

    @Option(names = "--cameo", description = "CAMEO code or root prefix (19 = every fight code, 041 = phone calls)")
    String cameo;

    @Option(names = "--plover", description = "PLOVER event type (ASSAULT, CONSULT, PROTEST, ...)")
    String plover;

    @Option(names = "--quad", description = "QuadClass: 1 verbal cooperation, 2 material cooperation, "
            + "3 verbal conflict, 4 material conflict")
    Integer quad;

    @Option(names = "--from", description = "events whose date interval ends on or after this day (YYYY-MM-DD)")
    LocalDate from;

    @Option(names = "--to", description = "events whose date interval starts on or before this day (YYYY-MM-DD)")
    LocalDate to;

    @Option(names = "--country", description = "ISO alpha-2 country of the event's place (AZ), or a CAMEO country code of an actor (AZE)")
    String country;

    @Option(names = "--near", paramLabel = "LAT,LON", description = "events placed within --radius of this point (48.85,2.35)")
    String near;

    @Option(names = "--radius", paramLabel = "KM", defaultValue = "50",
            description = "radius around --near in kilometres (default ${DEFAULT-VALUE})")
    double radius;

    @Option(names = "--min-sources", paramLabel = "N", description = "events reported by at least N distinct sources")
    Integer minSources;

    @Option(names = "--modality", description = "asserted, negated, hypothetical, intended, reported or background "
            + "(history a story recalls, e.g. a war years before it)")
    String modality;

    @Option(names = "--acled", paramLabel = "TYPE", description = "ACLED event type or sub-event type of the event's "
            + "view, any case (Battles, \"Shelling/artillery/missile attack\", \"Peaceful protest\")")
    String acled;

    @Option(names = "--limit", description = "at most N events")
    Integer limit;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json (default ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() throws Exception {
        Modality m = modality == null ? null : modality(modality);
        if (mentions) return listMentions(m);
        EventFilter filter = new EventFilter(actors, source, target, country, cameo, plover, quad, m, from, to,
                near == null ? null : EventFilter.Circle.parse(near, radius), minSources, limit, acled);
        try (EventStore db = store.open()) {
            List<EventRecord> events = new EventSearch(db).find(filter);
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            switch (format) {
                case csv -> EventRecordFormat.csv(events, out);
                case json -> EventRecordFormat.json(events, out);
                default -> out.print(EventRecordFormat.table(events));
            }
            out.flush();
            if (format == Format.table) System.err.println(events.size() + " events");
        }
        return 0;
    }

    private static Modality modality(String label) {
        try {
            return Modality.valueOf(label.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown modality '" + label + "': asserted, negated, hypothetical, "
                    + "intended, reported or background");
        }
    }

    private Integer listMentions(Modality m) throws Exception {
        List<String> unsupported = new ArrayList<>();
        if (actors.size() > 1) unsupported.add("a second --actor");
        if (source != null) unsupported.add("--source");
        if (target != null) unsupported.add("--target");
        if (plover != null) unsupported.add("--plover");
        if (quad != null) unsupported.add("--quad");
        if (near != null) unsupported.add("--near");
        if (minSources != null) unsupported.add("--min-sources");
        if (acled != null) unsupported.add("--acled");
        if (!unsupported.isEmpty()) {
            System.err.println("annalist: with --mentions, " + String.join(", ", unsupported)
                    + " cannot be used (they filter merged events)");
            return 2;
        }
        EventQuery q = new EventQuery(actors.isEmpty() ? null : actors.get(0), cameo, from, to, country, m, limit);
        try (EventStore db = store.open()) {
            List<StoredEvent> events = db.events(q);
            switch (format) {
                case csv -> System.out.print(StoredEventFormat.csv(events));
                case json -> System.out.println(StoredEventFormat.json(events));
                default -> {
                    System.out.print(StoredEventFormat.table(events));
                    System.err.println(events.size() + " mentions");
                }
            }
        }
        return 0;
    }
}
