package org.annalist.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Sentence;
import java.util.Optional;
import org.annalist.places.ArticlePlace;
import org.annalist.places.Geoparser;
import org.annalist.places.PlaceMention;
import org.annalist.places.ResolvedPlace;

/**
 * A geoparser under evaluation: a place-gold record in, the places it finds (end to end) or the points it gives
 * to the gold's own spans (resolution alone) out.
 */
public interface PlaceSystem {

    /**
     * End to end: the places the system recognises in the record's text, each with its point when it resolves it.
     *
     * @return the places, offsets into the record's text (never null)
     */
    List<PredictedPlace> find(PlaceGoldRecord record);

    /**
     * Resolution alone: the system's answer for each of the given spans of the record, in the same order. An
     * answer without a point is the system's "no match".
     *
     * @return one answer per span; answers without points when the system does not resolve ({@link #resolves()})
     */
    List<PredictedPlace> resolve(PlaceGoldRecord record, List<GoldPlace> spans);

    /** Whether the system resolves places to points at all; when not, resolution figures are not computed. */
    boolean resolves();

    /**
     * Time the system spent recognising and resolving places so far, in nanoseconds, without the text annotation
     * it shares with the rest of the pipeline (CoreNLP); 0 when it does not measure it.
     */
    default long placeNanos() {
        return 0;
    }

    /**
     * Annalist's geoparser, the one the pipeline places events with: each record's text is annotated as an article
     * (dated by the record's date), its places found and, when the geoparser resolves, resolved together.
     *
     * @param annotate  the text annotation (CoreNLP, possibly through an {@link org.annalist.nlp.AnnotationCache})
     * @param geoparser finds the places and resolves them ({@link Geoparser#recognizing} to score recognition alone)
     */
    static PlaceSystem annalist(Function<Article, AnnotatedArticle> annotate, Geoparser geoparser) {
        return new PlaceSystem() {
            private final AtomicLong nanos = new AtomicLong();
            private String lastId;
            private AnnotatedArticle last;

            @Override
            public List<PredictedPlace> find(PlaceGoldRecord record) {
                AnnotatedArticle a = annotated(record);
                long t0 = System.nanoTime();
                List<PredictedPlace> out = new ArrayList<>();
                for (ArticlePlace p : geoparser.parse(a).places()) out.add(predicted(p.mention(), p.resolved()));
                nanos.addAndGet(System.nanoTime() - t0);
                return out;
            }

            @Override
            public List<PredictedPlace> resolve(PlaceGoldRecord record, List<GoldPlace> spans) {
                if (!geoparser.resolves()) {
                    return spans.stream().map(g -> PredictedPlace.unresolved(g.start(), g.end(), g.text())).toList();
                }
                AnnotatedArticle a = annotated(record);
                List<PlaceMention> mentions = new ArrayList<>();
                for (GoldPlace g : spans) mentions.add(new PlaceMention(g.text(), g.start(), g.end(), sentenceOf(a, g.start())));
                long t0 = System.nanoTime();
                List<Optional<ResolvedPlace>> found = geoparser.resolve(a, mentions);
                List<PredictedPlace> out = new ArrayList<>(mentions.size());
                for (int i = 0; i < mentions.size(); i++) out.add(predicted(mentions.get(i), found.get(i).orElse(null)));
                nanos.addAndGet(System.nanoTime() - t0);
                return out;
            }

            @Override
            public boolean resolves() {
                return geoparser.resolves();
            }

            @Override
            public long placeNanos() {
                return nanos.get();
            }

            /** The record's annotation; the last one is kept, as find and resolve ask for the same record in turn. */
            private synchronized AnnotatedArticle annotated(PlaceGoldRecord record) {
                if (!record.id().equals(lastId)) {
                    Article article = new Article(record.id(), null, null, record.date(), "en", record.text(), null,
                            List.of(), "place gold", List.of());
                    last = annotate.apply(article);
                    lastId = record.id();
                }
                return last;
            }
        };
    }

    /** A mention with its point, or unresolved ("no match") when {@code r} is null. */
    private static PredictedPlace predicted(PlaceMention m, ResolvedPlace r) {
        return r == null ? PredictedPlace.unresolved(m.start(), m.end(), m.text())
                : new PredictedPlace(m.start(), m.end(), m.text(), r.geonameid(), r.entry().lat(), r.entry().lon());
    }

    /** The index of the sentence holding the offset (the last one starting at or before it). */
    private static int sentenceOf(AnnotatedArticle a, int offset) {
        int index = 0;
        for (Sentence s : a.sentences()) {
            if (s.start() <= offset) index = s.index();
        }
        return index;
    }
}
