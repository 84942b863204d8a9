package org.annalist.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Renders rows of the {@code events} table: an aligned text table of the columns a reader scans first, and
 * CSV or JSON with every column of {@link EventRecord#COLUMNS}.
 */
public final class EventRecordFormat {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record TableColumn(String header, int maxWidth, Function<EventRecord, String> cell) {
    }

    private static final List<TableColumn> TABLE = List.of(
            new TableColumn("date", 23, EventRecordFormat::date),
            new TableColumn("cameo", 5, EventRecord::cameo),
            new TableColumn("plover", 22, e -> withMode(e.plover(), e.ploverMode())),
            new TableColumn("source", 12, EventRecord::sourceCode),
            new TableColumn("target", 12, EventRecord::targetCode),
            new TableColumn("modality", 12, e -> e.modality() == null ? null : e.modality().label()),
            new TableColumn("deaths", 6, e -> e.fatalities() == null ? null : e.fatalities().toString()),
            new TableColumn("acled", 24, EventRecord::acledSubEventType),
            new TableColumn("place", 28, EventRecordFormat::place),
            new TableColumn("src", 4, e -> Integer.toString(e.numSources())),
            new TableColumn("art", 4, e -> Integer.toString(e.numArticles())),
            new TableColumn("id", 24, EventRecord::id));

    private EventRecordFormat() {
    }

    /** An aligned text table, one event a line under a header; the date is a day or "first..last". */
    public static String table(List<EventRecord> events) {
        List<String[]> rows = new ArrayList<>();
        rows.add(TABLE.stream().map(TableColumn::header).toArray(String[]::new));
        for (EventRecord e : events) {
            String[] row = new String[TABLE.size()];
            for (int i = 0; i < TABLE.size(); i++) {
                String s = TABLE.get(i).cell().apply(e);
                s = s == null ? "" : s.replaceAll("\\s+", " ").strip();
                int max = TABLE.get(i).maxWidth();
                row[i] = s.length() <= max ? s : s.substring(0, max - 1) + "…";
            }
            rows.add(row);
        }
        return AlignedRows.render(rows);
    }

    /** "ASSAULT/aerial": a PLOVER type with its mode, if any. */
    static String withMode(String type, String mode) {
        if (type == null) return null;
        return mode == null ? type : type + "/" + mode;
    }

    private static String date(EventRecord e) {
        if (e.dateBegin() == null) return e.dateEnd() == null ? null : e.dateEnd().toString();
        if (e.dateEnd() == null || e.dateEnd().equals(e.dateBegin())) return e.dateBegin().toString();
        return e.dateBegin() + ".." + e.dateEnd();
    }

    private static String place(EventRecord e) {
        if (e.placeName() == null) return e.placeCountry();
        return e.placeCountry() == null ? e.placeName() : e.placeName() + " (" + e.placeCountry() + ")";
    }

    /**
     * Writes RFC 4180 CSV: a header line of the column names, then one record per event, CRLF line ends; fields
     * with a comma, quote or line break are quoted; NULL is an empty field.
     */
    public static void csv(List<EventRecord> events, Appendable out) throws IOException {
        List<EventRecord.Column> columns = EventRecord.COLUMNS;
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) out.append(',');
            out.append(columns.get(i).name());
        }
        out.append("\r\n");
        for (EventRecord e : events) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) out.append(',');
                Object v = columns.get(i).value().apply(e);
                out.append(v == null ? "" : csvField(text(v)));
            }
            out.append("\r\n");
        }
    }

    static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String text(Object v) {
        if (v instanceof LocalDateTime t) return t.toString().replace('T', ' ');
        if (v instanceof Double d) return String.format(Locale.ROOT, "%s", d);
        return v.toString();
    }

    /**
     * Writes a JSON array with one object per event, keys as in {@link EventRecord#COLUMNS}, dates and times as
     * ISO strings, NULL as null. Does not close {@code out}.
     */
    public static void json(List<EventRecord> events, Writer out) throws IOException {
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (EventRecord e : events) {
                g.writeStartObject();
                for (EventRecord.Column c : EventRecord.COLUMNS) {
                    Object v = c.value().apply(e);
                    g.writeFieldName(c.name());
                    if (v instanceof LocalDate || v instanceof LocalDateTime) g.writeString(v.toString());
                    else g.writeObject(v);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.write('\n');
    }
}
