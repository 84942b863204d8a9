package org.annalist.places;

import java.util.List;
import java.util.Objects;
import org.annalist.model.AnnotatedArticle;

/**
 * What the {@link Geoparser} found in one article: every place it names, in text order, each resolved with all the
 * others, the dateline and the countries the article mentions as context; and the dateline's place, resolved in
 * the same context.
 *
 * @param article  the annotated article the offsets refer to
 * @param places   the places named in the text, in text order, spans never overlapping
 * @param dateline the dateline's place resolved, or null when the article has no dateline place or it does not
 *                 resolve
 */
public record ArticlePlaces(AnnotatedArticle article, List<ArticlePlace> places, ResolvedPlace dateline) {

    public ArticlePlaces {
        Objects.requireNonNull(article, "article");
        places = List.copyOf(places);
    }

    /** The places named in sentence {@code index}, in text order. */
    public List<ArticlePlace> inSentence(int index) {
        return places.stream().filter(p -> p.mention().sentence() == index).toList();
    }
}
