package org.annalist.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.annalist.model.AnnotatedArticle;

/**
 * Resolves all the place mentions of one article: each by the {@link PlaceResolver} with the article's dateline and
 * the other mentions as context. A mention the gazetteer does not know (a street, a building, a campus) resolves
 * to the place its own words name ("Colorado State University" to Colorado), else to the article's focus, the
 * place it mentions most often, with that place's precision widened to {@link PlacePrecision#NEAR}: a street named
 * in a story about one town is most likely in that town.
 *
 * <p>Immutable and thread-safe.
 */
public final class ArticlePlaceResolver {

    private final PlaceResolver resolver;

    public ArticlePlaceResolver(PlaceResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * One answer per mention, in order; empty only when neither the mention, its words nor the article's places
     * resolve.
     */
    public List<Optional<ResolvedPlace>> resolve(AnnotatedArticle article, List<PlaceMention> mentions) {
        String dateline = article.article().dateline() == null ? null : article.article().dateline().place();
        List<String> names = mentions.stream().map(PlaceMention::text).toList();
        PlaceContext context = PlaceContext.of(dateline, List.of());
        List<Optional<ResolvedPlace>> out = new ArrayList<>(resolver.resolveAll(names, context));
        ResolvedPlace focus = focus(out);
        PlaceContext withNames = PlaceContext.of(dateline, names);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).isPresent()) continue;
            Optional<ResolvedPlace> inner = innerPlace(names.get(i), withNames);
            if (inner.isPresent()) {
                out.set(i, inner);
            } else if (focus != null) {
                PlacePrecision p = focus.precision() == PlacePrecision.EXACT ? PlacePrecision.NEAR : focus.precision();
                out.set(i, Optional.of(new ResolvedPlace(focus.entry(), p, 0, "in or near the article's focus "
                        + focus.entry().name())));
            }
        }
        return out;
    }

    /** The place of the longest run of the name's words that resolves to a town, a region or a country. */
    private Optional<ResolvedPlace> innerPlace(String name, PlaceContext context) {
        String[] words = name.split("\\s+");
        for (int length = words.length - 1; length >= 1; length--) {
            for (int from = 0; from + length <= words.length; from++) {
                String part = String.join(" ", java.util.Arrays.copyOfRange(words, from, from + length));
                if (part.isEmpty() || !Character.isUpperCase(part.codePointAt(0))) continue;
                Optional<ResolvedPlace> r = resolver.resolve(part, context);
                if (r.isPresent()) {
                    ResolvedPlace p = r.get();
                    return Optional.of(new ResolvedPlace(p.entry(), p.precision(), p.score(),
                            p.reason() + "; named in \"" + name + "\""));
                }
            }
        }
        return Optional.empty();
    }

    /** The town or region mentioned most often (ties: the first), else the country mentioned most often; or null. */
    private static ResolvedPlace focus(List<Optional<ResolvedPlace>> resolved) {
        ResolvedPlace best = null;
        int bestCount = 0;
        boolean bestLocal = false;
        Map<Long, Integer> counts = new HashMap<>();
        for (Optional<ResolvedPlace> o : resolved) {
            if (o.isEmpty()) continue;
            ResolvedPlace r = o.get();
            int n = counts.merge(r.entry().geonameid(), 1, Integer::sum);
            boolean local = r.precision() == PlacePrecision.EXACT || r.precision() == PlacePrecision.ADMIN1;
            if (local && !bestLocal || local == bestLocal && n > bestCount) {
                best = r;
                bestCount = n;
                bestLocal = local;
            }
        }
        return best;
    }
}
