package org.annalist.places;

import java.util.List;
import java.util.Set;

/**
 * What an article says about where it is: the dateline's place, the countries it names (ISO2 codes or
 * names: "AZ", "Azerbaijan", "Azerbaijani" all count) and the other place names it mentions. The resolver
 * prefers candidates in or near these.
 *
 * @param dateline  the dateline's place ("BAKU" of "BAKU, Oct 3 (Reuters) -"), or null
 * @param countries countries the article names, as ISO2 codes or country names or demonyms
 * @param places    other place names the article mentions (the resolver resolves them as anchors)
 */
public record PlaceContext(String dateline, Set<String> countries, List<String> places) {

    public PlaceContext {
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        places = places == null ? List.of() : List.copyOf(places);
    }

    /** No context: every name resolves on its own (population and feature type decide). */
    public static PlaceContext none() {
        return new PlaceContext(null, Set.of(), List.of());
    }

    /** A context of a dateline and the place names of an article (countries among them are found by name). */
    public static PlaceContext of(String dateline, List<String> places) {
        return new PlaceContext(dateline, Set.of(), places);
    }
}
