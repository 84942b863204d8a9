package org.annalist.places;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.annalist.model.AnnotatedArticle;

/**
 * Resolves all the place mentions of one article: each by the {@link PlaceResolver} with the article's dateline and
 * the other mentions as context. A mention the gazetteer does not know as a whole (a street, a building, a campus)
 * is where its own words say ("Arizona State University", "Bank of England"), else most likely where the article
 * is: in or near its focus, the town (else the region, else the country) that most of its other places are in or
 * near; when a town of the article near the focus is named in the same sentence, in or near that town ("a rally on
 * Tanner Street in Brennford"). A small town its words name counts only near the focus ("Liverpool Academy" in a
 * story set in Cairo is no place in England). Answers from the focus have its precision widened to {@link PlacePrecision#NEAR}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ArticlePlaceResolver {

    /** How far a place that a name's words give may lie from the article's focus and still be the answer. */
    static final double NEAR_FOCUS_KM = 300;
    /** How near two places lie to count as the same neighbourhood when the focus is chosen. */
    static final double SAME_AREA_KM = 161;
    /** Inhabitants from which a town that a name's words give is taken whether or not it lies near the focus. */
    static final long BIG_TOWN = 500_000;

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
        List<String> known = new ArrayList<>();
        List<Integer> knownAt = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (resolver.knows(names.get(i))) {
                known.add(names.get(i));
                knownAt.add(i);
            }
        }
        List<Optional<ResolvedPlace>> out = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) out.add(Optional.empty());
        List<Optional<ResolvedPlace>> direct = resolver.resolveAll(known, PlaceContext.of(dateline, List.of()));
        for (int k = 0; k < known.size(); k++) out.set(knownAt.get(k), direct.get(k));
        ResolvedPlace focus = focus(direct);
        PlaceContext withNames = PlaceContext.of(dateline, known);
        Map<String, Optional<ResolvedPlace>> memo = new LinkedHashMap<>();
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).isPresent()) continue;
            String name = names.get(i);
            ResolvedPlace local = sentenceTown(i, mentions, out, knownAt, focus);
            out.set(i, local == null
                    ? memo.computeIfAbsent(NameKey.of(name), k -> unknown(name, withNames, focus, "the article's focus "))
                    : unknown(name, withNames, local, "the town of its sentence "));
        }
        return out;
    }

    /**
     * The town of the sentence of mention {@code i}: of the known mentions in the same sentence that resolve to a
     * town near the focus, the nearest in the text ("a rally on Tanner Street in Brennford"); or null.
     */
    private static ResolvedPlace sentenceTown(int i, List<PlaceMention> mentions, List<Optional<ResolvedPlace>> out,
                                              List<Integer> knownAt, ResolvedPlace focus) {
        PlaceMention m = mentions.get(i);
        ResolvedPlace best = null;
        int bestGap = Integer.MAX_VALUE;
        for (int j : knownAt) {
            PlaceMention o = mentions.get(j);
            if (o.sentence() != m.sentence() || out.get(j).isEmpty()) continue;
            ResolvedPlace r = out.get(j).get();
            if (!r.entry().isPopulatedPlace()) continue;
            if (focus != null && (focus.entry().isPopulatedPlace() || focus.entry().isAdmin1())
                    && r.entry().kmTo(focus.entry().lat(), focus.entry().lon()) >= NEAR_FOCUS_KM) continue;
            int gap = Math.abs(o.start() - m.start());
            if (gap < bestGap) {
                best = r;
                bestGap = gap;
            }
        }
        return best;
    }

    /** The answer for a name the gazetteer does not know as a whole (or whose candidates are all unlikely). */
    private Optional<ResolvedPlace> unknown(String name, PlaceContext context, ResolvedPlace focus, String what) {
        Optional<ResolvedPlace> inner = resolver.resolve(name, context);
        if (inner.isEmpty()) inner = innerPlace(name, context);
        if (inner.isPresent() && agrees(inner.get().entry(), focus)) return inner;
        if (focus == null) return Optional.empty();
        PlacePrecision p = focus.precision() == PlacePrecision.EXACT ? PlacePrecision.NEAR : focus.precision();
        return Optional.of(new ResolvedPlace(focus.entry(), p, 0, "in or near " + what + focus.entry().name()
                + inner.map(r -> " (its words name " + r.entry().name() + ")").orElse("")));
    }

    /**
     * Whether a place a name's words give agrees with the article's focus: any does when there is no town or region
     * in focus; a country, a region of the focus's country or a big town the words name is what the name is about
     * ("Arizona State University", "Bank of England"); a smaller town must lie near the focus.
     */
    private static boolean agrees(GazetteerEntry e, ResolvedPlace focus) {
        if (focus == null) return true;
        GazetteerEntry f = focus.entry();
        if (!(f.isPopulatedPlace() || f.isAdmin1())) return true;
        if (e.isCountry() || e.countryCode().isEmpty()) return true;
        // a region or county of another country than the focus's is a namesake ("Northumberland Avenue" in Canada)
        if (!e.isPopulatedPlace()) return e.countryCode().equals(f.countryCode());
        return e.population() >= BIG_TOWN || e.kmTo(f.lat(), f.lon()) < NEAR_FOCUS_KM;
    }

    /** The place of the longest run of the name's words that resolves to a town, a region or a country. */
    private Optional<ResolvedPlace> innerPlace(String name, PlaceContext context) {
        String[] words = name.split("\\s+");
        for (int length = words.length - 1; length >= 1; length--) {
            for (int from = 0; from + length <= words.length; from++) {
                String part = String.join(" ", java.util.Arrays.copyOfRange(words, from, from + length));
                if (part.isEmpty() || !Character.isUpperCase(part.codePointAt(0))) continue;
                if (length == 1 && PlaceResolver.isFeatureWord(part)) continue;
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

    /**
     * The article's focus: among the towns it names, the one with the most of the article's places in or near it
     * (ties: the one named most often, then the first); without towns, the region so chosen; else the country
     * named most often; or null.
     */
    private static ResolvedPlace focus(List<Optional<ResolvedPlace>> resolved) {
        List<ResolvedPlace> places = resolved.stream().flatMap(Optional::stream).toList();
        ResolvedPlace best = null;
        int bestRank = -1;
        double bestNear = -1;
        int bestCount = -1;
        for (ResolvedPlace r : places) {
            GazetteerEntry e = r.entry();
            int rank = e.isPopulatedPlace() ? 2 : e.isAdmin1() ? 1 : e.isCountry() ? 0 : -1;
            if (rank < 0) continue;
            double near = 0;
            int count = 0;
            for (ResolvedPlace o : places) {
                GazetteerEntry x = o.entry();
                if (x.geonameid() == e.geonameid()) {
                    count++;
                    near++;
                } else if (!x.isCountry() && !e.isCountry() && x.kmTo(e.lat(), e.lon()) < SAME_AREA_KM) {
                    near++;
                } else if (rank == 1 && x.countryCode().equals(e.countryCode()) && x.admin1().equals(e.admin1())
                        && !x.admin1().isEmpty()) {
                    near++;
                }
            }
            if (rank > bestRank || rank == bestRank && (near > bestNear || near == bestNear && count > bestCount)) {
                best = r;
                bestRank = rank;
                bestNear = near;
                bestCount = count;
            }
        }
        return best;
    }
}
