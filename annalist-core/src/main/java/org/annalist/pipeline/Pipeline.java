package org.annalist.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annalist.actors.ActorDictionary;
import org.annalist.actors.ActorMention;
import org.annalist.actors.ActorResolver;
import org.annalist.actors.CountryNames;
import org.annalist.actors.DictionaryException;
import org.annalist.actors.PetrarchDictionaryLoader;
import org.annalist.actors.PlaceActors;
import org.annalist.actors.PostAuthors;
import org.annalist.coding.CoderTrace;
import org.annalist.coding.DiscardRule;
import org.annalist.coding.EventCoder;
import org.annalist.extract.ArticleExtractor;
import org.annalist.extract.ExtractionException;
import org.annalist.model.Actor;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.EventDate;
import org.annalist.model.EventMention;
import org.annalist.model.EventPlace;
import org.annalist.model.RawDocument;
import org.annalist.model.Sentence;
import org.annalist.nlp.CoreNlpAnnotator;
import org.annalist.places.ArticlePlaces;
import org.annalist.places.EventPlacer;
import org.annalist.places.Gazetteer;
import org.annalist.places.Geoparser;
import org.annalist.places.PlaceRecognizer;
import org.annalist.places.PlaceResolver;
import org.annalist.places.PlaceVocabulary;
import org.annalist.time.EventDater;
import org.annalist.time.HistoricalBackground;

/**
 * The whole Annalist pipeline: {@link RawDocument} → {@link Article} → {@link AnnotatedArticle} → events.
 *
 * <p>Create one per process ({@link #create()} loads the CoreNLP models, several seconds and ~1 GiB) and
 * share it; {@link #analyze(Article)} is safe to call from several threads.
 */
public final class Pipeline {

    /** Version of the coder, stored with every event. */
    public static final String VERSION = "0.1.0";

    private static final HistoricalBackground BACKGROUND = new HistoricalBackground();

    private final ArticleExtractor extractor;
    private final CoreNlpAnnotator annotator;
    private final ActorResolver actors;
    private final EventCoder coder;
    private final EventDater dater;
    private final EventPlacer placer;
    private final PlaceActors placeActors = PlaceActors.builtIn();

    public Pipeline(ArticleExtractor extractor, CoreNlpAnnotator annotator, ActorResolver actors, EventCoder coder,
                    EventDater dater, EventPlacer placer) {
        this.extractor = extractor;
        this.annotator = annotator;
        this.actors = actors;
        this.coder = coder;
        this.dater = dater;
        this.placer = placer;
    }

    /** A pipeline with the built-in dictionaries and default options. */
    public static Pipeline create() {
        Gazetteer gazetteer = Gazetteer.loadDefault();
        // roles named by a place ("Darfur rebels") take the place's country from the gazetteer
        ActorResolver actors = ActorResolver.builtIn().withPlaces(name -> gazetteer.iso2(name).orElse(null));
        return new Pipeline(new ArticleExtractor(), new CoreNlpAnnotator(), actors, new EventCoder(),
                new EventDater(), new EventPlacer(geoparser(gazetteer)));
    }

    /**
     * The pipeline's geoparser over a gazetteer: CoreNLP's places plus the words of the built-in country table and
     * {@code place-words.tsv} and the gazetteer's well-known places, resolved article by article. {@code eval
     * places} scores this same geoparser.
     */
    public static Geoparser geoparser(Gazetteer gazetteer) {
        PlaceRecognizer recognizer = new PlaceRecognizer(PlaceVocabulary.withBuiltIn(CountryNames.builtIn().vocabulary()),
                PlaceRecognizer.wellKnownIn(gazetteer, PlaceRecognizer.WELL_KNOWN_POPULATION));
        return new Geoparser(recognizer, new PlaceResolver(gazetteer));
    }

    /** This pipeline with another gazetteer (a GeoNames dump the user gives) for placing events. */
    public Pipeline withGazetteer(Gazetteer gazetteer) {
        return new Pipeline(extractor, annotator, actors, coder, dater, new EventPlacer(geoparser(gazetteer)));
    }

