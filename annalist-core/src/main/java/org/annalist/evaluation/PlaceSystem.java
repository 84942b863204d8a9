package org.annalist.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Sentence;
import org.annalist.places.PlaceMention;
import org.annalist.places.PlaceRecognizer;

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

    /** Gives places their points: one answer per mention, in order; an answer without a point is "no match". */
    @FunctionalInterface
    interface Resolution {
        List<PredictedPlace> resolve(AnnotatedArticle article, List<PlaceMention> mentions);
    }

    /**
     * Annalist's geoparser: each record's text is annotated as an article (dated by the record's date), its places
     * found by the recogniser and, when a resolution is given, resolved.
     *
     * @param annotate   the text annotation (CoreNLP, possibly through an {@link org.annalist.nlp.AnnotationCache})
     * @param recognizer finds the places
     * @param resolution gives them points, or null to score recognition alone
     */
    static PlaceSystem annalist(Function<Article, AnnotatedArticle> annotate, PlaceRecognizer recognizer,
                                Resolution resolution) {
        return new PlaceSystem() {
            private final AtomicLong nanos = new AtomicLong();
            private String lastId;
            private AnnotatedArticle last;

            @Override
            public List<PredictedPlace> find(PlaceGoldRecord record) {
                AnnotatedArticle a = annotated(record);
                long t0 = System.nanoTime();
                List<PlaceMention> mentions = recognizer.recognize(a);
                List<PredictedPlace> out = resolution == null
                        ? mentions.stream().map(m -> PredictedPlace.unresolved(m.start(), m.end(), m.text())).toList()
                        : resolution.resolve(a, mentions);
                nanos.addAndGet(System.nanoTime() - t0);
                return out;
            }

            @Override
            public List<PredictedPlace> resolve(PlaceGoldRecord record, List<GoldPlace> spans) {
                if (resolution == null) {
                    return spans.stream().map(g -> PredictedPlace.unresolved(g.start(), g.end(), g.text())).toList();
                }
                AnnotatedArticle a = annotated(record);
                List<PlaceMention> mentions = new ArrayList<>();
                for (GoldPlace g : spans) mentions.add(new PlaceMention(g.text(), g.start(), g.end(), sentenceOf(a, g.start())));
                long t0 = System.nanoTime();
                List<PredictedPlace> out = resolution.resolve(a, mentions);
                nanos.addAndGet(System.nanoTime() - t0);
                return out;
            }

            @Override
            public boolean resolves() {
                return resolution != null;
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

    /** The index of the sentence holding the offset (the last one starting at or before it). */
    private static int sentenceOf(AnnotatedArticle a, int offset) {
        int index = 0;
        for (Sentence s : a.sentences()) {
            if (s.start() <= offset) index = s.index();
        }
        return index;
    }
}
