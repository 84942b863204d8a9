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
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure throughput on a JSON Lines corpus: articles/s, sentences/s, peak heap, and the",
                "ratio of the whole pipeline's time to CoreNLP's annotation alone on the same articles."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, description = "JSON Lines corpus (FORMATS.md §5)")
    Path corpus;

    @Option(names = "--limit", defaultValue = "200", description = "articles to use (default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--warmup", defaultValue = "10", description = "articles run first and not timed (default ${DEFAULT-VALUE})")
    int warmup;

    @Override
    public Integer call() {
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

        long t0 = System.nanoTime();
        long coreSentences = 0;
        for (Article a : articles) coreSentences += pipeline.annotator().annotateRaw(a.text(), a.date());
        double coreSeconds = (System.nanoTime() - t0) / 1e9;

        long t1 = System.nanoTime();
        long sentences = 0;
        long tokens = 0;
        long events = 0;
        for (RawDocument d : raw) {
            Article a;
            try {
                a = pipeline.extract(d);
            } catch (ExtractionException e) {
                continue;
            }
            Analysis analysis = pipeline.analyze(a);
            sentences += analysis.annotated().sentences().size();
            tokens += analysis.annotated().sentences().stream().mapToInt(s -> s.tokens().size()).sum();
            events += analysis.events().size();
        }
        double pipeSeconds = (System.nanoTime() - t1) / 1e9;

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
        System.out.printf(Locale.ROOT, "peak heap         %,d MiB (max %,d MiB)%n", peakHeapBytes() >> 20,
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
