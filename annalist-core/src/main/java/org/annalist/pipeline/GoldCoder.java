package org.annalist.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.annalist.actors.DictionaryException;
import org.annalist.evaluation.GoldRecord;
import org.annalist.evaluation.PredictedEvent;
import org.annalist.model.Article;
import org.annalist.model.EventMention;

/**
 * Codes the text of an event-gold record (FORMATS.md §1) with the whole pipeline, as the {@code eval events}
 * command scores it. A record is one article whose date is the record's story date. A record that names a
 * dictionaries folder is coded with those PETRARCH/Phoenix dictionaries first and the built-in ones after;
 * each folder is loaded once.
 */
public final class GoldCoder implements Function<GoldRecord, List<PredictedEvent>> {

    private final Pipeline pipeline;
    private final Map<Path, Pipeline> pipelines = new ConcurrentHashMap<>();

    public GoldCoder(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public List<PredictedEvent> apply(GoldRecord record) {
        List<PredictedEvent> out = new java.util.ArrayList<>();
        Analysis analysis = analyze(record);
        for (int i = 0; i < analysis.events().size(); i++) {
            EventMention e = analysis.events().get(i);
            // QuadClass, penta, ACLED, PLOVER mode and context as the views give them (FORMATS.md optional fields)
            PredictedEvent p = PredictedEvent.from(e, analysis.view(i));
            out.add(p);
            // a reciprocal event ("A and B held talks") is the two directed events the gold formats list
            if (e.reciprocal() && e.source() != null && e.target() != null && !out.contains(reversed(p))) {
                out.add(reversed(p));
            }
        }
        return out;
    }

    private static PredictedEvent reversed(PredictedEvent p) {
        return new PredictedEvent(p.target(), p.source(), p.cameo(), p.plover(), p.targetText(), p.sourceText(),
                p.quad(), p.penta(), p.acled(), p.fatalities(), p.location(), p.triggerText(), p.dateBegin(),
                p.dateEnd(), p.ploverMode(), p.ploverContext());
    }

    /** The pipeline's analysis of a record's text, for error analysis. */
    public Analysis analyze(GoldRecord record) {
        Article article = new Article(record.id(), null, null, record.date(), "en", record.text(), null, List.of(),
                record.id(), List.of());
        return pipelineFor(record.dictionaries()).analyze(article);
    }

    private Pipeline pipelineFor(Path folder) {
        if (folder == null) return pipeline;
        return pipelines.computeIfAbsent(folder.toAbsolutePath().normalize(), dir -> {
            try {
                return pipeline.withUserDictionaries(dir);
            } catch (DictionaryException e) {
                throw new IllegalArgumentException("cannot load the dictionaries in " + dir + ": " + e.getMessage(), e);
            }
        });
    }
}
