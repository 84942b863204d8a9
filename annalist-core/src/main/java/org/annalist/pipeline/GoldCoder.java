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
import org.annalist.model.EventMention;
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
        List<PredictedEvent> out = new java.util.ArrayList<>();
        List<EventMention> events = analyze(record).events();
        for (EventMention e : events) {
            CameoCode code = catalog.get(e.cameo()).orElse(null);
            PredictedEvent p = PredictedEvent.from(e, code == null ? null : code.quadClass(),
                    code == null ? null : code.penta(), code == null ? null : code.acledSubType());
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
                p.dateEnd());
    }

    /** The pipeline's analysis of a record's text, for error analysis. */
    public Analysis analyze(GoldRecord record) {
        Article article = new Article(record.id(), null, null, record.date(), "en", record.text(), null, List.of(),
                record.id());
        return pipeline.analyze(article, resolverFor(record.dictionaries()));
    }

    /**
     * The user's dictionary first, then the built-in ones; a user dictionary that brings its own agents
     * replaces the built-in agents, so that its role conventions ("mayor" coded or not) hold, while built-in
     * countries, organisations and people still code what the user's actors do not cover.
     */
    static ActorResolver withUserDictionary(ActorResolver builtIn, ActorDictionary user) {
        boolean userHasAgents = user.entries().stream().anyMatch(ActorDictionary.Entry::isAgent);
        List<ActorDictionary> dictionaries = new java.util.ArrayList<>();
        dictionaries.add(user);
        for (ActorDictionary d : builtIn.dictionaries()) {
            boolean agentsOnly = !d.entries().isEmpty() && d.entries().stream().allMatch(ActorDictionary.Entry::isAgent);
            if (!(userHasAgents && agentsOnly)) dictionaries.add(d);
        }
        return new ActorResolver(dictionaries);
    }

    private ActorResolver resolverFor(Path folder) {
        if (folder == null) return pipeline.actors();
        return resolvers.computeIfAbsent(folder.toAbsolutePath().normalize(), dir -> {
            try {
                ActorDictionary loaded = PetrarchDictionaryLoader.load(dir);
                return withUserDictionary(pipeline.actors(), loaded);
            } catch (DictionaryException e) {
                throw new IllegalArgumentException("cannot load the dictionaries in " + dir + ": " + e.getMessage(), e);
            }
        });
    }
}
