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
 * Places a coded event among the places its article names, as the {@link Geoparser} found and resolved them (one
 * recognition and resolution per article: {@link #places(AnnotatedArticle)}), in this order:
 * <ol>
 *   <li>{@code sentence}: the place named in a phrase attached to the trigger by a locative preposition ("clashed
 *       <u>in Lindar</u>", "protests <u>near the Vell border</u>", "rioted at a jail <u>in Dili</u>"): the place
 *       mention holding the phrase's head, else one of its name parts or of the phrases that say where it is;</li>
 *   <li>{@code sentence}: else the place of the sentence nearest to the trigger that is not part of an actor
 *       phrase ("Veldorian troops" names who, not where), else the nearest one in an actor phrase that a locative
 *       preposition governs ("opposition parties <u>in Nepal</u>");</li>
 *   <li>{@code dateline}: else the dateline's place;</li>
 *   <li>{@code actor}: else the country of the event's actors (when the placer is given their codes);</li>
 *   <li>else null.</li>
 * </ol>
 * Demonyms and languages the recogniser counts as places ("Russian", "Arabic") say whose, not where, and never
 * place an event; places in an actor's words or in an organisation's name ("the <u>Washington</u> Post") place it
 * only where a locative preposition governs them ("rallied <u>at Barclays Center</u>", "clashes <u>in Kabul</u>"). A resolved place gets its GeoNames id, point and country, and the precision of what it resolved
 * to (town {@link Precision#EXACT}, or {@link Precision#NEAR} after "near", "outside", "around" or when the
 * geoparser could only place it in or near the article's focus; state or province {@link Precision#ADMIN};
 * {@link Precision#REGION}; {@link Precision#COUNTRY}). A name the gazetteer cannot resolve keeps its words with
 * no coordinates. Without a gazetteer (a placer over a {@link CountryLookup}) places are the NER's, and
 * precision comes from the NER tag and the lookup ({@link Precision#COUNTRY} for a country name,
 * {@link Precision#ADMIN} for STATE_OR_PROVINCE, else {@link Precision#EXACT}) with no coordinates.
 */
public final class EventPlacer {

    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    /** Prepositions that say where something happened ("with", "from", "against" say who or whence). */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across", "around",
            "throughout", "within", "along", "off", "into", "on", "over", "beside", "behind", "inside_of", "outside_of",
            "near_to", "close_to", "next_to");
    private static final Set<String> NAME_PARTS = Set.of("compound", "flat", "flat:name");
    /**
     * Locative prepositions that say where whatever they govern ("on" and "over" also take what an action is aimed
     * at: "sanctions on Iran", "a dispute over Kashmir"); "into" says where something ends up ("rockets fired into
     * Israel", "lines leading into Kabul").
     */
    private static final Set<String> STRICTLY_LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "around",
            "throughout", "within", "along", "across", "beside", "into", "inside_of", "outside_of", "near_to",
            "close_to", "next_to");
    /** Relations by which a place names the place of a noun ("the city of Algiers", "the capital, Kabul"). */
    private static final Set<String> WIDENING = Set.of("nmod:of", "appos");
    /** Nouns for a kind of place, whose "of" phrase names it ("the town of Rafah", "the outskirts of Kabul"). */
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "capital", "province", "region",
            "district", "port", "area", "outskirts", "suburb", "suburbs", "part", "north", "south", "east", "west",
            "centre", "center", "heart", "border", "camp", "state", "county", "governorate", "oblast", "enclave",
            "territory", "island", "islands", "peninsula", "valley", "streets", "sector");

    /** Prepositions that put the event beside the place rather than in it (UCDP where_prec 2). */
    private static final Set<String> NEARBY = Set.of("near", "outside", "around", "off", "near_to", "close_to",
            "next_to", "outside_of", "beside");

    private final CountryLookup countries;
    private final Geoparser geoparser;
    private final Gazetteer gazetteer;

    /**
     * A placer without a gazetteer: the NER's places, no coordinates.
     *
     * @param countries the country knowledge; {@link CountryLookup#none()} when there is none
     */
    public EventPlacer(CountryLookup countries) {
        this.countries = Objects.requireNonNull(countries, "countries");
        this.geoparser = Geoparser.recognizing(new PlaceRecognizer(PlaceVocabulary.empty()));
        this.gazetteer = null;
    }

    /** A placer over a geoparser that resolves places to GeoNames entries with coordinates. */
    public EventPlacer(Geoparser geoparser) {
        this.geoparser = Objects.requireNonNull(geoparser, "geoparser");
        if (!geoparser.resolves()) throw new IllegalArgumentException("the geoparser does not resolve places");
        this.gazetteer = geoparser.gazetteer();
        this.countries = gazetteer;
    }

    /** A placer that resolves places to GeoNames entries, recognising them by the NER and well-known names. */
    public EventPlacer(PlaceResolver resolver) {
        this(new Geoparser(new PlaceRecognizer(PlaceVocabulary.empty(),
                PlaceRecognizer.wellKnownIn(resolver.gazetteer(), PlaceRecognizer.WELL_KNOWN_POPULATION)), resolver));
    }

    /** A placer over a gazetteer (see {@link #EventPlacer(PlaceResolver)}). */
    public static EventPlacer withGazetteer(Gazetteer gazetteer) {
        return new EventPlacer(new PlaceResolver(gazetteer));
    }

    /** The geoparser that finds and resolves the places of an article. */
    public Geoparser geoparser() {
        return geoparser;
    }

    /** The places of an article, found and resolved once for all its events. */
    public ArticlePlaces places(AnnotatedArticle a) {
        return geoparser.parse(a);
    }

    /** Places the event with no token excluded (finding the article's places anew: see {@link #places}). */
    public EventPlace place(AnnotatedArticle a, Sentence s, int triggerToken) {
        return place(a, s, triggerToken, t -> false);
    }

    /** As {@link #place(ArticlePlaces, Sentence, int, Predicate, List)}, finding the article's places anew. */
    public EventPlace place(AnnotatedArticle a, Sentence s, int triggerToken, Predicate<Integer> actorToken) {
        return place(places(a), s, triggerToken, actorToken, List.of());
    }

    /** As {@link #place(ArticlePlaces, Sentence, int, Predicate, List)}, finding the article's places anew. */
    public EventPlace place(AnnotatedArticle a, Sentence s, int triggerToken, Predicate<Integer> actorToken,
                            List<String> actorCodes) {
        return place(places(a), s, triggerToken, actorToken, actorCodes);
    }

    /**
     * The place of the event whose trigger is token {@code triggerToken} of sentence {@code s}; as
     * {@link #place(ArticlePlaces, Sentence, int, Predicate, Predicate, List)} with no topic tokens.
     */
    public EventPlace place(ArticlePlaces places, Sentence s, int triggerToken, Predicate<Integer> actorToken,
                            List<String> actorCodes) {
        return place(places, s, triggerToken, t -> false, actorToken, actorCodes);
    }

    /**
     * The place of the event whose trigger is token {@code triggerToken} of sentence {@code s}.
     *
     * @param places     the article's places ({@link #places(AnnotatedArticle)})
     * @param topic      true for the sentence-local token indices of what the event is about ("discussed the
     *                   situation <u>in Karabakh</u>"): those never make the place
     * @param actorToken true for the token indices of actor phrases ("<u>Azerbaijan</u> accused Armenia"): those
     *                   make the place only where a locative preposition governs them ("protests <u>in Hong
     *                   Kong</u>", "clashes in the capital <u>Kabul</u>"), for the actor tables also code countries'
     *                   capitals and territories
     * @param actorCodes CAMEO codes of the event's actors ("AZEMIL", "ARMSEP"), source first; nulls allowed; the
     *                   first one's country places the event when nothing else does
     * @return the place, or null when neither the sentence, the dateline nor the actors give one
     */
    public EventPlace place(ArticlePlaces places, Sentence s, int triggerToken, Predicate<Integer> topic,
                            Predicate<Integer> actorToken, List<String> actorCodes) {
        List<Named> named = new ArrayList<>();
        for (ArticlePlace p : places.inSentence(s.index())) {
            TreeSet<Integer> tokens = tokensOf(s, p.mention());
            if (tokens.isEmpty() || !isWhere(p.mention().text()) || tokens.stream().anyMatch(topic)) continue;
            // an actor's words, or a place in an organisation's name ("the Washington Post"), say who, not where,
            // unless a locative preposition governs them
            boolean who = tokens.stream().anyMatch(actorToken)
                    || tokens.stream().allMatch(t -> s.token(t).ner().equals("ORGANIZATION"));
            if (who && tokens.stream().noneMatch(t -> inLocativePhrase(s, t, 3))) continue;
            named.add(new Named(p, tokens, who));
        }
        for (Dependency d : s.children(triggerToken)) {
            if (!isLocative(d.relation())) continue;
            int head = d.dependent();
            Named found = holding(named, List.of(head));
            if (found == null) found = holding(named, phraseOf(s, head));
            if (found == null) continue;
            boolean nearby = NEARBY.contains(d.relation().substring(d.relation().indexOf(':') + 1).toLowerCase(Locale.ROOT));
            return fromMention(s, found, nearby);
        }
        // the nearest place outside the actors' words, else the nearest in them ("parties in Nepal")
        Named nearest = null;
        int best = Integer.MAX_VALUE;
        for (Named n : named) {
            if (n.tokens.contains(triggerToken)) continue;
            int distance = Math.min(Math.abs(n.tokens.first() - triggerToken), Math.abs(n.tokens.last() - triggerToken));
            if (n.who) distance += s.size();
            if (distance < best) {
                best = distance;
                nearest = n;
            }
        }
        if (nearest != null) return fromMention(s, nearest, false);
        EventPlace dateline = fromDateline(places);
        return dateline != null ? dateline : fromActors(actorCodes);
    }

    /**
     * Whether a locative preposition governs the token ("in Kabul"), directly or through the place words it
     * names ("in the capital city <u>of Algiers</u>", "in a <u>West Bank</u> refugee camp"), up to {@code depth}
     * steps up.
     */
    private static boolean inLocativePhrase(Sentence s, int token, int depth) {
        for (Dependency d : s.parents(token)) {
            String relation = d.relation().toLowerCase(Locale.ROOT);
            if (isStrictlyLocative(relation)) return true;
            if (depth > 0 && (WIDENING.contains(relation) || NAME_PARTS.contains(relation))
                    && inLocativePhrase(s, d.governor(), depth - 1)) {
                return true;
            }
        }
        return false;
    }

    /** A place of the sentence, its sentence-local token indices, and whether they are an actor's or a body's words. */
    private record Named(ArticlePlace place, TreeSet<Integer> tokens, boolean who) {
    }

    /** The named place holding one of the tokens, or null. */
    private static Named holding(List<Named> named, java.util.Collection<Integer> tokens) {
        for (Named n : named) {
            for (int t : tokens) if (n.tokens.contains(t)) return n;
        }
        return null;
    }

    /** Whether the words can say where (not a demonym or language: "Russian" says whose). */
    private boolean isWhere(String text) {
        PlaceVocabulary.Kind kind = geoparser.recognizer().vocabulary().kind(text);
        if (kind == PlaceVocabulary.Kind.DEMONYM || kind == PlaceVocabulary.Kind.LANGUAGE) return false;
        return gazetteer == null || !gazetteer.isDemonym(text);
    }

    /** The tokens of the sentence that overlap the mention. */
    private static TreeSet<Integer> tokensOf(Sentence s, PlaceMention m) {
        TreeSet<Integer> out = new TreeSet<>();
        for (Token t : s.tokens()) if (t.start() < m.end() && m.start() < t.end()) out.add(t.index());
        return out;
    }

    /**
     * The ISO2 code (upper case) of the country a place name lies in, resolved among the article's places as event
     * places are, else by the country lookup; null when unknown.
     */
    public String countryOf(ArticlePlaces places, String name) {
        Optional<ResolvedPlace> r = geoparser.resolve(places, name);
        if (r.isPresent() && !r.get().entry().countryCode().isEmpty()) {
            return r.get().entry().countryCode().toUpperCase(Locale.ROOT);
        }
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

    /**
     * The head and its name parts ("Port" "Lindar"), recursively, the "of" phrase or apposition of a noun for a kind
     * of place ("the town of Rafah", "the capital, Kabul") and the phrases that in turn say where ("at a jail <u>in
     * Dili</u>").
     */
    private static TreeSet<Integer> phraseOf(Sentence s, int head) {
        TreeSet<Integer> out = new TreeSet<>();
        List<Integer> todo = new ArrayList<>(List.of(head));
        while (!todo.isEmpty()) {
            int t = todo.remove(todo.size() - 1);
            if (!out.add(t)) continue;
            String lemma = s.token(t).lemma() == null ? s.token(t).text() : s.token(t).lemma();
            boolean placeNoun = PLACE_NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
            for (Dependency d : s.children(t)) {
                String relation = d.relation().toLowerCase(Locale.ROOT);
                if (NAME_PARTS.contains(relation) || placeNoun && WIDENING.contains(relation) || isStrictlyLocative(relation)) {
                    todo.add(d.dependent());
                }
            }
        }
        return out;
    }

    private static boolean isStrictlyLocative(String relation) {
        int colon = relation.indexOf(':');
        if (colon < 0) return false;
        String kind = relation.substring(0, colon);
        return (kind.equals("obl") || kind.equals("nmod")) && STRICTLY_LOCATIVE.contains(relation.substring(colon + 1));
    }

    private EventPlace fromMention(Sentence s, Named n, boolean nearby) {
        PlaceMention m = n.place.mention();
        Span span = new Span(m.text(), m.start(), m.end());
        if (n.place.resolved() != null) return fromResolved(m.text(), n.place.resolved(), nearby, "sentence", span);
        String tag = n.tokens.stream().map(i -> s.token(i).ner()).filter(PLACE_TAGS::contains).findFirst().orElse("");
        Precision precision = switch (tag) {
            case "COUNTRY" -> Precision.COUNTRY;
            case "STATE_OR_PROVINCE" -> Precision.ADMIN;
            default -> nearby ? Precision.NEAR : Precision.EXACT;
        };
        if (countries.isCountry(m.text())) precision = Precision.COUNTRY;
        return new EventPlace(m.text(), countryOf(m.text()), null, null, null, precision, "sentence", span);
    }

    private EventPlace fromDateline(ArticlePlaces places) {
        Article article = places.article().article();
        Dateline d = article.dateline();
        if (d == null || d.place() == null) return null;
        Span span = null;
        if (d.placeStart() >= 0 && d.placeEnd() <= article.text().length() && d.placeStart() < d.placeEnd()) {
            span = new Span(article.text().substring(d.placeStart(), d.placeEnd()), d.placeStart(), d.placeEnd());
        }
        if (places.dateline() != null) return fromResolved(d.place(), places.dateline(), false, "dateline", span);
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

    private String countryOf(String name) {
        Optional<String> iso2 = countries.iso2(name);
        return iso2.map(c -> c.toUpperCase(Locale.ROOT)).orElse(null);
    }
}
