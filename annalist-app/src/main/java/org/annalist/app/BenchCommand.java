package org.annalist.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.extract.ExtractionException;
import org.annalist.ingest.DocumentSource;
import org.annalist.model.Article;
import org.annalist.model.RawDocument;
import org.annalist.pipeline.Analysis;
import org.annalist.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Throughput of the whole pipeline against CoreNLP's annotation alone, measured in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchQueryCommand.class,
        description = {"Measure throughput against CoreNLP's annotation alone.",
                "On a JSON Lines corpus: articles/s, sentences/s, peak heap, and the ratio of the whole",
                "pipeline's time to CoreNLP's annotation alone on the same articles, in one run.",
                "'bench query --db FILE' times the event filters on a store instead."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", description = "JSON Lines corpus (FORMATS.md §5); required unless 'bench query'")
    Path corpus;

    @Option(names = "--limit", defaultValue = "200", description = "articles to use (default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--warmup", defaultValue = "10", description = "articles run first and not timed (default ${DEFAULT-VALUE})")
    int warmup;

    @Override
    public Integer call() {
        if (corpus == null) {
            System.err.println("annalist: bench needs --corpus FILE (or 'bench query --db FILE' to time event queries)");
            return 2;
        }
        long loadStart = System.nanoTime();
        Pipeline pipeline = SharedPipeline.get();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        List<RawDocument> raw = new ArrayList<>();
        int[] skipped = {0};
        new DocumentSource().read(corpus.toString(), d -> {
            if (raw.size() < limit) raw.add(d);
        }, s -> skipped[0]++);
        List<Article> articles = new ArrayList<>();
        for (RawDocument d : raw) {
            try {
                articles.add(pipeline.extract(d));
            } catch (ExtractionException e) {
                skipped[0]++;
            }
        }
        if (articles.isEmpty()) {
            System.err.println("annalist: no article could be read from " + corpus);
            return 1;
        }
        for (int i = 0; i < Math.min(warmup, articles.size()); i++) {
            pipeline.annotator().annotateRaw(articles.get(i).text(), articles.get(i).date());
            pipeline.analyze(articles.get(i));
        }

        // Both are timed on every article, alternating which goes first, so that load from elsewhere on the
        // machine and JIT warm-up fall on both sides alike.
        long coreNanos = 0;
        long pipeNanos = 0;
        long coreSentences = 0;
        long sentences = 0;
        long tokens = 0;
        long events = 0;
        for (int i = 0; i < raw.size(); i++) {
            RawDocument d = raw.get(i);
            Article probe;
            try {
                probe = pipeline.extract(d);
            } catch (ExtractionException e) {
                continue;
            }
            for (int pass = 0; pass < 2; pass++) {
                boolean coreFirst = i % 2 == 0;
                if ((pass == 0) == coreFirst) {
                    long t = System.nanoTime();
                    coreSentences += pipeline.annotator().annotateRaw(probe.text(), probe.date());
                    coreNanos += System.nanoTime() - t;
                } else {
                    long t = System.nanoTime();
                    Article a;
                    try {
                        a = pipeline.extract(d);
                    } catch (ExtractionException e) {
                        throw new IllegalStateException(e);
                    }
                    Analysis analysis = pipeline.analyze(a);
                    pipeNanos += System.nanoTime() - t;
                    sentences += analysis.annotated().sentences().size();
                    tokens += analysis.annotated().sentences().stream().mapToInt(s -> s.tokens().size()).sum();
                    events += analysis.events().size();
                }
            }
        }
        double coreSeconds = coreNanos / 1e9;
        double pipeSeconds = pipeNanos / 1e9;

        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        System.out.printf(Locale.ROOT, "corpus            %s%n", corpus);
        System.out.printf(Locale.ROOT, "articles          %d (%d skipped), %,d chars, %,d sentences, %,d tokens%n",
                articles.size(), skipped[0], chars, sentences, tokens);
        System.out.printf(Locale.ROOT, "model load        %.1f s%n", loadSeconds);
        System.out.printf(Locale.ROOT, "corenlp alone     %.1f s  %.2f articles/s  %.1f sentences/s%n",
                coreSeconds, articles.size() / coreSeconds, coreSentences / coreSeconds);
        System.out.printf(Locale.ROOT, "whole pipeline    %.1f s  %.2f articles/s  %.1f sentences/s  %,.0f tokens/s  %d events%n",
                pipeSeconds, articles.size() / pipeSeconds, sentences / pipeSeconds, tokens / pipeSeconds, events);
        System.out.printf(Locale.ROOT, "ratio             pipeline / corenlp alone = %.3f%n", pipeSeconds / coreSeconds);
        System.out.printf(Locale.ROOT, "peak heap         %,d MiB (sum of heap pools' peaks; max %,d MiB)%n", peakHeapBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        return 0;
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
