package org.annalist.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.extract.ExtractionException;
import org.annalist.model.Article;
import org.annalist.model.EventMention;
import org.annalist.model.RawDocument;
import org.annalist.ontology.CameoCatalog;
import org.annalist.pipeline.Analysis;
import org.annalist.pipeline.AnalysisJson;
import org.annalist.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Codes one article and prints its events. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Code one article and print its events.",
                "Reads plain text or HTML (a path, or - for standard input) and prints each event's CAMEO code,",
                "actors, modality, fatalities, date and place, each traceable to its sentence;",
                "--format json also lists the places the article names with their GeoNames id, point and country.",
                "Exits with 1 and a one-line message when the article cannot be read."})
final class AnalyzeCommand implements Callable<Integer> {

    enum Format { table, json }

    @Parameters(paramLabel = "ARTICLE", description = "the article file, or - for standard input")
    String path;

    @picocli.CommandLine.Mixin
    DictionaryOptions dictionaryOptions;

    @picocli.CommandLine.Mixin
    GazetteerOptions gazetteerOptions;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--date", description = "the article's publication date (YYYY-MM-DD) when the text does not give one")
    LocalDate date;

    @Override
    public Integer call() throws Exception {
        RawDocument doc;
        try {
            doc = read();
        } catch (NoSuchFileException e) {
            System.err.println("annalist: cannot analyze " + path + ": no such file");
            return 1;
        } catch (IOException e) {
            System.err.println("annalist: cannot analyze " + path + ": " + Main.oneLine(e));
            return 1;
        }
        Pipeline pipeline = gazetteerOptions.apply(dictionaryOptions.apply(SharedPipeline.get()));
        Article article;
        try {
            article = pipeline.extract(doc);
        } catch (ExtractionException e) {
            System.err.println("annalist: cannot analyze " + path + ": " + e.getMessage());
            return 1;
        }
        Analysis analysis = pipeline.analyze(article);
        AnalysisJson json = new AnalysisJson(CameoCatalog.load());
        if (format == Format.json) {
            System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json.toJson(analysis)));
        } else {
            System.out.print(table(analysis, CameoCatalog.load()));
        }
        return 0;
    }

    private RawDocument read() throws IOException {
        if (path.equals("-")) {
            return new RawDocument("stdin", null, System.in.readAllBytes(), RawDocument.Format.UNKNOWN, null, date);
        }
        Path p = Path.of(path);
        if (Files.isDirectory(p)) throw new IOException("is a directory (use 'annalist ingest' for many articles)");
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        RawDocument.Format f = name.endsWith(".html") || name.endsWith(".htm") ? RawDocument.Format.HTML
                : name.endsWith(".txt") ? RawDocument.Format.TEXT : RawDocument.Format.UNKNOWN;
        return new RawDocument(p.toString(), null, Files.readAllBytes(p), f, null, date);
    }

    static String table(Analysis analysis, CameoCatalog catalog) {
        Article a = analysis.article();
        StringBuilder sb = new StringBuilder();
        sb.append("article   ").append(a.id()).append("  ").append(a.title() == null ? "(no title)" : a.title()).append('\n');
        sb.append("date      ").append(a.date() == null ? "unknown" : a.date());
        if (a.dateline() != null) {
            sb.append("   dateline: ").append(a.dateline().place() == null ? "" : a.dateline().place());
            if (a.dateline().date() != null) sb.append(", ").append(a.dateline().date());
            if (a.dateline().source() != null) sb.append(" (").append(a.dateline().source()).append(')');
        }
        sb.append('\n');
        sb.append("sentences ").append(analysis.annotated().sentences().size())
                .append("   events ").append(analysis.events().size()).append("\n\n");
        if (analysis.events().isEmpty()) {
            sb.append("No events found.\n");
            return sb.toString();
        }
        TextTable t = new TextTable(40, "#", "sent", "date", "prec", "cameo", "event", "source", "target",
                "modality", "deaths", "place", "trigger");
        int i = 1;
        for (EventMention e : analysis.events()) {
            String name = catalog.get(e.cameo()).map(c -> c.name()).orElse("");
            t.row(i++, e.sentence(), e.date() == null ? "" : e.date().value(),
                    e.date() == null ? "" : e.date().precision().label() + "/" + e.date().basis(),
                    e.cameo() + (e.reciprocal() ? "*" : ""), name, actor(e.source()), actor(e.target()),
                    e.modality().label(), e.fatalities(), e.place() == null ? "" : e.place().name(),
                    e.trigger().text());
        }
        sb.append(t.render());
        sb.append("\n* reciprocal. Offsets, evidence and rules: --format json\n");
        return sb.toString();
    }

    private static String actor(org.annalist.model.Actor a) {
        if (a == null) return "";
        return (a.code() == null ? "?" : a.code()) + " (" + a.text() + ")";
    }
}
