package org.annalist.places;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Dateline;
import org.annalist.model.Dependency;
import org.annalist.model.EventPlace;
import org.annalist.model.Precision;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;

/**
 * Places a coded event from its trigger, in this order:
 * <ol>
 *   <li>{@code sentence}: a place phrase attached to the trigger by a locative preposition ("clashed
 *       <u>in Lindar</u>", "protests <u>near the Vell border</u>") whose head is a named place
 *       (NER LOCATION, CITY, STATE_OR_PROVINCE or COUNTRY), widened over its compound and flat tokens;</li>
 *   <li>{@code sentence}: else the named place of the sentence nearest to the trigger that is not part of
 *       an actor phrase ("Veldorian troops" names who, not where);</li>
 *   <li>{@code dateline}: else the dateline's place;</li>
 *   <li>{@code actor}: else the country of the event's actors (when the placer is given their codes);</li>
 *   <li>else null.</li>
 * </ol>
 * With a {@link PlaceResolver} the name is resolved in the article's context (its dateline and every place
 * it names): the place gets its GeoNames id, point and country, and the precision of what it resolved to
 * (town {@link Precision#EXACT}, or {@link Precision#NEAR} after "near", "outside", "around"; state or province
 * {@link Precision#ADMIN}; {@link Precision#REGION}; {@link Precision#COUNTRY}). A name the gazetteer cannot
 * resolve keeps its words with no coordinates. With only a {@link CountryLookup}, precision comes from the
 * NER tag and the lookup ({@link Precision#COUNTRY} for a country name, {@link Precision#ADMIN} for
 * STATE_OR_PROVINCE, else {@link Precision#EXACT}) and coordinates stay null.
 */
