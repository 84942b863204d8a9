package org.annalist.app;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.annalist.store.EventDetail;
import org.annalist.store.EventDetailFormat;
import org.annalist.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Shows one real-world event with every report of it. */
@Command(name = "event", mixinStandardHelpOptions = true,
        description = {"Show one event with all its mentions, their sentences, its history and merged ids.",
                "An id that was merged into another event shows that event.",
                "Exit code 1 when no event has the id."})
final class EventCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(paramLabel = "ID", description = "the event id (ev-...)")
    String id;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() throws Exception {
        try (EventStore db = store.open()) {
            Optional<EventDetail> event = db.event(id.strip());
            if (event.isEmpty()) {
                System.err.println("annalist: no event " + id + " in " + store.db);
                return 1;
            }
            System.out.print(format == Format.json ? EventDetailFormat.json(event.get()) + "\n"
                    : EventDetailFormat.text(event.get()));
        }
        return 0;
    }
}
