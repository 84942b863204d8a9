package org.annalist.app;

import java.nio.file.Path;
import org.annalist.ontology.CameoCatalog;
import org.annalist.pipeline.Pipeline;
import org.annalist.store.CodeInfo;
import org.annalist.store.EventStore;
import org.annalist.store.StoreConfig;
import org.annalist.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that touches the store. */
final class StoreOptions {

    @Option(names = "--db", defaultValue = "annalist-data/annalist.duckdb",
            description = "the DuckDB store file (default ${DEFAULT-VALUE})")
    Path db;

    EventStore open() throws StoreException {
        CameoCatalog catalog = CameoCatalog.load();
        CodeInfo codes = new CodeInfo() {
            @Override
            public Double goldstein(String cameo) {
                return catalog.get(cameo).map(c -> c.goldstein()).orElse(null);
            }

            @Override
            public Integer quadClass(String cameo) {
                return catalog.get(cameo).map(c -> c.quadClass()).orElse(null);
            }
        };
        return EventStore.open(db, new StoreConfig(codes, Pipeline.VERSION));
    }
}
