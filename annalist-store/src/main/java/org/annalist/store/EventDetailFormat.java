package org.annalist.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** One event for people (text) and programs (JSON). */
public final class EventDetailFormat {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EventDetailFormat() {
    }

    /** A readable report: the event, then each mention with its sentence, then the history. */
    public static String text(EventDetail e) {
        StringBuilder b = new StringBuilder();
        if (!e.requestedId().equals(e.id())) b.append(e.requestedId()).append(" was merged into ").append(e.id()).append("\n");
        b.append("event      ").append(e.id()).append("\n");
        b.append("code       ").append(e.cameo()).append(e.plover() == null ? "" : " (" + e.plover() + ")")
                .append(e.quadClass() == null ? "" : ", QuadClass " + e.quadClass())
                .append(e.goldstein() == null ? "" : ", Goldstein " + e.goldstein()).append("\n");
        b.append("actors     ").append(or(e.sourceCode())).append(e.reciprocal() ? " <-> " : " -> ")
                .append(or(e.targetCode())).append("\n");
        b.append("modality   ").append(e.modality()).append("\n");
        EventDetail.Views v = e.views();
        if (v.ploverMode() != null || v.ploverAuxMode() != null || v.ploverContext() != null) {
            b.append("plover     ").append(or(e.plover()))
                    .append(v.ploverMode() == null ? "" : ", mode " + v.ploverMode())
                    .append(v.ploverAuxMode() == null ? "" : ", " + v.ploverAuxMode())
                    .append(v.ploverContext() == null ? "" : ", context " + v.ploverContext()).append("\n");
        }
        if (v.acledEventType() != null) {
            b.append("acled      ").append(v.acledEventType())
                    .append(v.acledSubEventType() == null ? "" : " / " + v.acledSubEventType()).append("\n");
        }
        b.append("date       ").append(e.dateBegin() == null ? "?" : e.dateBegin().equals(e.dateEnd())
                ? e.dateBegin().toString() : e.dateBegin() + " .. " + e.dateEnd())
                .append(e.datePrecision() == null ? "" : " (" + e.datePrecision() + ")").append("\n");
        b.append("place      ").append(or(e.placeName()))
                .append(e.placeCountry() == null ? "" : ", " + e.placeCountry())
                .append(e.lat() == null ? "" : String.format(Locale.ROOT, " (%.4f, %.4f)", e.lat(), e.lon()))
                .append(e.placePrecision() == null ? "" : " [" + e.placePrecision() + "]").append("\n");
        if (e.fatalities() != null) b.append("fatalities ").append(e.fatalities()).append("\n");
        b.append(String.format(Locale.ROOT, "reports    %d mentions, %d articles, %d sources; confidence %.3f%n",
                e.numMentions(), e.numArticles(), e.numSources(), e.confidence()));
        b.append("merged     ").append(or(e.mergeReason())).append("\n");
        if (!e.aliases().isEmpty()) b.append("aliases    ").append(String.join(", ", e.aliases())).append("\n");
        b.append("\nmentions\n");
        for (EventDetail.Mention m : e.mentions()) {
            b.append("  ").append(m.id()).append("  ").append(m.cameo()).append("  ").append(or(m.source()))
                    .append(" -> ").append(or(m.target())).append("  ").append(or(m.date())).append("  ")
                    .append(or(m.place())).append("\n");
            b.append("    article ").append(m.articleId()).append(m.articleDate() == null ? "" : " of " + m.articleDate())
                    .append(m.outlet() == null ? "" : " from " + m.outlet())
                    .append(m.nearDuplicateOf() == null ? "" : ", a copy of " + m.nearDuplicateOf())
                    .append(", sentence ").append(m.sentence()).append("\n");
            if (m.articleTitle() != null) b.append("    title   ").append(m.articleTitle()).append("\n");
            b.append("    \"").append(or(m.text()).strip()).append("\"\n");
        }
        if (!e.history().isEmpty()) {
            b.append("\nhistory\n");
            for (EventDetail.Change c : e.history()) {
                b.append("  ").append(c.changedAt()).append("  ").append(c.field()).append(": ").append(or(c.oldValue()))
                        .append(" -> ").append(or(c.newValue()))
                        .append(c.articleId() == null ? "" : "  (article " + c.articleId() + ")").append("\n");
            }
        }
        return b.toString();
    }

    private static String or(String s) {
        return s == null ? "-" : s;
    }

    /** The event as one JSON object, with "mentions", "history" and "aliases" arrays. */
    public static String json(EventDetail e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", e.id());
        o.put("requested_id", e.requestedId());
        o.put("cameo", e.cameo());
        o.put("plover", e.plover());
        o.put("quad_class", e.quadClass());
        o.put("goldstein", e.goldstein());
        o.put("reciprocal", e.reciprocal());
        o.put("modality", e.modality());
        o.put("source_code", e.sourceCode());
        o.put("target_code", e.targetCode());
        o.put("date_begin", str(e.dateBegin()));
        o.put("date_end", str(e.dateEnd()));
        o.put("date_precision", e.datePrecision());
        o.put("place_name", e.placeName());
        o.put("place_country", e.placeCountry());
        o.put("place_lat", e.lat());
        o.put("place_lon", e.lon());
        o.put("place_precision", e.placePrecision());
        o.put("fatalities", e.fatalities());
        o.put("num_mentions", e.numMentions());
        o.put("num_sources", e.numSources());
        o.put("num_articles", e.numArticles());
        o.put("confidence", e.confidence());
        o.put("merge_reason", e.mergeReason());
        o.put("first_seen", str(e.firstSeen()));
        o.put("updated_at", str(e.updatedAt()));
        o.put("plover_mode", e.views().ploverMode());
        o.put("plover_aux_mode", e.views().ploverAuxMode());
        o.put("plover_context", e.views().ploverContext());
        o.put("acled_event_type", e.views().acledEventType());
        o.put("acled_sub_event_type", e.views().acledSubEventType());
        o.put("penta", e.views().penta());
        ArrayNode mentions = o.putArray("mentions");
        for (EventDetail.Mention m : e.mentions()) {
            ObjectNode n = mentions.addObject();
            n.put("id", m.id());
            n.put("article_id", m.articleId());
            n.put("article_title", m.articleTitle());
            n.put("article_url", m.articleUrl());
            n.put("article_date", str(m.articleDate()));
            n.put("outlet", m.outlet());
            n.put("near_duplicate_of", m.nearDuplicateOf());
            n.put("sentence", m.sentence());
            n.put("cameo", m.cameo());
            n.put("trigger", m.trigger());
            n.put("source_code", m.source());
            n.put("target_code", m.target());
            n.put("date", m.date());
            n.put("place", m.place());
            n.put("text", m.text());
        }
        ArrayNode history = o.putArray("history");
        for (EventDetail.Change c : e.history()) {
            ObjectNode n = history.addObject();
            n.put("changed_at", str(c.changedAt()));
            n.put("article_id", c.articleId());
            n.put("field", c.field());
            n.put("old_value", c.oldValue());
            n.put("new_value", c.newValue());
        }
        ArrayNode aliases = o.putArray("aliases");
        e.aliases().forEach(aliases::add);
        try {
            return JSON.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException("cannot write event " + e.id() + " as JSON", ex);
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
