package org.annalist.store;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.model.Modality;
import org.annalist.model.Precision;

/**
 * Events as ACLED-style CSV rows, in the column order of ACLED's current exports (with the older data_id and
 * event_id_no_cnty kept). Only events with an ACLED view are written: event_type and sub_event_type are the
 * event's stored views ({@code EventViews}: the CAMEO code's ACLED type refined by cue words, e.g. an air strike
 * or shelling), which exist only for events that took place (ACLED does not record talk, threats or appeals, nor
 * negated, hypothetical or intended events). Background events (history a story recalls) are left out: ACLED
 * codes each event from the reports of its own time, at its own date.
 *
 * <ul>
 * <li>event_date is ISO (YYYY-MM-DD, as ACLED's API writes it); time_precision 1 for a day, 2 for a week or a range
 * of up to 7 days, 3 otherwise; geo_precision 1 for a town, 2 near a town, 3 for a region or a country.</li>
 * <li>actor1 and actor2 are ACLED-style names made from the CAMEO actor code ("Military Forces of Ukraine",
 * "Protesters (France)"); inter1 and inter2 the ACLED actor types read from its role (state forces abroad count as
 * external forces); interaction the two in ascending order, or inter1 times ten alone.</li>
 * <li>fatalities is 0 when no count was reported, as ACLED writes it; notes the sentence of the first report; source
 * the outlets that reported it. iso (numeric), region, admin1-3, source_scale and tags are empty: not known.</li>
 * </ul>
 */
final class AcledRows implements StoreExport.EventLines {

    /** The columns written, in order. */
    static final List<String> COLUMNS = List.of(
            "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
            "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
            "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
            "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
            "iso3", "data_id", "event_id_no_cnty");

    private static final Map<String, String> STATE_NAMES = Map.of(
            "GOV", "Government of %s", "MIL", "Military Forces of %s", "COP", "Police Forces of %s",
            "JUD", "Judiciary of %s", "SPY", "Intelligence Services of %s", "LEG", "Legislature of %s");
    private static final Map<String, String> GROUP_NAMES = Map.ofEntries(
            Map.entry("REB", "Rebel Group (%s)"), Map.entry("INS", "Insurgents (%s)"), Map.entry("SEP", "Separatists (%s)"),
            Map.entry("UAF", "Unidentified Armed Group (%s)"), Map.entry("CVL", "Civilians (%s)"),
            Map.entry("OPP", "Opposition (%s)"), Map.entry("LAB", "Labour Group (%s)"), Map.entry("EDU", "Students (%s)"),
            Map.entry("MED", "Journalists (%s)"), Map.entry("BUS", "Business Group (%s)"),
            Map.entry("REF", "Refugees/IDPs (%s)"), Map.entry("CRM", "Criminals (%s)"), Map.entry("AGR", "Farmers (%s)"));

    private final CountryCodes countries = CountryCodes.load();

    @Override
    public String header() {
        return String.join(",", COLUMNS) + "\n";
    }

