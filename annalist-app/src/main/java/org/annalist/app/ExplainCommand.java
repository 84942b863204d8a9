package org.annalist.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.annalist.actors.ActorMention;
import org.annalist.model.Actor;
import org.annalist.model.Article;
import org.annalist.model.Dependency;
import org.annalist.model.EventMention;
import org.annalist.model.Sentence;
import org.annalist.model.Token;
import org.annalist.ontology.CameoCatalog;
import org.annalist.ontology.EventView;
import org.annalist.ontology.PloverActor;
import org.annalist.pipeline.Explanation;
import org.annalist.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Codes a sentence or short text and shows, sentence by sentence, why each event was or was not coded. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain how a sentence or short text is coded.",
                "For each sentence prints its parse (tokens, parts of speech, dependency edges), the actor",
                "phrases found with their codes, every trigger the coder considered and why it fired or not",
                "(frames checked, actors missing, modality), and the events emitted with their CAMEO, PLOVER,",
                "ACLED, QuadClass and five-way views and the rules behind them."})
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TEXT", description = "the text to explain (quote it), or - to read standard input")
    String text;

    @Option(names = "--date", description = "the story date (YYYY-MM-DD), which resolves dated actor roles and relative dates")
    LocalDate date;

    @picocli.CommandLine.Mixin
    DictionaryOptions dictionaryOptions;

    @Override
    public Integer call() throws Exception {
        String input = text.equals("-") ? new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8) : text;
        if (input.isBlank()) {
            System.err.println("annalist: nothing to explain: the text is empty");
            return 1;
        }
        Pipeline pipeline = dictionaryOptions.apply(SharedPipeline.get());
        Article article = new Article("explain", null, null, date, "en", input, null, List.of(), "explain", List.of());
        Explanation explanation = pipeline.explain(article, null);
        System.out.print(render(explanation, CameoCatalog.load()));
        return 0;
    }

    static String render(Explanation x, CameoCatalog catalog) {
        StringBuilder sb = new StringBuilder();
        sb.append("date ").append(x.analysis().article().date() == null ? "unknown" : x.analysis().article().date())
                .append("   sentences ").append(x.sentences().size())
                .append("   events ").append(x.analysis().events().size()).append('\n');
        for (Explanation.SentenceExplanation s : x.sentences()) {
            sb.append("\nsentence ").append(s.index()).append(": ").append(s.text().strip()).append('\n');
            sb.append("  parse:\n");
            for (String line : parse(s.parse())) sb.append("    ").append(line).append('\n');
            sb.append("  actors:");
            if (s.actors().isEmpty()) sb.append(" none");
            sb.append('\n');
            for (ActorMention m : s.actors()) {
                sb.append("    '").append(m.span().text()).append("' ")
                        .append(m.codes().isEmpty() ? "(no code)" : String.join("/", m.codes()))
                        .append("  ").append(m.kind().name().toLowerCase(java.util.Locale.ROOT))
                        .append(", tokens ").append(m.firstToken()).append('-').append(m.lastToken())
                        .append(", head ").append(m.head()).append('\n');
            }
            sb.append("  coder:");
            if (s.decisions().isEmpty()) sb.append(" no decision recorded");
            sb.append('\n');
            for (String d : s.decisions()) sb.append("    ").append(d).append('\n');
            sb.append("  events:");
            if (s.events().isEmpty()) sb.append(" none");
            sb.append('\n');
            for (int i : s.events()) {
                EventMention e = x.analysis().events().get(i);
                EventView v = x.analysis().view(i);
                sb.append("    #").append(i + 1).append(' ').append(e.cameo()).append(' ')
                        .append(catalog.get(e.cameo()).map(c -> c.name()).orElse("?"))
                        .append(": ").append(actor(e.source())).append(" -> ").append(actor(e.target()))
                        .append("  [").append(e.modality().label())
                        .append(e.attribution() == null ? "" : ", according to " + e.attribution())
                        .append(e.reciprocal() ? ", reciprocal" : "").append("]  trigger '")
                        .append(e.trigger().text()).append("'  rule ").append(e.rule()).append('\n');
                sb.append("       PLOVER ").append(nz(v.ploverType()))
                        .append(v.ploverMode() == null ? "" : " mode " + v.ploverMode())
                        .append(v.ploverAuxMode() == null ? "" : " aux " + v.ploverAuxMode())
                        .append(v.ploverContext().isEmpty() ? "" : " context " + String.join(",", v.ploverContext()))
                        .append("  ").append(plover(v.ploverSource())).append(" -> ").append(plover(v.ploverTarget()))
                        .append('\n');
                sb.append("       ACLED ").append(v.acledSubEventType() == null ? "-" : v.acledEventType() + " / " + v.acledSubEventType())
                        .append("   QuadClass ").append(nz(v.quadName()))
                        .append("   penta ").append(v.penta() == null ? "-" : v.penta() + " " + v.pentaName()).append('\n');
                sb.append("       because ").append(String.join("; ", v.basis())).append('\n');
            }
        }
        return sb.toString();
    }

    /** One line per token: index, word, part of speech, lemma, named-entity tag, and its governors. */
    static List<String> parse(Sentence s) {
        List<String> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("%3d %-18s %-5s", t.index(), t.text(), t.pos()));
            if (t.ner() != null && !t.ner().equals("O")) sb.append(' ').append(t.ner());
            List<String> heads = new ArrayList<>();
            for (Dependency d : s.parents(t.index())) {
                heads.add(d.governor() < 0 ? "root" : d.relation() + " of " + d.governor() + " " + s.token(d.governor()).text());
            }
            if (!heads.isEmpty()) sb.append("  <- ").append(String.join(", ", heads));
            out.add(sb.toString());
        }
        return out;
    }

    private static String actor(Actor a) {
        if (a == null) return "(none)";
        return (a.code() == null ? "?" : a.code()) + " '" + a.text() + "'";
    }

    private static String plover(PloverActor a) {
        if (a == null) return "(none)";
        return a.code() == null ? "(uncoded)" : a.code();
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }
}