    /** The geoparser that finds and resolves the places of each article. */
    public Geoparser geoparser() {
        return placer.geoparser();
    }

    /** This pipeline with another coder configuration (same models and dictionaries, nothing reloaded). */
    public Pipeline withCoder(java.util.function.UnaryOperator<org.annalist.coding.CoderConfig> change) {
        return new Pipeline(extractor, annotator, actors, new EventCoder(change.apply(coder.config())), dater, placer);
    }

    /**
     * This pipeline with a user's actor dictionary (e.g. PETRARCH/Phoenix files) consulted before the built-in
     * ones. A user dictionary that brings its own agents replaces the built-in agents, so that its role
     * conventions hold ("mayor" coded as an agent or not), while built-in countries, organisations and people
     * still code what the user's actors do not cover.
     */
    public Pipeline withUserDictionary(ActorDictionary user) {
        return new Pipeline(extractor, annotator, actors.withDictionaries(List.of(user), false), coder, dater, placer);
    }

    /** As {@link #withUserDictionary}, for the PETRARCH/Phoenix dictionary files of a folder. */
    public Pipeline withUserDictionaries(java.nio.file.Path folder) throws DictionaryException {
        return withUserDictionary(PetrarchDictionaryLoader.load(folder));
    }

    public ArticleExtractor extractor() { return extractor; }

    public CoreNlpAnnotator annotator() { return annotator; }

    public ActorResolver actors() { return actors; }

    /** Extracts the article from a raw document; throws with a one-line reason when it cannot. */
    public Article extract(RawDocument doc) throws ExtractionException {
        return extractor.extract(doc);
    }

    /** Annotates and codes an article with the pipeline's actor dictionaries. */
    public Analysis analyze(Article article) {
        return analyze(article, actors);
    }

    /** Annotates and codes an article with other actor dictionaries (e.g. a PETRARCH set for evaluation). */
    public Analysis analyze(Article article, ActorResolver resolver) {
        return run(article, resolver, CoderTrace.OFF).analysis();
    }

    /**
     * Analyzes an article as {@link #analyze(Article)} does and explains it sentence by sentence: the parse, the
     * actors found, and every decision of the coder (triggers considered, frames checked, why an event was or was
     * not emitted), which also go to {@code trace} as they are made.
     *
     * @param trace receives the coder's decisions too; {@code null} or {@link CoderTrace#OFF} for none
     */
    public Explanation explain(Article article, CoderTrace trace) {
        return explain(article, actors, trace);
    }

    /** As {@link #explain(Article, CoderTrace)}, with other actor dictionaries. */
    public Explanation explain(Article article, ActorResolver resolver, CoderTrace trace) {
        java.util.Map<Integer, List<String>> notes = new java.util.TreeMap<>();
        CoderTrace tee = (sentence, message) -> {
            synchronized (notes) {
                notes.computeIfAbsent(sentence, k -> new ArrayList<>()).add(message);
            }
            if (trace != null && trace != CoderTrace.OFF) trace.note(sentence, message);
        };
        Run run = run(article, resolver, tee);
        List<Explanation.SentenceExplanation> sentences = new ArrayList<>();
        for (Sentence s : run.analysis().annotated().sentences()) {
            List<Integer> events = new ArrayList<>();
            for (int i = 0; i < run.analysis().events().size(); i++) {
                if (run.analysis().events().get(i).sentence() == s.index()) events.add(i);
            }
            sentences.add(new Explanation.SentenceExplanation(s.index(), s.text(article.text()), s,
                    run.mentions().get(s.index()), notes.getOrDefault(s.index(), List.of()), events));
        }
        return new Explanation(run.analysis(), sentences);
    }

    /** One run of the pipeline over an article: its analysis and the actor phrases of each sentence. */
    private record Run(Analysis analysis, List<List<ActorMention>> mentions) {
    }

