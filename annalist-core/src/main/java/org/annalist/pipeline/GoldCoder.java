package org.annalist.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.annalist.actors.ActorDictionary;
import org.annalist.actors.ActorResolver;
import org.annalist.actors.DictionaryException;
import org.annalist.actors.PetrarchDictionaryLoader;
import org.annalist.evaluation.GoldRecord;
import org.annalist.evaluation.PredictedEvent;
import org.annalist.model.Article;
import org.annalist.ontology.CameoCatalog;
import org.annalist.ontology.CameoCode;

/**
 * Codes the text of an event-gold record (FORMATS.md §1) with the whole pipeline, as the {@code eval events}
 * command scores it. A record is one article whose date is the record's story date. A record that names a
 * dictionaries folder is coded with those PETRARCH/Phoenix dictionaries first and the built-in ones after;
 * each folder is loaded once.
 */
public final class GoldCoder implements Function<GoldRecord, List<PredictedEvent>> {

    private final Pipeline pipeline;
    private final CameoCatalog catalog = CameoCatalog.load();
    private final Map<Path, ActorResolver> resolvers = new ConcurrentHashMap<>();

    public GoldCoder(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public List<PredictedEvent> apply(GoldRecord record) {
        return analyze(record).events().stream().map(e -> {
            CameoCode code = catalog.get(e.cameo()).orElse(null);
            return PredictedEvent.from(e, code == null ? null : code.quadClass(), code == null ? null : code.penta(),
                    code == null ? null : code.acledSubType());
        }).toList();
    }

    /** The pipeline's analysis of a record's text, for error analysis. */
    public Analysis analyze(GoldRecord record) {
        Article article = new Article(record.id(), null, null, record.date(), "en", record.text(), null, List.of(),
                record.id());
        return pipeline.analyze(article, resolverFor(record.dictionaries()));
    }

    private ActorResolver resolverFor(Path folder) {
        if (folder == null) return pipeline.actors();
        return resolvers.computeIfAbsent(folder.toAbsolutePath().normalize(), dir -> {
            try {
                ActorDictionary loaded = PetrarchDictionaryLoader.load(dir);
                return pipeline.actors().withDictionaries(List.of(loaded), false);
            } catch (DictionaryException e) {
                throw new IllegalArgumentException("cannot load the dictionaries in " + dir + ": " + e.getMessage(), e);
            }
        });
    }
}
