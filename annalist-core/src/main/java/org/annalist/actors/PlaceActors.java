package org.annalist.actors;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.annalist.model.Actor;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

/**
 * Codes an event argument that names a place but no actor with the place's country, as PLOVER's coders do: in
 * "the government lifted the curfew in Montenegro" the target is Montenegro, in "police imposed a curfew in the
 * town of Cizre" it is Turkey, and "a roadside bomb near Samarra killed a soldier" has Iraq as its source.
 *
 * <p>The coder keeps the words of such an argument with no code (a place is not a party to the event in CAMEO's
 * sense, so PETRARCH conventions never see them). This fills in the code from, in order:
 * <ol>
 *   <li>a country mention inside the words ("Montenegro", "Lebanon", a capital), taken as its country block;</li>
 *   <li>else a named place inside the words (NER LOCATION, CITY, STATE_OR_PROVINCE or COUNTRY) that no actor
 *       phrase covers, resolved to its country by the caller's gazetteer in the article's context.</li>
 * </ol>
 * An argument that names no place stays uncoded: no code is invented. The code is the bare country (a place
 * has no sector). Immutable and thread-safe.
 */
public final class PlaceActors {

    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

    private final CountryNames countries;

    public PlaceActors(CountryNames countries) {
        this.countries = countries;
    }

    /** Over the built-in country table. */
    public static PlaceActors builtIn() {
        return new PlaceActors(CountryNames.builtIn());
    }

    /**
     * The argument with its place's country as code, or the argument unchanged (null, already coded, or naming
     * no place this can place).
     *
     * @param actor        an event's source or target, or null
     * @param sentence     the event's sentence
     * @param mentions     the actor phrases of that sentence
     * @param placeCountry the ISO 3166-1 alpha-2 code of the country a place name lies in, or null when unknown
     */
    public Actor code(Actor actor, Sentence sentence, List<ActorMention> mentions, UnaryOperator<String> placeCountry) {
        if (actor == null || actor.code() != null || actor.text() == null) return actor;
        for (ActorMention m : mentions) {
            if (m.kind() != ActorMention.Kind.COUNTRY || m.codes().isEmpty() || !inside(m.span().start(), m.span().end(), actor)) continue;
            String code = m.codes().get(0);
            if (code == null || code.length() < 3) continue;
            String country = code.substring(0, 3);
            if (isCountry(country)) return new Actor(country, actor.text(), actor.start(), actor.end());
        }
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!PLACE_TAGS.contains(t.ner()) || !inside(t.start(), t.end(), actor) || covered(i, actor, mentions)) continue;
            int j = i;
            while (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals(t.ner()) && inside(tokens.get(j + 1).start(), tokens.get(j + 1).end(), actor)
                    && !covered(j + 1, actor, mentions)) j++;
            String name = name(actor, tokens, i, j);
            String iso2 = placeCountry.apply(name);
            String country = iso2 == null ? null : countries.cameoCode(iso2).orElse(null);
            if (country != null) return new Actor(country, actor.text(), actor.start(), actor.end());
            i = j;
        }
        return actor;
    }

    /** Whether a three-letter block is a state of the country table (not a region such as Africa or the West). */
    private boolean isCountry(String block) {
        return countries.isStateCode(block);
    }

    /** The words of tokens i..j as the argument's text writes them. */
    private static String name(Actor a, List<Token> tokens, int i, int j) {
        int from = tokens.get(i).start() - a.start();
        int to = tokens.get(j).end() - a.start();
        if (a.text().length() == a.end() - a.start() && from >= 0 && to <= a.text().length()) return a.text().substring(from, to);
        StringBuilder b = new StringBuilder();
        for (int k = i; k <= j; k++) b.append(k > i ? " " : "").append(tokens.get(k).text());
        return b.toString();
    }

    private static boolean inside(int start, int end, Actor a) {
        return start >= a.start() && end <= a.end();
    }

    /** Whether an actor phrase lying inside the argument covers the token (its place names that actor, not where). */
    private static boolean covered(int token, Actor a, List<ActorMention> mentions) {
        for (ActorMention m : mentions) if (m.covers(token) && inside(m.span().start(), m.span().end(), a)) return true;
        return false;
    }
}
