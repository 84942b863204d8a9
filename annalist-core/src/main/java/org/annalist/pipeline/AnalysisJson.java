package org.annalist.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.annalist.model.Actor;
import org.annalist.model.Article;
import org.annalist.model.EventDate;
import org.annalist.model.EventMention;
import org.annalist.model.EventPlace;
import org.annalist.model.Span;
import org.annalist.ontology.CameoCatalog;
import org.annalist.ontology.CameoCode;
import org.annalist.ontology.EventView;
import org.annalist.ontology.EventViews;
import org.annalist.ontology.PloverActor;
import org.annalist.places.ArticlePlace;
import org.annalist.places.GazetteerEntry;
import org.annalist.places.ResolvedPlace;

/**
 * The JSON contract of {@code annalist analyze --format json}: {@code {"article": {...}, "places": [...], "events":
 * [...]}}, where {@code places} lists every place the article names with where the geoparser resolved it.
 * Field names are a published contract: add fields, never rename.
 */
public final class AnalysisJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final CameoCatalog catalog;

    public AnalysisJson(CameoCatalog catalog) {
        this.catalog = catalog;
    }

    public ObjectNode toJson(Analysis analysis) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("article", article(analysis.article()));
        ArrayNode places = root.putArray("places");
        analysis.places().forEach(p -> places.add(place(p)));
        ArrayNode events = root.putArray("events");
        for (int i = 0; i < analysis.events().size(); i++) {
            events.add(event(analysis.events().get(i), analysis.view(i)));
        }
        return root;
    }

    public ObjectNode article(Article a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", a.id());
        n.put("title", a.title());
        n.put("url", a.url());
        n.put("date", iso(a.date()));
        n.put("language", a.language());
        n.put("origin", a.origin());
        n.put("text", a.text());
        if (a.dateline() == null) {
            n.putNull("dateline");
        } else {
            ObjectNode d = n.putObject("dateline");
            d.put("place", a.dateline().place());
            d.put("date", iso(a.dateline().date()));
            d.put("source", a.dateline().source());
            d.put("start", a.dateline().start());
            d.put("end", a.dateline().end());
        }
        ArrayNode evidence = n.putArray("date_evidence");
        a.dateEvidence().forEach(e -> evidence.addObject().put("source", e.source()).put("date", iso(e.date())));
        ArrayNode conflicts = n.putArray("date_conflicts");
        a.dateConflicts().forEach(conflicts::add);
        ArrayNode embeds = n.putArray("embeds");
        a.embeds().forEach(p -> {
            ObjectNode e = embeds.addObject();
            e.put("author", p.author());
            e.put("handle", p.handle());
            e.put("date", iso(p.date()));
            e.put("start", p.start());
            e.put("end", p.end());
        });
        return n;
    }

    /** An event with the views {@link EventViews} computes for it. */
    public ObjectNode event(EventMention e) {
        return event(e, EventViews.load().of(e));
    }

    /** An event with its views (PLOVER mode, context and actors, ACLED, QuadClass, five-way class). */
    public ObjectNode event(EventMention e, EventView v) {
        ObjectNode n = MAPPER.createObjectNode();
        CameoCode code = catalog.get(e.cameo()).orElse(null);
        n.put("id", e.id());
        n.put("article_id", e.articleId());
        n.put("cameo", e.cameo());
        n.put("cameo_name", code == null ? null : code.name());
        n.put("root", e.cameo().substring(0, 2));
        if (code == null) {
            n.putNull("quad_class");
            n.putNull("goldstein");
        } else {
            n.put("quad_class", code.quadClass());
            n.put("goldstein", code.goldstein());
        }
        n.put("plover", e.plover());
        n.put("modality", e.modality().label());
        n.put("attribution", e.attribution());
        n.put("reciprocal", e.reciprocal());
        if (e.fatalities() == null) n.putNull("fatalities"); else n.put("fatalities", e.fatalities());
        n.put("sentence", e.sentence());
        n.put("evidence", e.evidence());
        n.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
        n.put("rule", e.rule());
        n.put("coder_version", e.coderVersion());
        n.set("trigger", span(e.trigger()));
        n.set("source", actor(e.source()));
        n.set("target", actor(e.target()));
        n.set("date", date(e.date()));
        n.set("place", place(e.place()));
        views(n, v);
        return n;
    }

    private static void views(ObjectNode n, EventView v) {
        n.put("plover_mode", v.ploverMode());
        n.put("plover_aux_mode", v.ploverAuxMode());
        ArrayNode context = n.putArray("plover_context");
        v.ploverContext().forEach(context::add);
        n.set("plover_source", ploverActor(v.ploverSource()));
        n.set("plover_target", ploverActor(v.ploverTarget()));
        n.put("acled_event_type", v.acledEventType());
        n.put("acled", v.acledSubEventType());
        n.put("quad", v.quadName());
        if (v.penta() == null) n.putNull("penta"); else n.put("penta", v.penta());
        n.put("penta_name", v.pentaName());
        ArrayNode basis = n.putArray("view_basis");
        v.basis().forEach(basis::add);
    }

    private static ObjectNode ploverActor(PloverActor a) {
        if (a == null) return null;
        ObjectNode n = MAPPER.createObjectNode();
        n.put("code", a.code());
        n.put("country", a.country());
        ArrayNode sectors = n.putArray("sectors");
        a.sectors().forEach(sectors::add);
        n.put("text", a.text());
        return n;
    }

    private static ObjectNode span(Span s) {
        if (s == null) return null;
        ObjectNode n = MAPPER.createObjectNode();
        n.put("text", s.text());
        n.put("start", s.start());
        n.put("end", s.end());
        return n;
    }

    private static ObjectNode actor(Actor a) {
        if (a == null) return null;
        ObjectNode n = MAPPER.createObjectNode();
        n.put("code", a.code());
        n.put("text", a.text());
        n.put("start", a.start());
        n.put("end", a.end());
        return n;
    }

    private static ObjectNode date(EventDate d) {
        if (d == null) return null;
        ObjectNode n = MAPPER.createObjectNode();
        n.put("value", d.value());
        n.put("begin", iso(d.begin()));
        n.put("end", iso(d.end()));
        n.put("precision", d.precision() == null ? null : d.precision().label());
        n.put("basis", d.basis());
        n.put("text", d.span() == null ? null : d.span().text());
        if (d.span() != null) {
            n.put("text_start", d.span().start());
            n.put("text_end", d.span().end());
        }
        return n;
    }

    private static ObjectNode place(EventPlace p) {
        if (p == null) return null;
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", p.name());
        n.put("country", p.country());
        if (p.geonameid() == null) n.putNull("geonameid"); else n.put("geonameid", p.geonameid());
        if (p.lat() == null) n.putNull("lat"); else n.put("lat", p.lat());
        if (p.lon() == null) n.putNull("lon"); else n.put("lon", p.lon());
        n.put("precision", p.precision() == null ? null : p.precision().label());
        org.annalist.places.PlacePrecision codes = org.annalist.places.PlacePrecision.of(p.precision());
        if (codes == null) {
            n.putNull("where_prec");
            n.putNull("geo_precision");
        } else {
            n.put("where_prec", codes.ucdpWherePrec());
            n.put("geo_precision", codes.acledGeoPrecision());
        }
        n.put("basis", p.basis());
        n.put("text", p.span() == null ? null : p.span().text());
        if (p.span() != null) {
            n.put("text_start", p.span().start());
            n.put("text_end", p.span().end());
        }
        return n;
    }

    /**
     * A place the article names: its words ({@code name}, {@code start}, {@code end}, {@code sentence}) and, when it
     * resolved, its GeoNames id (null for a place of Annalist's own tables), point, country, GeoNames feature class
     * and code, precision (with the UCDP and ACLED codes) and why it won; those are null when it did not resolve.
     */
    public ObjectNode place(ArticlePlace p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("name", p.mention().text());
        n.put("start", p.mention().start());
        n.put("end", p.mention().end());
        n.put("sentence", p.mention().sentence());
        ResolvedPlace r = p.resolved();
        GazetteerEntry e = r == null ? null : r.entry();
        if (r == null || r.geonameid() == null) n.putNull("geonameid"); else n.put("geonameid", r.geonameid());
        n.put("resolved_name", e == null ? null : e.name());
        if (e == null) {
            n.putNull("lat");
            n.putNull("lon");
        } else {
            n.put("lat", e.lat());
            n.put("lon", e.lon());
        }
        n.put("country", e == null || e.countryCode().isEmpty() ? null : e.countryCode());
        n.put("admin1", e == null || e.admin1().isEmpty() ? null : e.admin1());
        n.put("feature_class", e == null ? null : e.featureClass());
        n.put("feature_code", e == null ? null : e.featureCode());
        n.put("precision", r == null ? null : r.precision().toModel().label());
        if (r == null) {
            n.putNull("where_prec");
            n.putNull("geo_precision");
        } else {
            n.put("where_prec", r.precision().ucdpWherePrec());
            n.put("geo_precision", r.precision().acledGeoPrecision());
        }
        n.put("reason", r == null ? null : r.reason());
        return n;
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
