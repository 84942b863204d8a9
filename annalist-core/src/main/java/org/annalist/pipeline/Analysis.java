package org.annalist.pipeline;

import java.util.List;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.EventMention;

/** What the pipeline found in one article. */
public record Analysis(AnnotatedArticle annotated, List<EventMention> events) {
    public Analysis {
        events = List.copyOf(events);
    }

    public Article article() {
        return annotated.article();
    }
}
