package org.annalist.pipeline;

import java.util.List;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.EventMention;
import org.annalist.ontology.EventView;
import org.annalist.ontology.EventViews;
import org.annalist.places.ArticlePlace;

/**
 * What the pipeline found in one article.
 *
 * @param annotated the article with its sentences
 * @param events    the coded events
 * @param views     for each event, at the same index, its PLOVER, ACLED, QuadClass and five-way views
 * @param places    the places the article names, in text order, each with where the geoparser resolved it
 */
public record Analysis(AnnotatedArticle annotated, List<EventMention> events, List<EventView> views,
                       List<ArticlePlace> places) {
    public Analysis {
        events = List.copyOf(events);
        views = List.copyOf(views);
        places = List.copyOf(places);
        if (views.size() != events.size()) {
            throw new IllegalArgumentException(events.size() + " events but " + views.size() + " views");
        }
    }

    /** An analysis whose views are computed with the bundled tables. */
    public Analysis(AnnotatedArticle annotated, List<EventMention> events, List<ArticlePlace> places) {
        this(annotated, events, EventViews.load().of(events), places);
    }

    /** An analysis without places, whose views are computed with the bundled tables. */
    public Analysis(AnnotatedArticle annotated, List<EventMention> events) {
        this(annotated, events, List.of());
    }

    public Article article() {
        return annotated.article();
    }

    /** The views of the event at {@code index} of {@link #events()}. */
    public EventView view(int index) {
        return views.get(index);
    }
}
