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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Scores Annalist against gold standards in the formats of shared/eval/FORMATS.md. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score Annalist against a gold-standard file (formats of shared/eval/FORMATS.md).",
        subcommands = {EvalCommand.Events.class, EvalCommand.Times.class, EvalCommand.Extract.class,
                EvalCommand.Places.class})
final class EvalCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "events", mixinStandardHelpOptions = true,
            description = {"Score the event coder on an event gold file (*.events.jsonl, FORMATS.md §1).",
                    "Prints recall, precision, F1, root-level recall, extra events per record, false-alarm rate and per-field",
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

        enum Conventions { auto, petrarch, annalist }

        @Option(names = "--conventions", defaultValue = "auto",
                description = {"coding conventions: petrarch (only events with a coded source and target, as PETRARCH's",
                        "default; negated criticism coded as cooperation), annalist (one coded actor is enough), or auto",
                        "(default): petrarch when every gold event of the file names both actors, else annalist"})
        Conventions conventions;

        @Option(names = "--errors", description = "also list, per record, gold and predicted (source, target, cameo/plover) where they differ, and for each gold event no prediction matches ('missed') the gold fields the closest prediction gets wrong")
        boolean errors;

        @Override
        public Integer call() throws Exception {
            List<GoldRecord> records = EventGold.read(gold);
            if (limit != null && limit < records.size()) records = records.subList(0, limit);
            boolean petrarch = switch (conventions) {
                case petrarch -> true;
                case annalist -> false;
                case auto -> records.stream().flatMap(r -> r.events().stream()).findAny().isPresent()
                        && records.stream().flatMap(r -> r.events().stream()).allMatch(e -> names(e, "source") && names(e, "target"));
            };
            GoldCoder coder = new GoldCoder(petrarch
                    ? SharedPipeline.get().withCoder(org.annalist.coding.CoderConfig::withPetrarchConventions)
                    : SharedPipeline.get());
            java.util.Map<String, List<org.annalist.evaluation.PredictedEvent>> predicted = new java.util.LinkedHashMap<>();
            EventScores scores = EventEvaluation.run(records, r -> {
                List<org.annalist.evaluation.PredictedEvent> p = coder.apply(r);
                predicted.put(r.id(), p);
                return p;
            }, actorMatch);
            if (errors) {
                for (GoldRecord r : records) {
                    List<String> g = r.events().stream().map(e -> e.get("source") + ">" + e.get("target") + ":"
                            + (e.get("cameo") != null ? e.get("cameo") : e.get("plover"))).sorted().toList();
                    List<String> p = predicted.get(r.id()).stream().map(e -> e.source() + ">" + e.target() + ":"
                            + (e.cameo() != null && r.events().stream().anyMatch(x -> x.get("cameo") != null) ? e.cameo() : e.plover()))
                            .sorted().toList();
                    if (g.equals(p)) continue;
                    System.out.println(r.id() + " | " + r.text());
                    System.out.println("    gold      " + g);
                    System.out.println("    predicted " + p);
                    // each gold event that no prediction matches, with the fields the closest prediction gets wrong
                    org.annalist.evaluation.EventMatcher matcher = new org.annalist.evaluation.EventMatcher(actorMatch.resolve(records));
                    for (org.annalist.evaluation.GoldEvent e : r.events()) {
                        List<org.annalist.evaluation.PredictedEvent> ps = predicted.get(r.id());
                        if (ps.stream().anyMatch(x -> matcher.matches(e, x, false))) continue;
                        org.annalist.evaluation.PredictedEvent best = ps.stream()
                                .max(java.util.Comparator.comparingInt(x -> matcher.agreeingFields(e, x, false))).orElse(null);
                        List<String> wrong = e.scoredFields().stream()
                                .filter(f -> best == null || !matcher.agrees(f, e.get(f), best, false))
                                .map(f -> f + "=" + e.get(f)).toList();
                        System.out.println("    missed    " + wrong);
                    }
                }
                System.out.println();
            }
            if (!json) System.out.println("(coded with " + (petrarch ? "PETRARCH" : "Annalist") + " conventions)");
            System.out.println(json ? scores.toJson() : scores.toTable());
            return 0;
        }

        private static boolean names(org.annalist.evaluation.GoldEvent e, String role) {
            return e.get(role) != null || e.get(role + "_text") != null;
        }
    }

    @Command(name = "times", mixinStandardHelpOptions = true,
            description = {"Score time expressions on a time gold file (*.times.jsonl, FORMATS.md §3).",
                    "Prints TempEval-3's figures: strict and relaxed precision/recall/F1, type and value accuracy,",
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
                        List.of(), r.id(), List.of());
                return annotator.annotate(article).sentences().stream().flatMap(s -> s.times().stream()).toList();
            });
            System.out.println(json ? scores.toJson() : scores.toTable());
            return 0;
        }
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = {"Score article-body extraction on an extraction benchmark folder.",
                    "Extracts every page of the folder (FORMATS.md §4: ground-truth.json, html/<id>.html.gz) and print precision,",
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

    @Command(name = "places", mixinStandardHelpOptions = true,
            description = {"Score place recognition and resolution on a place gold file.",
                    "The gold is *.places.jsonl (FORMATS.md §2).",
                    "Prints recognition precision/recall/F1 on exact spans (and on overlapping",
                    "spans), resolution on the gold spans (share with the gold GeoNames id, share",
                    "within 161 km, mean and median km), end-to-end F1 (span overlaps and point",
                    "within 161 km) and places per second (CoreNLP excluded). Places resolve with",
                    "the built-in GeoNames cities500 gazetteer unless --gazetteer names a dump.",
                    "CoreNLP annotation is most of the time: --cache keeps it for the next run."})
    static final class Places implements Callable<Integer> {

        @Option(names = "--gold", required = true, description = "the gold file (*.places.jsonl)")
        Path gold;

        @Option(names = "--json", description = "print one JSON object instead of a table")
        boolean json;

        @Option(names = "--errors", description = "also list, per record, the missed, boundary, spurious and badly resolved places")
        boolean errors;

        @Option(names = "--limit", description = "score only the first N records")
        Integer limit;

        @Option(names = "--cache", paramLabel = "DIR",
                description = "keep CoreNLP annotations of the gold texts in DIR and reuse them (keyed by a hash of the text)")
        Path cache;

        @Option(names = "--recognition-only", description = "score recognition alone, without resolving places")
        boolean recognitionOnly;

        @picocli.CommandLine.Mixin
        GazetteerOptions gazetteerOptions;

        @Override
        public Integer call() throws Exception {
            List<org.annalist.evaluation.PlaceGoldRecord> records = org.annalist.evaluation.PlaceGold.read(gold);
            if (limit != null && limit < records.size()) records = records.subList(0, limit);
            // CoreNLP loads only when a text is not in the cache
            java.util.function.Function<org.annalist.model.Article, org.annalist.model.AnnotatedArticle> annotate =
                    article -> SharedPipeline.get().annotator().annotate(article);
            if (cache != null) {
                annotate = new org.annalist.nlp.AnnotationCache(cache, org.annalist.nlp.NlpConfig.defaults(), annotate);
            }
            var gazetteer = gazetteerOptions.gazetteer();
            // the pipeline's own geoparser: what is scored here is what analyze and ingest place events with
            var geoparser = org.annalist.pipeline.Pipeline.geoparser(gazetteer);
            if (recognitionOnly) geoparser = org.annalist.places.Geoparser.recognizing(geoparser.recognizer());
            var system = org.annalist.evaluation.PlaceSystem.annalist(annotate, geoparser);
            Progress progress = Progress.onTerminal();
            int total = records.size();
            var scores = org.annalist.evaluation.PlaceEvaluation.run(records, system, done -> progress.update(done, 0, 0, total));
            progress.done();
            if (errors) {
                String record = null;
                for (org.annalist.evaluation.PlaceError e : scores.errors()) {
                    if (!e.record().equals(record)) System.out.println(e.record());
                    record = e.record();
                    System.out.println("    " + e.describe());
                }
                System.out.println();
            }
            System.out.println(json ? scores.toJson() : scores.toTable());
            return 0;
        }
    }
}
