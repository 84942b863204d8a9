package org.annalist.app;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.annalist.extract.ExtractionException;
import org.annalist.ingest.DocumentSource;
import org.annalist.model.Article;
import org.annalist.model.RawDocument;
import org.annalist.pipeline.Pipeline;
import org.annalist.store.EventStore;
import org.annalist.store.IngestResult;
import org.annalist.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Reads articles, codes their events and stores both, idempotently. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Code articles and store them with their events in the DuckDB store.",
                "Reads files, directories (recursively) and '-' for standard input:",
                "HTML pages, texts, .jsonl dumps, RSS/Atom feeds, WARC and WARC.gz archives",
                "(HTML records), and gzip files of any of them.",
                "A near-duplicate copy of a stored story is stored too, linked to the first copy.",
                "The same article twice is stored once.",
                "Each article's event mentions are merged with the stored reports of the same events (see 'annalist event').",
                "Inputs that cannot be read are recorded in the skips table with their reason; the batch goes on."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories, or - for standard input")
    List<String> paths;

    @picocli.CommandLine.Mixin
    DictionaryOptions dictionaryOptions;

    @picocli.CommandLine.Mixin
    GazetteerOptions gazetteerOptions;

    @Mixin
    StoreOptions store;

    @Option(names = "--threads", description = "documents coded in parallel (default: the number of cores)")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        AtomicLong documents = new AtomicLong();
        AtomicLong stored = new AtomicLong();
        AtomicLong duplicates = new AtomicLong();
        AtomicLong events = new AtomicLong();
        AtomicLong skipped = new AtomicLong();
        int n = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        Progress progress = Progress.onTerminal();
        try (EventStore db = store.open()) {
            db.linkPendingMentions(); // events: mentions stored before events were merged join their events first
            Pipeline pipeline = gazetteerOptions.apply(dictionaryOptions.apply(SharedPipeline.get()));
            ExecutorService pool = Executors.newFixedThreadPool(n);
            Semaphore inFlight = new Semaphore(2 * n);
            DocumentSource source = new DocumentSource();
            long total = progress.enabled() ? source.countDocuments(paths) : -1;
            java.util.concurrent.atomic.AtomicReference<RuntimeException> fatal = new java.util.concurrent.atomic.AtomicReference<>();
            try {
                for (String path : paths) {
                    if (fatal.get() != null) break;
                    source.read(path, doc -> {
                        if (fatal.get() != null) return;
                        inFlight.acquireUninterruptibly();
                        pool.execute(() -> {
                            try {
                                process(pipeline, db, doc, stored, duplicates, events, skipped);
                            } catch (RuntimeException e) {
                                // the store failed: stop reading, keep what is committed
                                fatal.compareAndSet(null, e);
                            } finally {
                                documents.incrementAndGet();
                                progress.update(documents.get(), events.get(), skipped.get(), total);
                                inFlight.release();
                            }
                        });
                    }, skip -> {
                        skip(db, skip.origin(), skip.reason());
                        skipped.addAndGet(skip.count());
                        progress.update(documents.get(), events.get(), skipped.get(), total);
                    });
                }
            } finally {
                pool.shutdown();
                pool.awaitTermination(365, TimeUnit.DAYS);
                progress.done();
            }
            if (fatal.get() != null) throw fatal.get();
            System.out.printf(Locale.ROOT, "ingested %,d documents: %,d stored, %,d duplicates, %,d events, %,d skipped -> %s%n",
                    documents.get(), stored.get(), duplicates.get(), events.get(), skipped.get(), store.db);
        }
        return 0;
    }

    private static void process(Pipeline pipeline, EventStore db, RawDocument doc, AtomicLong stored,
                                AtomicLong duplicates, AtomicLong events, AtomicLong skipped) {
        try {
            Article article = pipeline.extract(doc);
            // an article already stored is not coded again: only its URL is added
            List<org.annalist.model.EventMention> coded = db.contains(article.id()) ? List.of()
                    : pipeline.analyze(article).events();
            IngestResult result = db.ingest(article, coded);
            if (result.isDuplicate()) {
                duplicates.incrementAndGet();
            } else {
                stored.incrementAndGet();
                events.addAndGet(result.eventsStored());
            }
        } catch (ExtractionException e) {
            skip(db, doc.origin(), e.getMessage());
            skipped.incrementAndGet();
        } catch (StoreException e) {
            throw new IllegalStateException("cannot store " + doc.origin() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            skip(db, doc.origin(), "cannot process: " + Main.oneLine(e));
            skipped.incrementAndGet();
        }
    }

    private static void skip(EventStore db, String origin, String reason) {
        System.err.println("annalist: skipped " + origin + ": " + reason);
        try {
            db.recordSkip(origin, reason);
        } catch (StoreException e) {
            throw new IllegalStateException("cannot record skip of " + origin + ": " + e.getMessage(), e);
        }
    }
}
