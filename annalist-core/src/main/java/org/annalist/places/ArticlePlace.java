package org.annalist.places;

import java.util.Objects;
import java.util.Optional;

/**
 * A place an article names, with where the geoparser put it.
 *
 * @param mention  the words and where they are in the article
 * @param resolved the gazetteer place they were resolved to in the article's context, or null when the
 *                 geoparser has no answer (or does not resolve at all)
 */
public record ArticlePlace(PlaceMention mention, ResolvedPlace resolved) {

    public ArticlePlace {
        Objects.requireNonNull(mention, "mention");
    }

    /** The resolved place, or empty for "no match". */
    public Optional<ResolvedPlace> place() {
        return Optional.ofNullable(resolved);
    }
}
