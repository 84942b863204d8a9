package org.annalist.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.evaluation.ActorMatch;
import org.annalist.evaluation.EventEvaluation;
import org.annalist.evaluation.EventGold;
import org.annalist.evaluation.EventScores;
import org.annalist.evaluation.ExtractionEvaluation;
import org.annalist.evaluation.ExtractionGold;
import org.annalist.evaluation.ExtractionPage;
import org.annalist.evaluation.ExtractionReadabilityJs;
import org.annalist.evaluation.ExtractionScores;
import org.annalist.evaluation.ExtractionSystem;
import org.annalist.evaluation.GoldRecord;
import org.annalist.extract.ArticleExtractor;
import org.annalist.extract.ExtractorOptions;
import org.annalist.pipeline.GoldCoder;
import org.annalist.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Scores Annalist against gold standards in the formats of shared/eval/FORMATS.md. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score Annalist against a gold-standard file (formats of shared/eval/FORMATS.md).",
        subcommands = {EvalCommand.Events.class, EvalCommand.Times.class, EvalCommand.Extract.class})
final class EvalCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"Code every record of an event gold file (*.events.jsonl, FORMATS.md §1) and print recall,",
                    "precision, F1, root-level recall, extra events per record, false-alarm rate and per-field",
                    "recall, overall and per tag. Records that name a dictionaries folder are coded with those",
                    "PETRARCH/Phoenix actor and agent dictionaries in addition to the built-in ones."})
    static final class Events implements Callable<Integer> {

        @Option(names = "--gold", required = true, description = "the gold file (*.events.jsonl)")
        Path gold;

        @Option(names = "--json", description = "print one JSON object instead of tables")
        boolean json;

        @Option(names = "--actor-match", defaultValue = "AUTO",
                description = "how actor codes are compared: EXACT, COUNTRY (country part only) or AUTO (inferred from the file; default)")
        ActorMatch actorMatch;

        @Option(names = "--limit", description = "score only the first N records")
        Integer limit;

        @Override
        public Integer call() throws Exception {
            List<GoldRecord> records = EventGold.read(gold);
            if (limit != null && limit < records.size()) records = records.subList(0, limit);
            GoldCoder coder = new GoldCoder(SharedPipeline.get());
            EventScores scores = EventEvaluation.run(records, coder, actorMatch);
            System.out.println(json ? scores.toJson() : scores.toTable());
            return 0;
        }
    }

    @Command(name = "times", mixinStandardHelpOptions = true,
            description = {"Tag the time expressions of every document of a time gold file (*.times.jsonl, FORMATS.md §3)",
                    "and print TempEval-3's figures: strict and relaxed precision/recall/F1, type and value accuracy,",
                    "value F1. Each document is annotated with its creation time (dct) as the article date."})
    static final class Times implements Callable<Integer> {

        @Option(names = "--gold", required = true, description = "the gold file (*.times.jsonl)")
        Path gold;

        @Option(names = "--json", description = "print one JSON object instead of a table")
        boolean json;

        @Override
        public Integer call() throws Exception {
            List<org.annalist.evaluation.TimeGoldRecord> records = org.annalist.evaluation.TimeGold.read(gold);
            var annotator = SharedPipeline.get().annotator();
            var scores = org.annalist.evaluation.TimexEvaluation.run(records, r -> {
                var article = new org.annalist.model.Article(r.id(), null, null, r.dct(), "en", r.text(), null,
                        List.of(), r.id());
                return annotator.annotate(article).sentences().stream().flatMap(s -> s.times().stream()).toList();
            });
            System.out.println(json ? scores.toJson() : scores.toTable());
            return 0;
        }
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = {"Extract the article body of every page of an extraction benchmark folder",
                    "(FORMATS.md §4: ground-truth.json, html/<id>.html.gz) and print precision,",
                    "recall and F1 over word 4-gram shingles (per-page means, as the Zyte",
                    "benchmark's evaluate.py), pages/s of extraction time and the worst pages.",
                    "Non-English pages are extracted too. --compare readability also runs",
                    "Mozilla's Readability.js on the same pages; it needs Node.js 20+ and npm",
                    "(pinned packages installed by npm ci on first use into $ANNALIST_NODE_DIR",
                    "or ~/.cache/annalist/readability-js)."})
    static final class Extract implements Callable<Integer> {

        enum Baseline { readability }

        @Option(names = "--dir", required = true, description = "the benchmark folder (ground-truth.json, html/)")
        Path dir;

        @Option(names = "--json", description = "print one JSON object instead of a table")
        boolean json;

        @Option(names = "--compare", description = "also run this system on the same pages: ${COMPLETION-CANDIDATES}")
        Baseline compare;

        @Option(names = "--worst", defaultValue = "10", description = "how many of the worst pages to list (default: ${DEFAULT-VALUE})")
        int worst;

        @Override
        public Integer call() throws Exception {
            List<ExtractionPage> pages = ExtractionGold.read(dir);
            List<ExtractionSystem> systems = new ArrayList<>();
            systems.add(ExtractionSystem.annalist(new ArticleExtractor(ExtractorOptions.defaults().allowingNonEnglish())));
            try {
                if (compare == Baseline.readability) {
                    systems.add(ExtractionReadabilityJs.start(ExtractionReadabilityJs.defaultInstallDir()));
                }
                Progress progress = Progress.onTerminal();
                List<ExtractionScores> scores = ExtractionEvaluation.run(pages, systems,
                        done -> progress.update(done, 0, 0, pages.size()));
                progress.done();
                System.out.println(json ? (compare == null ? scores.get(0).toJson() : ExtractionScores.toJson(scores))
                        : ExtractionScores.toTable(scores, worst));
                return 0;
            } finally {
                for (ExtractionSystem s : systems) s.close();
            }
        }
    }
}
