package org.annalist.ontology;

import java.util.List;

/**
 * An event's actor in PLOVER's own codes: a country (ISO 3166 alpha-3, or one of PLOVER's special
 * codes such as {@code IGO}, {@code UNO}, {@code EUR} for the European Union, {@code NGO}) and sector
 * codes ({@code GOV}, {@code MIL}, {@code JRN} for journalists, {@code MED} for medical and health, ...).
 *
 * @param country PLOVER country or special code, or {@code null} when the CAMEO code names no country PLOVER
 *                codes (a region such as CAMEO {@code EUR}, Europe, or the unknown country {@code ---})
 * @param sectors PLOVER sector codes in the order of the CAMEO role blocks; empty for none
 * @param cameo   the CAMEO actor code it was read from ("RUSMED"), or {@code null} for an uncoded actor
 * @param text    the words that name the actor
 */
public record PloverActor(String country, List<String> sectors, String cameo, String text) {

    public PloverActor {
        sectors = List.copyOf(sectors);
    }

    /** Country and sectors written together ("RUSJRN", "UNO", "---GOV" when the country is unknown). */
    public String code() {
        if (country == null && sectors.isEmpty()) return null;
        return (country == null ? "---" : country) + String.join("", sectors);
    }

    /** True when the sector or the country code marks an armed actor (military, police, rebels, armed groups). */
    public boolean armed() {
        if ("IMG".equals(country)) return true;
        for (String s : sectors) {
            if (EventViews.ARMED_SECTORS.contains(s)) return true;
        }
        return false;
    }

    /** True when the actor is an organ of a state (government, military, police, intelligence, judiciary, legislature). */
    public boolean state() {
        for (String s : sectors) {
            if (EventViews.STATE_SECTORS.contains(s)) return true;
        }
        return false;
    }
}