    @Override
    public String line(ReportedEvent r) {
        EventRecord e = r.event();
        // history a story recalls ("the 2020 war") is not an event of the date it is told on
        if (e.modality() == Modality.BACKGROUND) return null;
        String type = e.acledEventType();
        String sub = e.acledSubEventType();
        if (type == null) return null;
        boolean protest = type.equals("Protests") || type.equals("Riots");
        CountryCodes.Country place = countries.byIso2(e.placeCountry());
        int inter1 = inter(e.sourceCode(), e.sourceCountry(), place, protest ? (type.equals("Riots") ? 5 : 6) : 0);
        Integer inter2 = e.targetCode() == null ? null : inter(e.targetCode(), e.targetCountry(), place, 0);
        LocalDate day = e.dateBegin() != null ? e.dateBegin() : e.dateEnd();
        long id = GdeltRows.globalEventId(e.id());
        List<String> f = new ArrayList<>(COLUMNS.size());
        f.add((place != null ? place.iso3() : e.sourceCountry() != null ? e.sourceCountry() : "XXX") + id);
        f.add(day == null ? "" : day.toString());
        f.add(day == null ? "" : Integer.toString(day.getYear()));
        f.add(Integer.toString(timePrecision(e)));
        f.add(disorder(type, sub));
        f.add(type);
        f.add(sub == null ? "" : sub);
        f.add(actorName(e.sourceCode(), e.sourceCountry(), r.sourceText(), inter1));
        f.add("");
        f.add(Integer.toString(inter1));
        f.add(inter2 == null ? "" : actorName(e.targetCode(), e.targetCountry(), r.targetText(), inter2));
        f.add("");
        f.add(inter2 == null ? "" : inter2.toString());
        f.add(Integer.toString(inter2 == null ? inter1 * 10 : Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2)));
        boolean civilians = (inter2 != null && inter2 == 7) && (type.equals("Violence against civilians")
                || type.equals("Explosions/Remote violence"));
        f.add(civilians ? "Civilian targeting" : "");
        f.add(""); // iso: numeric code not known
        f.add(""); // region
        f.add(place == null ? "" : place.name());
        f.add("");
        f.add("");
        f.add("");
        f.add(e.placeName() == null ? "" : e.placeName());
        f.add(e.placeLat() == null ? "" : String.format(Locale.ROOT, "%.4f", e.placeLat()));
        f.add(e.placeLon() == null ? "" : String.format(Locale.ROOT, "%.4f", e.placeLon()));
        Precision gp = e.placePrecision();
        f.add(gp == null ? "" : gp == Precision.EXACT ? "1" : gp == Precision.NEAR ? "2" : "3");
        f.add(r.sources() == null ? "" : r.sources());
        f.add("");
        f.add(r.evidence() == null ? "" : r.evidence());
        f.add(Integer.toString(e.fatalities() == null ? 0 : e.fatalities()));
        f.add("");
        f.add(e.updatedAt() == null ? "" : Long.toString(e.updatedAt().toEpochSecond(ZoneOffset.UTC)));
        f.add(place == null ? "" : place.iso3());
        f.add(Long.toString(id));
        f.add(Long.toString(id));
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < f.size(); i++) {
            if (i > 0) line.append(',');
            line.append(EventRecordFormat.csvField(f.get(i).replaceAll("[\\r\\n]+", " ")));
        }
        return line.toString();
    }

    private static int timePrecision(EventRecord e) {
        if (e.datePrecision() == Precision.DAY) return 1;
        if (e.dateBegin() != null && e.dateEnd() != null && ChronoUnit.DAYS.between(e.dateBegin(), e.dateEnd()) < 7) {
            return e.dateBegin().equals(e.dateEnd()) ? 1 : 2;
        }
        return 3;
    }

    private static String disorder(String type, String sub) {
        return switch (type) {
            case "Battles", "Explosions/Remote violence", "Violence against civilians" -> "Political violence";
            case "Protests" -> "Excessive force against protesters".equals(sub)
                    ? "Political violence; Demonstrations" : "Demonstrations";
            case "Riots" -> "Mob violence".equals(sub) ? "Political violence" : "Demonstrations";
            default -> "Strategic developments";
        };
    }

    /**
     * ACLED's actor type: 1 state forces (abroad: 8 external forces), 2 rebels, 3 political militias, 5 rioters,
     * 6 protesters, 7 civilians, 8 other; {@code protestType} (5 or 6) overrides it for the source of a protest.
     */
    private static int inter(String code, String country, CountryCodes.Country place, int protestType) {
        if (protestType != 0) return protestType;
        String role = role(code, country);
        boolean abroad = place != null && country != null && !country.equals(place.iso3());
        return switch (role) {
            case "GOV", "MIL", "COP", "JUD", "SPY", "LEG" -> abroad ? 8 : 1;
            case "REB", "INS", "SEP" -> 2;
            case "UAF" -> 3;
            case "CVL", "EDU", "MED", "LAB", "REF", "AGR", "BUS" -> 7;
            default -> abroad || country == null ? 8 : 1;
        };
    }

    private static String role(String code, String country) {
        if (code == null) return "";
        int start = country != null && code.startsWith(country) ? country.length() : 0;
        return code.length() >= start + 3 ? code.substring(start, start + 3) : "";
    }

    private String actorName(String code, String country, String text, int inter) {
        if (code == null) return "";
        CountryCodes.Country c = countries.byIso3(country);
        String name = c != null ? c.name() : country;
        String role = role(code, country);
        if (name != null) {
            if (inter == 6) return "Protesters (" + name + ")";
            if (inter == 5) return "Rioters (" + name + ")";
            String pattern = STATE_NAMES.containsKey(role) ? STATE_NAMES.get(role) : GROUP_NAMES.get(role);
            if (pattern != null) return String.format(pattern, name);
            if (role.isEmpty()) return text != null ? text : name;
        }
        return text != null ? text : code;
    }
}
