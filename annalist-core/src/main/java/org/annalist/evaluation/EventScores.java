package org.annalist.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The result of an event evaluation: overall scores, scores per tag, and the gold fields that this
 * version of Annalist does not know (they count as disagreements and are listed so nobody mistakes a
 * format change for a bad coder).
 *
 * @param actorMatch    the actor rule that was applied (never {@link ActorMatch#AUTO})
 * @param overall       scores over all records
 * @param byTag         scores over the records carrying each tag, by tag name
 * @param unknownFields names of event fields in the gold that FORMATS.md does not define, sorted
 */
public record EventScores(ActorMatch actorMatch, EventMetrics overall, Map<String, EventMetrics> byTag,
                          List<String> unknownFields) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public EventScores {
        byTag = Collections.unmodifiableMap(new LinkedHashMap<>(byTag));
        unknownFields = List.copyOf(unknownFields);
    }

    /**
     * One JSON object with exactly the keys {@code records, gold_events, predicted_events, recall,
     * precision, f1, root_recall, extra_per_record, false_alarm_rate, field_recall, by_tag,
     * unknown_fields}; each {@code by_tag} entry has the same keys except {@code by_tag} and
     * {@code unknown_fields}. Undefined ratios are {@code null}.
     */
    public String toJson() {
        ObjectNode root = metricsNode(overall);
        ObjectNode tags = root.putObject("by_tag");
        byTag.forEach((tag, m) -> tags.set(tag, metricsNode(m)));
        root.putArray("unknown_fields").addAll(unknownFields.stream().map(JSON.getNodeFactory()::textNode).toList());
        return root.toString();
    }

    private static ObjectNode metricsNode(EventMetrics m) {
        ObjectNode n = JSON.createObjectNode();
        n.put("records", m.records());
        n.put("gold_events", m.goldEvents());
        n.put("predicted_events", m.predictedEvents());
        n.put("recall", m.recall());
        n.put("precision", m.precision());
        n.put("f1", m.f1());
        n.put("root_recall", m.rootRecall());
        n.put("extra_per_record", m.extraPerRecord());
        n.put("false_alarm_rate", m.falseAlarmRate());
        ObjectNode fields = n.putObject("field_recall");
        m.fieldRecall().forEach(fields::put);
        return n;
    }

    /** A plain-text report: the scores overall and per tag, field recall, and unknown fields. */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        out.append("Event scores (actor codes compared: ").append(actorMatch.name().toLowerCase(Locale.ROOT))
                .append(")\n");
        int width = Math.max(8, byTag.keySet().stream().mapToInt(String::length).max().orElse(0) + 2);
        String head = "%-" + width + "s %7s %6s %6s %7s %7s %7s %7s %9s %11s%n";
        out.append(String.format(Locale.ROOT, head, "", "records", "gold", "pred", "recall", "prec", "F1", "root_R",
                "extra/rec", "false_alarm"));
        row(out, width, "all", overall);
        byTag.forEach((tag, m) -> row(out, width, tag, m));

        TreeSet<String> fields = new TreeSet<>(overall.fieldRecall().keySet());
        if (!fields.isEmpty()) {
            out.append("\nField recall (some prediction of the record agrees on that field alone)\n");
            StringBuilder fmt = new StringBuilder("%-" + width + "s");
            List<Object> names = new ArrayList<>();
            names.add("");
            for (String f : fields) {
                fmt.append(" %").append(Math.max(7, f.length())).append("s");
                names.add(f);
            }
            fmt.append("%n");
            out.append(String.format(Locale.ROOT, fmt.toString(), names.toArray()));
            fieldRow(out, fmt.toString(), "all", overall, fields);
            byTag.forEach((tag, m) -> fieldRow(out, fmt.toString(), tag, m, fields));
        }
        if (!unknownFields.isEmpty()) {
            out.append("\nUnknown gold fields (not in FORMATS.md; counted as disagreements): ")
                    .append(String.join(", ", unknownFields)).append('\n');
        }
        return out.toString();
    }

    private static void row(StringBuilder out, int width, String name, EventMetrics m) {
        out.append(String.format(Locale.ROOT, "%-" + width + "s %7d %6d %6d %7s %7s %7s %7s %9s %11s%n", name,
                m.records(), m.goldEvents(), m.predictedEvents(), num(m.recall()), num(m.precision()), num(m.f1()),
                num(m.rootRecall()), num(m.extraPerRecord()), num(m.falseAlarmRate())));
    }

    private static void fieldRow(StringBuilder out, String fmt, String name, EventMetrics m, TreeSet<String> fields) {
        List<Object> cells = new ArrayList<>();
        cells.add(name);
        for (String f : fields) cells.add(num(m.fieldRecall().get(f)));
        out.append(String.format(Locale.ROOT, fmt, cells.toArray()));
    }

    private static String num(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
    }
}