    private Run run(Article article, ActorResolver resolver, CoderTrace trace) {
        AnnotatedArticle annotated = annotator.annotate(article);
        List<List<ActorMention>> mentions = resolver.resolve(annotated);
        // the resolver's dictionaries may carry PETRARCH discard phrases (sports, weather, ...)
        DiscardRule discards = sentence -> resolver.discard(sentence)
                .map(d -> d.wholeStory() ? DiscardRule.Scope.STORY : DiscardRule.Scope.SENTENCE).orElse(null);
        List<EventMention> coded = new EventCoder(coder.config().withDiscards(discards)).code(annotated, mentions, trace);
        coded = inContext(annotated, coded, resolver, trace); // post authors as speakers; history as background
        List<EventMention> kept = oneEventPerReciprocalPair(coded);
        if (trace != CoderTrace.OFF && kept.size() < coded.size()) {
            for (EventMention e : coded) {
                if (!kept.contains(e)) trace.note(e.sentence(), "event " + e.cameo() + " " + e.source().code() + " -> "
                        + e.target().code() + " is the mirror of a reciprocal event: one event stands for both");
            }
        }
        // the article's places are found and resolved once, together, and each event takes its place among them
        ArticlePlaces places = placer.places(annotated);
        List<EventMention> events = new ArrayList<>(kept.size());
        for (EventMention e : kept) events.add(locate(places, e, mentions.get(e.sentence())));
        return new Run(new Analysis(annotated, events, places.places()), mentions);
    }

    /** Fills in when and where, from the words governing the trigger, the dateline or the article. */
    private EventMention locate(ArticlePlaces places, EventMention e, List<ActorMention> actorsOfSentence) {
        AnnotatedArticle annotated = places.article();
        Sentence s = annotated.sentences().get(e.sentence());
        int trigger = tokenAt(s, e.trigger().start());
        EventDate date = e.date() != null ? e.date() : dater.date(annotated, s, trigger);
        // words that name an actor ("Azerbaijan accused Armenia") are not the event's place unless a locative
        // preposition governs them ("in Kabul"), and the place of what is talked about ("discussed the situation in
        // Karabakh") never is
        Set<Integer> topic = EventPlacer.topicTokens(s, trigger, e.cameo());
        // an argument that names a place but no actor stands for the place's country ("the curfew in Cizre": TUR)
        Actor source = placeActors.code(e.source(), s, actorsOfSentence, name -> placer.countryOf(places, name));
        Actor target = placeActors.code(e.target(), s, actorsOfSentence, name -> placer.countryOf(places, name));
        EventPlace place = e.place() != null ? e.place()
                : placer.place(places, s, trigger, topic::contains,
                        i -> actorsOfSentence.stream().anyMatch(m -> m.covers(i)),
                        java.util.Arrays.asList(source == null ? null : source.code(),
                                target == null ? null : target.code()));
        return new EventMention(e.id(), e.articleId(), e.sentence(), e.cameo(), e.plover(), e.modality(),
                e.attribution(), e.reciprocal(), e.fatalities(), e.trigger(), source, target, date, place,
                e.evidence(), e.rule(), e.confidence(), e.coderVersion());
    }

    /**
     * A reciprocal event ("A and B held talks") is one event, not the two directed events A→B and B→A; the
     * first of the pair, in the coder's order, stands for both. (Gold formats that list both directions are
     * scored by expanding it again: {@link GoldCoder}.)
     */
    static List<EventMention> oneEventPerReciprocalPair(List<EventMention> coded) {
        List<EventMention> out = new ArrayList<>(coded.size());
        Set<String> seen = new HashSet<>();
        for (EventMention e : coded) {
            if (e.reciprocal() && e.source() != null && e.target() != null) {
                String mirror = pairKey(e, e.target(), e.source());
                if (seen.contains(mirror)) continue;
                seen.add(pairKey(e, e.source(), e.target()));
            }
            out.add(e);
        }
        return out;
    }

