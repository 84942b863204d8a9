package org.annalist.app;

import java.util.concurrent.Callable;
import org.annalist.store.EventStore;
import org.annalist.store.Skip;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Lists the inputs that ingest refused. */
@Command(name = "skips", mixinStandardHelpOptions = true,
        description = "List the inputs that ingest refused, with the reason and when.")
final class SkipsCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws Exception {
        try (EventStore db = store.open()) {
            TextTable t = new TextTable(100, "when", "input", "reason");
            for (Skip s : db.skips()) t.row(s.skippedAt(), s.origin(), s.reason());
            if (t.isEmpty()) System.out.println("No skipped inputs.");
            else System.out.print(t.render());
        }
        return 0;
    }
}