public final class EventPlacer {

    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    /** Prepositions that say where something happened ("with", "from", "against" say who or whence). */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across", "around",
            "throughout", "within", "along", "off", "into", "on", "over", "beside", "behind", "inside_of", "outside_of",
            "near_to", "close_to", "next_to");
    private static final Set<String> NAME_PARTS = Set.of("compound", "flat", "flat:name");

    /** Prepositions that put the event beside the place rather than in it (UCDP where_prec 2). */
    private static final Set<String> NEARBY = Set.of("near", "outside", "around", "off", "near_to", "close_to",
            "next_to", "outside_of", "beside");

    private final CountryLookup countries;
    private final PlaceResolver resolver;
    private final Gazetteer gazetteer;
    /** the places of the article a thread is placing events of, resolved once per article */
    private final ThreadLocal<ArticlePlaces> current = new ThreadLocal<>();

    /** @param countries the country knowledge; {@link CountryLookup#none()} when there is none */
    public EventPlacer(CountryLookup countries) {
        this.countries = Objects.requireNonNull(countries, "countries");
        this.resolver = null;
        this.gazetteer = null;
    }

    /** A placer that resolves places to GeoNames entries with coordinates. */
    public EventPlacer(PlaceResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.gazetteer = resolver.gazetteer();
        this.countries = gazetteer;
    }

    /** A placer over the built-in gazetteer. */
    public static EventPlacer withGazetteer(Gazetteer gazetteer) {
        return new EventPlacer(new PlaceResolver(gazetteer));
    }

    /** Places the event with no token excluded. */
    public EventPlace place(AnnotatedArticle a, Sentence s, int triggerToken) {
        return place(a, s, triggerToken, t -> false);
    }

    /**
     * The place of the event whose trigger is token {@code triggerToken} of sentence {@code s}.
     *
     * @param actorToken true for the sentence-local token indices that belong to actor phrases; those
     *                   never make the place
     * @return the place, or null when neither the sentence nor the dateline gives one
     */
    public EventPlace place(AnnotatedArticle a, Sentence s, int triggerToken, Predicate<Integer> actorToken) {
        return place(a, s, triggerToken, actorToken, List.of());
    }

    /**
     * As {@link #place(AnnotatedArticle, Sentence, int, Predicate)}, falling back to the actors' country when
     * neither the sentence nor the dateline names a place.
     *
     * @param actorCodes CAMEO codes of the event's actors ("AZEMIL", "ARMSEP"), source first; nulls allowed
     */
    public EventPlace place(AnnotatedArticle a, Sentence s, int triggerToken, Predicate<Integer> actorToken,
                            List<String> actorCodes) {
        String text = a.article().text();
        for (Dependency d : s.children(triggerToken)) {
            if (!isLocative(d.relation())) continue;
            int head = d.dependent();
            if (!isPlace(s.token(head)) || actorToken.test(head)) continue;
            boolean nearby = NEARBY.contains(d.relation().substring(d.relation().indexOf(':') + 1).toLowerCase(Locale.ROOT));
            return fromTokens(a, s, phraseOf(s, head), nearby);
        }
        List<Integer> nearest = null;
        int best = Integer.MAX_VALUE;
        for (List<Integer> run : placeRuns(s)) {
            if (run.stream().anyMatch(actorToken) || run.contains(triggerToken)) continue;
            int distance = Math.min(Math.abs(run.get(0) - triggerToken), Math.abs(run.get(run.size() - 1) - triggerToken));
            if (distance < best) {
                best = distance;
                nearest = run;
            }
        }
        if (nearest != null) return fromTokens(a, s, new TreeSet<>(nearest), false);
        EventPlace dateline = fromDateline(a);
        return dateline != null ? dateline : fromActors(actorCodes);
    }

    /**
     * The ISO2 code (upper case) of the country a place name lies in, resolved in the article's context as the
     * event places are, else by the country lookup; null when unknown. Used to code a place named as an actor.
     */
    public String countryOf(AnnotatedArticle a, String name) {
        Optional<ResolvedPlace> r = resolve(a, name);
        if (r.isPresent() && !r.get().entry().countryCode().isEmpty()) return r.get().entry().countryCode().toUpperCase(Locale.ROOT);
        return countryOf(name);
    }

    /** CAMEO roots of verbal events (statements, appeals, intents, consultations, demands, criticism, rejections, threats). */
    private static final Set<String> VERBAL_ROOTS = Set.of("01", "02", "03", "04", "05", "10", "11", "12", "13");
    /** Relations by which a verbal trigger takes what it is about. */
    private static final Set<String> TOPIC_RELATIONS = Set.of("obj", "obl:about", "obl:on", "obl:over",
            "obl:regarding", "nmod:about", "nmod:on", "ccomp");

    /**
     * The tokens of what a verbal event is about (its object and about/on/over phrases, with their dependents):
     * a place named there is the topic, not where the talking happened. Empty for other events.
     */
    public static Set<Integer> topicTokens(Sentence s, int trigger, String cameo) {
        Set<Integer> out = new HashSet<>();
        if (cameo == null || cameo.length() < 2 || !VERBAL_ROOTS.contains(cameo.substring(0, 2))) return out;
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        for (Dependency d : s.children(trigger)) {
            if (TOPIC_RELATIONS.contains(d.relation().toLowerCase(Locale.ROOT))) todo.add(d.dependent());
        }
        while (!todo.isEmpty()) {
            int t = todo.poll();
            if (t == trigger || !out.add(t)) continue;
            for (Dependency d : s.children(t)) todo.add(d.dependent());
        }
        return out;
    }

    private static boolean isLocative(String relation) {
        int colon = relation.indexOf(':');
        if (colon < 0) return false;
        String kind = relation.substring(0, colon);
        if (!kind.equals("obl") && !kind.equals("nmod")) return false;
        return LOCATIVE.contains(relation.substring(colon + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean isPlace(Token t) {
        return PLACE_TAGS.contains(t.ner());
    }

    /** The head and its name parts ("Port" "Lindar"), recursively. */
    private static TreeSet<Integer> phraseOf(Sentence s, int head) {
        TreeSet<Integer> out = new TreeSet<>();
        List<Integer> todo = new ArrayList<>(List.of(head));
        while (!todo.isEmpty()) {
            int t = todo.remove(todo.size() - 1);
            if (!out.add(t)) continue;
            for (Dependency d : s.children(t)) if (NAME_PARTS.contains(d.relation())) todo.add(d.dependent());
        }
        return out;
    }

    /** Maximal runs of consecutive tokens carrying the same place tag. */
    private static List<List<Integer>> placeRuns(Sentence s) {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> run = null;
        String tag = null;
        for (Token t : s.tokens()) {
            if (isPlace(t) && run != null && t.ner().equals(tag)) {
                run.add(t.index());
            } else if (isPlace(t)) {
                run = new ArrayList<>(List.of(t.index()));
                tag = t.ner();
                runs.add(run);
            } else {
                run = null;
                tag = null;
            }
        }
        return runs;
    }

    private EventPlace fromTokens(AnnotatedArticle a, Sentence s, TreeSet<Integer> tokens, boolean nearby) {
        String text = a.article().text();
        int start = s.token(tokens.first()).start();
        int end = s.token(tokens.last()).end();
        String name = text.substring(start, end);
        Span span = new Span(name, start, end);
        Optional<ResolvedPlace> resolved = resolve(a, name);
        if (resolved.isPresent()) return fromResolved(name, resolved.get(), nearby, "sentence", span);
        Token head = tokens.stream().map(s::token).filter(EventPlacer::isPlace).findFirst().orElse(s.token(tokens.first()));
        Precision precision = switch (head.ner()) {
            case "COUNTRY" -> Precision.COUNTRY;
            case "STATE_OR_PROVINCE" -> Precision.ADMIN;
            default -> nearby ? Precision.NEAR : Precision.EXACT;
        };
        if (countries.isCountry(name)) precision = Precision.COUNTRY;
        return new EventPlace(name, countryOf(name), null, null, null, precision, "sentence", span);
    }

    private EventPlace fromDateline(AnnotatedArticle a) {
        Article article = a.article();
        Dateline d = article.dateline();
        if (d == null || d.place() == null) return null;
        Span span = null;
        if (d.placeStart() >= 0 && d.placeEnd() <= article.text().length() && d.placeStart() < d.placeEnd()) {
            span = new Span(article.text().substring(d.placeStart(), d.placeEnd()), d.placeStart(), d.placeEnd());
        }
        Optional<ResolvedPlace> resolved = resolve(a, d.place());
        if (resolved.isPresent()) return fromResolved(d.place(), resolved.get(), false, "dateline", span);
        Precision precision = countries.isCountry(d.place()) ? Precision.COUNTRY : Precision.EXACT;
        return new EventPlace(d.place(), countryOf(d.place()), null, null, null, precision, "dateline", span);
    }

    /** The first actor's country, as the country's point at country precision. */
    private EventPlace fromActors(List<String> actorCodes) {
        if (gazetteer == null || actorCodes == null) return null;
        for (String code : actorCodes) {
            if (code == null || code.length() < 3) continue;
            Optional<GazetteerEntry> c = gazetteer.countryOfActorCode(code.substring(0, 3)).flatMap(gazetteer::country);
            if (c.isEmpty()) continue;
            GazetteerEntry e = c.get();
            return new EventPlace(e.name(), e.countryCode(), e.geonameid() > 0 ? e.geonameid() : null, e.lat(), e.lon(),
                    Precision.COUNTRY, "actor", null);
        }
        return null;
    }

    private static EventPlace fromResolved(String name, ResolvedPlace r, boolean nearby, String basis, Span span) {
        GazetteerEntry e = r.entry();
        PlacePrecision p = r.precision() == PlacePrecision.EXACT && nearby ? PlacePrecision.NEAR : r.precision();
        return new EventPlace(name, e.countryCode().isEmpty() ? null : e.countryCode(), r.geonameid(), e.lat(), e.lon(),
                p.toModel(), basis, span);
    }

    /** The name resolved in its article's context (the dateline and every place the article names). */
    private Optional<ResolvedPlace> resolve(AnnotatedArticle a, String name) {
        if (resolver == null) return Optional.empty();
        ArticlePlaces places = current.get();
        if (places == null || places.article != a) {
            places = new ArticlePlaces(a, resolver);
            current.set(places);
        }
        return places.resolve(name);
    }

    /** The place names of one article, resolved together so that each is the others' context. */
    private static final class ArticlePlaces {
        final AnnotatedArticle article;
        final PlaceResolver resolver;
        final PlaceContext contextWithNames;
        final java.util.Map<String, Optional<ResolvedPlace>> byName = new java.util.HashMap<>();

        ArticlePlaces(AnnotatedArticle article, PlaceResolver resolver) {
            this.article = article;
            this.resolver = resolver;
            String text = article.article().text();
            List<String> names = new ArrayList<>();
            for (Sentence s : article.sentences()) {
                for (List<Integer> run : placeRuns(s)) {
                    names.add(text.substring(s.token(run.get(0)).start(), s.token(run.get(run.size() - 1)).end()));
                }
            }
            Dateline d = article.article().dateline();
            PlaceContext context = PlaceContext.of(d == null ? null : d.place(), List.of());
            List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(names));
            List<Optional<ResolvedPlace>> resolved = resolver.resolveAll(distinct, context);
            for (int i = 0; i < distinct.size(); i++) byName.put(distinct.get(i), resolved.get(i));
            this.contextWithNames = new PlaceContext(context.dateline(), java.util.Set.of(), distinct);
        }

        Optional<ResolvedPlace> resolve(String name) {
            Optional<ResolvedPlace> r = byName.get(name);
            return r != null ? r : resolver.resolve(name, contextWithNames);
        }
    }

    private String countryOf(String name) {
        Optional<String> iso2 = countries.iso2(name);
        return iso2.map(c -> c.toUpperCase(Locale.ROOT)).orElse(null);
    }
}
