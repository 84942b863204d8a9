package org.annalist.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Dateline;

/**
 * Annalist's geoparser: recognition ({@link PlaceRecognizer}) and resolution of all the places of one article
 * together ({@link ArticlePlaceResolver}). The same object serves {@code analyze}/{@code ingest} (through
 * {@link EventPlacer}) and {@code eval places}, so what is measured is what users get.
 *
 * <p>Immutable and thread-safe.
 */
public final class Geoparser {

    private final PlaceRecognizer recognizer;
    private final PlaceResolver resolver;
    private final ArticlePlaceResolver articles;

    /**
     * @param recognizer finds the places an article names
     * @param resolver   resolves them to gazetteer places; null for recognition alone
     */
    public Geoparser(PlaceRecognizer recognizer, PlaceResolver resolver) {
        this.recognizer = Objects.requireNonNull(recognizer, "recognizer");
        this.resolver = resolver;
        this.articles = resolver == null ? null : new ArticlePlaceResolver(resolver);
    }

    /** A geoparser that recognises places and resolves none of them. */
    public static Geoparser recognizing(PlaceRecognizer recognizer) {
        return new Geoparser(recognizer, null);
    }

    /** Whether places are resolved to gazetteer entries (else mentions come back without places). */
    public boolean resolves() {
        return resolver != null;
    }

    /** The gazetteer places are resolved with, or null when the geoparser does not resolve. */
    public Gazetteer gazetteer() {
        return resolver == null ? null : resolver.gazetteer();
    }

    public PlaceRecognizer recognizer() {
        return recognizer;
    }

    /**
     * Finds the places of an article and resolves them together; also resolves the dateline's place in the same
     * context (the dateline's own mention when the recogniser found it).
     */
    public ArticlePlaces parse(AnnotatedArticle article) {
        List<PlaceMention> mentions = recognizer.recognize(article);
        List<Optional<ResolvedPlace>> resolved = resolve(article, mentions);
        List<ArticlePlace> places = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) places.add(new ArticlePlace(mentions.get(i), resolved.get(i).orElse(null)));
        return new ArticlePlaces(article, places, dateline(article, places));
    }

    /**
     * Resolution alone: one answer per given mention, in order, the mentions resolved together as
     * {@link ArticlePlaceResolver#resolve} does; all empty when the geoparser does not resolve.
     */
    public List<Optional<ResolvedPlace>> resolve(AnnotatedArticle article, List<PlaceMention> mentions) {
        if (articles == null) return mentions.stream().map(m -> Optional.<ResolvedPlace>empty()).toList();
        return articles.resolve(article, mentions);
    }

    /**
     * A name resolved in the context of an article's places: the answer the article's own mention of it got, else
     * the resolver's with the dateline and every place of the article as context; empty for "no match" or when the
     * geoparser does not resolve.
     */
    public Optional<ResolvedPlace> resolve(ArticlePlaces places, String name) {
        if (resolver == null || name == null || name.isBlank()) return Optional.empty();
        for (ArticlePlace p : places.places()) {
            if (p.mention().text().equals(name) && p.resolved() != null) return Optional.of(p.resolved());
        }
        Dateline d = places.article().article().dateline();
        List<String> names = places.places().stream().map(p -> p.mention().text()).toList();
        return resolver.resolve(name, PlaceContext.of(d == null ? null : d.place(), names));
    }

    private ResolvedPlace dateline(AnnotatedArticle article, List<ArticlePlace> places) {
        Dateline d = article.article().dateline();
        if (resolver == null || d == null || d.place() == null || d.place().isBlank()) return null;
        for (ArticlePlace p : places) {
            PlaceMention m = p.mention();
            if (m.start() < d.placeEnd() && d.placeStart() < m.end() && p.resolved() != null) return p.resolved();
        }
        List<String> names = places.stream().map(p -> p.mention().text()).toList();
        return resolver.resolve(d.place(), PlaceContext.of(d.place(), names)).orElse(null);
    }
}
