package org.annalist.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.annalist.model.Precision;
import org.annalist.ontology.EventViews;
import org.annalist.ontology.PloverActor;
import org.annalist.ontology.PloverType;

/**
 * Events as PLOVER event records (PLOVER manual, JSON fields), one JSON object a line: id, date and enddate, actor
 * and recipient entities (PLOVER country and sector codes as {@link EventViews} reads CAMEO actor codes, the words
 * that named them), the event type, its modes and contexts as stored with the event (its {@code EventViews}),
 * quad_code, event_loc (resolution 1 country .. 4 city), size.dead, the text of the first report, cite_info and the
 * coder. The PLOVER auxiliary modes among the modes say what the sentence did not assert ("negation",
 * "hypothetical", "future" for an intention) and mark history told as background ("historical"): background events
 * are kept, marked, since PLOVER has a mode for them. Annalist's own values (CAMEO code, counts, confidence, merge reason) are under "annalist".
 * Events without a PLOVER type (CAMEO roots 01 and 02) are left out.
 */
final class PloverRecords implements StoreExport.EventLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String coder;
    private final CountryCodes countries = CountryCodes.load();
    private final EventViews views = EventViews.load();

    PloverRecords(String coder) {
        this.coder = coder;
    }

    @Override
    public String header() {
        return null;
    }

    @Override
    public String line(ReportedEvent r) {
        EventRecord e = r.event();
        PloverType type = PloverType.fromName(e.plover()).orElse(null);
        if (type == null) return null;
        ObjectNode o = JSON.createObjectNode();
        o.put("id", e.id());
        if (e.dateBegin() != null) o.put("date", e.dateBegin().toString());
        if (e.dateEnd() != null && !e.dateEnd().equals(e.dateBegin())) o.put("enddate", e.dateEnd().toString());
        o.set("actor", entities(e.sourceCode(), r.sourceText()));
        o.set("recipient", entities(e.targetCode(), r.targetText()));
        o.putArray("event").add(type.name());
        ArrayNode modes = o.putArray("mode");
        if (e.ploverMode() != null) modes.add(e.ploverMode());
        if (e.ploverAuxMode() != null) modes.add(e.ploverAuxMode());
        ArrayNode context = o.putArray("context");
        if (e.ploverContext() != null) {
            for (String c : e.ploverContext().split(",")) if (!c.isBlank()) context.add(c.strip());
        }
        o.put("quad_code", type.quad());
        if (e.placeName() != null || e.placeLat() != null) o.set("event_loc", location(e));
        if (e.fatalities() != null) o.putObject("size").put("dead", e.fatalities());
        if (r.evidence() != null) o.put("text", r.evidence());
        ObjectNode cite = o.putObject("cite_info");
        if (r.url() != null) cite.put("url", r.url());
        if (r.title() != null) cite.put("title", r.title());
        if (r.sources() != null) cite.put("publication", r.sources());
        cite.put("coder", coder);
        o.put("coder", coder);
        if (e.updatedAt() != null) o.put("coded_date", e.updatedAt().toLocalDate().toString());
        ObjectNode own = o.putObject("annalist");
        own.put("cameo", e.cameo());
        if (e.modality() != null) own.put("modality", e.modality().label());
        own.put("reciprocal", e.reciprocal());
        own.put("num_mentions", e.numMentions());
        own.put("num_sources", e.numSources());
        own.put("num_articles", e.numArticles());
        own.put("confidence", e.confidence());
        if (e.mergeReason() != null) own.put("merge_reason", e.mergeReason());
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write event " + e.id() + " as JSON", ex);
        }
    }

    /**
     * An actor as a list of one PLOVER entity in PLOVER's own codes (ISO alpha-3 country or a special code such as
     * IGO or EUR; sectors such as JRN for CAMEO's MED), or an empty list.
     */
    private ArrayNode entities(String code, String text) {
        ArrayNode list = JSON.createArrayNode();
        if (code == null) return list;
        PloverActor a = views.actor(code, text);
        ObjectNode entity = list.addObject();
        entity.put("code", a.country() == null ? "---" : a.country());
        entity.put("sector", String.join("", a.sectors()));
        if (text != null) entity.put("entity_text", text);
        return list;
    }

    private ObjectNode location(EventRecord e) {
        ObjectNode loc = JSON.createObjectNode();
        CountryCodes.Country c = countries.byIso2(e.placeCountry());
        if (e.placeName() != null) {
            loc.put("extracted_place", e.placeName());
            loc.put("resolved_place", e.placeName());
        }
        if (e.placeGeonameid() != null) loc.put("geonameid", e.placeGeonameid());
        if (e.placeLat() != null) loc.put("lat", e.placeLat());
        if (e.placeLon() != null) loc.put("lon", e.placeLon());
        Precision p = e.placePrecision();
        if (p == Precision.EXACT || p == Precision.NEAR) loc.put("city", e.placeName());
        if (c != null) {
            loc.put("country", c.name());
            loc.put("country_code", c.iso3());
        }
        if (p != null) {
            loc.put("resolution", switch (p) {
                case COUNTRY -> 1;
                case ADMIN, REGION -> 2;
                default -> 4;
            });
        }
        return loc;
    }
}
