package org.annalist.places;

import java.util.ArrayList;
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
 *   <li>else null.</li>
 * </ol>
 * Precision: {@link Precision#COUNTRY} when the name is a country (NER COUNTRY, or the
 * {@link CountryLookup} says so), {@link Precision#ADMIN} for STATE_OR_PROVINCE, else
 * {@link Precision#EXACT} (a city or a named site). No coordinates yet: GeoNames id, latitude and
 * longitude are null until a gazetteer resolves the name.
 */
public final class EventPlacer {

    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    /** Prepositions that say where something happened ("with", "from", "against" say who or whence). */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across", "around",
            "throughout", "within", "along", "off", "into", "on", "over", "beside", "behind", "inside_of", "outside_of",
            "near_to", "close_to", "next_to");
    private static final Set<String> NAME_PARTS = Set.of("compound", "flat", "flat:name");

    private final CountryLookup countries;

    /** @param countries the country knowledge; {@link CountryLookup#none()} when there is none */
    public EventPlacer(CountryLookup countries) {
        this.countries = Objects.requireNonNull(countries, "countries");
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
        String text = a.article().text();
        for (Dependency d : s.children(triggerToken)) {
            if (!isLocative(d.relation())) continue;
            int head = d.dependent();
            if (!isPlace(s.token(head)) || actorToken.test(head)) continue;
            return fromTokens(text, s, phraseOf(s, head));
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
        if (nearest != null) return fromTokens(text, s, new TreeSet<>(nearest));
        return fromDateline(a.article());
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

    private EventPlace fromTokens(String text, Sentence s, TreeSet<Integer> tokens) {
        int start = s.token(tokens.first()).start();
        int end = s.token(tokens.last()).end();
        String name = text.substring(start, end);
        Token head = tokens.stream().map(s::token).filter(EventPlacer::isPlace).findFirst().orElse(s.token(tokens.first()));
        Precision precision = switch (head.ner()) {
            case "COUNTRY" -> Precision.COUNTRY;
            case "STATE_OR_PROVINCE" -> Precision.ADMIN;
            default -> Precision.EXACT;
        };
        if (countries.isCountry(name)) precision = Precision.COUNTRY;
        return new EventPlace(name, countryOf(name), null, null, null, precision, "sentence", new Span(name, start, end));
    }

    private EventPlace fromDateline(Article article) {
        Dateline d = article.dateline();
        if (d == null || d.place() == null) return null;
        Precision precision = countries.isCountry(d.place()) ? Precision.COUNTRY : Precision.EXACT;
        Span span = null;
        if (d.placeStart() >= 0 && d.placeEnd() <= article.text().length() && d.placeStart() < d.placeEnd()) {
            span = new Span(article.text().substring(d.placeStart(), d.placeEnd()), d.placeStart(), d.placeEnd());
        }
        return new EventPlace(d.place(), countryOf(d.place()), null, null, null, precision, "dateline", span);
    }

    private String countryOf(String name) {
        Optional<String> iso2 = countries.iso2(name);
        return iso2.map(c -> c.toUpperCase(Locale.ROOT)).orElse(null);
    }
}
