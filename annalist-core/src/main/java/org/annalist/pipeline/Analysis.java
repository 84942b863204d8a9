package org.annalist.pipeline;

import java.util.List;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.EventMention;
import org.annalist.ontology.EventView;
import org.annalist.ontology.EventViews;

/**
 * What the pipeline found in one article.
 *
 * @param annotated the article with its sentences
 * @param events    the coded events
 * @param views     for each event, at the same index, its PLOVER, ACLED, QuadClass and five-way views
 */
public record Analysis(AnnotatedArticle annotated, List<EventMention> events, List<EventView> views) {
    public Analysis {
        events = List.copyOf(events);
        views = List.copyOf(views);
        if (views.size() != events.size()) {
            throw new IllegalArgumentException(events.size() + " events but " + views.size() + " views");
        }
    }

    /** An analysis whose views are computed with the bundled tables. */
    public Analysis(AnnotatedArticle annotated, List<EventMention> events) {
        this(annotated, events, EventViews.load().of(events));
    }

    public Article article() {
        return annotated.article();
    }

    /** The views of the event at {@code index} of {@link #events()}. */
    public EventView view(int index) {
        return views.get(index);
    }
}