    private static String pairKey(EventMention e, org.annalist.model.Actor a, org.annalist.model.Actor b) {
        return e.sentence() + "|" + e.trigger().start() + "|" + e.cameo() + "|" + a.code() + "|" + a.start() + "|"
                + b.code() + "|" + b.start();
    }

    /**
     * What the article around an event says of it: an event without a source told in the first person inside an
     * embedded post ("Held a phone conversation with President Putin.") is the post author's act, and the author,
     * coded through the dictionaries, becomes its source ({@link PostAuthors}); an asserted or
     * reported event that happened long before the story (by its date or the words around it) becomes
     * {@link org.annalist.model.Modality#BACKGROUND} ({@link HistoricalBackground}).
     */
    private List<EventMention> inContext(AnnotatedArticle annotated, List<EventMention> coded, ActorResolver resolver,
                                         CoderTrace trace) {
        PostAuthors authors = new PostAuthors(resolver);
        List<EventMention> out = new ArrayList<>(coded.size());
        for (EventMention e : coded) out.add(inBackground(annotated, spokenByPostAuthor(annotated, e, authors, trace), trace));
        return out;
    }

    private static EventMention spokenByPostAuthor(AnnotatedArticle annotated, EventMention e,
                                                   PostAuthors authors, CoderTrace trace) {
        if (e.source() != null || e.trigger() == null) return e;
        Article article = annotated.article();
        java.util.Optional<org.annalist.model.EmbeddedPost> post =
                PostAuthors.postAt(article.embeds(), e.trigger().start());
        if (post.isEmpty()) return e;
        Sentence s = annotated.sentences().get(e.sentence());
        if (!PostAuthors.firstPerson(s, tokenAt(s, e.trigger().start()))) return e;
        java.util.Optional<org.annalist.model.Actor> author = authors.author(post.get(), article.date());
        if (author.isEmpty()) return e;
        if (trace != CoderTrace.OFF) {
            trace.note(e.sentence(), "event " + e.cameo() + " '" + e.trigger().text() + "' is told in the first person"
                    + " in a post by " + author.get().text() + ": source " + author.get().code());
        }
        return new EventMention(e.id(), e.articleId(), e.sentence(), e.cameo(), e.plover(), e.modality(),
                e.attribution(), e.reciprocal(), e.fatalities(), e.trigger(), author.get(), e.target(), e.date(),
                e.place(), e.evidence(), e.rule(), e.confidence(), e.coderVersion());
    }

    /** The event as background when it happened long before the story; dated as {@link #locate} will date it. */
    private EventMention inBackground(AnnotatedArticle annotated, EventMention e, CoderTrace trace) {
        if (e.modality() != org.annalist.model.Modality.ASSERTED && e.modality() != org.annalist.model.Modality.REPORTED) {
            return e;
        }
        Sentence s = annotated.sentences().get(e.sentence());
        int trigger = tokenAt(s, e.trigger().start());
        EventDate date = e.date() != null ? e.date() : dater.date(annotated, s, trigger);
        java.util.Optional<String> why = BACKGROUND.reason(annotated, s, trigger, date);
        if (why.isEmpty()) return e;
        if (trace != CoderTrace.OFF) {
            trace.note(e.sentence(), "event " + e.cameo() + " '" + e.trigger().text() + "' is background: " + why.get());
        }
        return new EventMention(e.id(), e.articleId(), e.sentence(), e.cameo(), e.plover(),
                org.annalist.model.Modality.BACKGROUND, e.attribution(), e.reciprocal(), e.fatalities(), e.trigger(),
                e.source(), e.target(), e.date(), e.place(), e.evidence(), e.rule(), e.confidence(), e.coderVersion());
    }

    private static int tokenAt(Sentence s, int offset) {
        for (var t : s.tokens()) if (offset >= t.start() && offset < t.end()) return t.index();
        return 0;
    }
}
