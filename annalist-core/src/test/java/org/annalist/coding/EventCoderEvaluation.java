package org.annalist.coding;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annalist.actors.ActorMention;
import org.annalist.actors.ActorResolver;
import org.annalist.actors.PetrarchDictionaryLoader;
import org.annalist.evaluation.EventEvaluation;
import org.annalist.evaluation.EventGold;
import org.annalist.evaluation.EventScores;
import org.annalist.evaluation.GoldEvent;
import org.annalist.evaluation.GoldRecord;
import org.annalist.evaluation.PredictedEvent;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.EventMention;
import org.annalist.nlp.CoreNlpAnnotator;
import org.annalist.ontology.CameoCatalog;
import org.annalist.ontology.CameoCode;

/**
 * Codes event-gold files (FORMATS.md section 1) with the NLP, actor and coding stages and prints the scorer's
 * figures. Not a unit test: run it by hand (after {@code mvn -o -pl annalist-core test-compile}),
 * {@code java -Xmx2500m -cp <test classpath> org.annalist.coding.EventCoderEvaluation [--misses] [--default-config]
 * file.events.jsonl ...}; without files it codes the PETRARCH unit-test suite and the PLOVER gold-standard records.
 * Records that name PETRARCH dictionaries are coded with those dictionaries added to the built-ins, at the
 * record's date, with {@link CoderConfig#withPetrarchConventions()} unless {@code --default-config} is given.
 * {@code --misses} writes every record with its gold, predictions, actors and the coder's trace to
 * {@code /tmp/coding-eval-<file>.txt}.
 */
public final class EventCoderEvaluation {
    private EventCoderEvaluation() {}

    public static void main(String[] args) throws Exception {
        boolean misses = false;
        boolean petrarchConventions = true;
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--misses")) misses = true;
            else if (a.equals("--default-config")) petrarchConventions = false;
            else files.add(Path.of(a));
        }
        boolean conventions = petrarchConventions;
        if (files.isEmpty()) {
            files.add(Path.of("/work/shared/eval/petrarch/petrarch-unittest.events.jsonl"));
            files.add(Path.of("/work/shared/eval/plover/plover-gsr.events.jsonl"));
        }
        PrintStream out = System.out;
        CoreNlpAnnotator nlp = new CoreNlpAnnotator();
        ActorResolver builtIn = ActorResolver.builtIn();
        Map<Path, ActorResolver> resolvers = new HashMap<>();
        CameoCatalog catalog = CameoCatalog.load();
        EventCoder plain = new EventCoder();
        for (Path file : files) {
            List<GoldRecord> records = EventGold.read(file);
            long t0 = System.nanoTime();
            List<String> report = new ArrayList<>();
            EventScores scores = EventEvaluation.run(records, r -> {
                ActorResolver resolver = builtIn;
                EventCoder coder = plain;
                if (r.dictionaries() != null) {
                    resolver = resolvers.computeIfAbsent(r.dictionaries(), d -> {
                        try {
                            return builtIn.withDictionaries(List.of(PetrarchDictionaryLoader.load(d)), false);
                        } catch (Exception e) {
                            throw new IllegalStateException("cannot load dictionaries " + d + ": " + e.getMessage(), e);
                        }
                    });
                    ActorResolver res = resolver;
                    CoderConfig base = conventions ? plain.config().withPetrarchConventions() : plain.config();
                    coder = new EventCoder(base.withDiscards(
                            s -> res.discard(s).map(d -> d.wholeStory() ? DiscardRule.Scope.STORY : DiscardRule.Scope.SENTENCE).orElse(null)));
                }
                Article article = new Article(r.id(), null, null, r.date(), "en", r.text(), null, List.of(),
                        file.toString(), List.of());
                AnnotatedArticle annotated = nlp.annotate(article);
                List<List<ActorMention>> actors = resolver.resolve(annotated);
                List<String> trace = new ArrayList<>();
                List<EventMention> events = coder.code(annotated, actors, (si, msg) -> trace.add(msg));
                List<PredictedEvent> predicted = new ArrayList<>();
                for (EventMention m : events) {
                    CameoCode c = catalog.get(m.cameo()).orElse(null);
                    predicted.add(PredictedEvent.from(m, c == null ? null : c.quadClass(), c == null ? null : c.penta(),
                            c == null ? null : c.acledSubType()));
                }
                StringBuilder sb = new StringBuilder();
                sb.append(r.id()).append(" | ").append(r.text()).append('\n');
                sb.append("   gold: ");
                for (GoldEvent g : r.events()) sb.append(g.fields()).append("  ");
                sb.append("\n   pred: ");
                for (EventMention m : events) sb.append(code(m.source())).append('>').append(code(m.target())).append(':').append(m.cameo()).append('/').append(m.plover()).append("  ");
                sb.append("\n   actors: ");
                for (List<ActorMention> l : actors) for (ActorMention a : l) sb.append('[').append(a.span().text()).append('=').append(a.codes()).append("] ");
                for (String tl : trace) sb.append("\n      . ").append(tl);
                report.add(sb.toString());
                return predicted;
            });
            double secs = (System.nanoTime() - t0) / 1e9;
            out.printf("== %s (%d records, %.1f s)%n", file.getFileName(), records.size(), secs);
            out.println(scores.toTable());
            out.println(scores.toJson());
            if (misses) {
                Path dump = Path.of("/tmp/coding-eval-" + file.getFileName() + ".txt");
                Files.write(dump, report);
                out.println("records written to " + dump);
            }
        }
    }

    private static String code(org.annalist.model.Actor a) { return a == null ? null : a.code(); }
}
