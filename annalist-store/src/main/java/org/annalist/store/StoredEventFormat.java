package org.annalist.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Renders stored event mentions for people and for other programs: an aligned text table of the
 * columns a reader scans first, and CSV or JSON with every column of {@link StoredEvent#COLUMNS}.
 */
public final class StoredEventFormat {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record TableColumn(String header, int maxWidth, Function<StoredEvent, String> cell) {
    }

    private static final List<TableColumn> TABLE = List.of(
            new TableColumn("date", 12, StoredEventFormat::date),
            new TableColumn("cameo", 5, StoredEvent::cameo),
            new TableColumn("source", 24, e -> actor(e.sourceCode(), e.sourceText())),
            new TableColumn("target", 24, e -> actor(e.targetCode(), e.targetText())),
            new TableColumn("modality", 12, e -> e.modality() == null ? null : e.modality().label()),
            new TableColumn("plover", 22, e -> EventRecordFormat.withMode(e.plover(), e.ploverMode())),
            new TableColumn("acled", 24, StoredEvent::acledSubEventType),
            new TableColumn("deaths", 6, e -> e.fatalities() == null ? null : e.fatalities().toString()),
            new TableColumn("place", 24, StoredEventFormat::place),
            new TableColumn("article", 20, StoredEvent::articleId),
            new TableColumn("sent", 4, e -> Integer.toString(e.sentence())),
            new TableColumn("evidence", 60, StoredEvent::evidence));

    private StoredEventFormat() {
    }

    /**
     * An aligned text table, one event a line under a header, cells cut with "…" when too wide. Uncoded
     * actors show their words in quotes; the date is its TIMEX value ("2023-W10") or else its first day.
     */
    public static String table(List<StoredEvent> events) {
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[TABLE.size()];
        for (int i = 0; i < TABLE.size(); i++) header[i] = TABLE.get(i).header();
        rows.add(header);
        for (StoredEvent e : events) {
            String[] row = new String[TABLE.size()];
            for (int i = 0; i < TABLE.size(); i++) {
                TableColumn c = TABLE.get(i);
                row[i] = cut(oneLine(c.cell().apply(e)), c.maxWidth());
            }
            rows.add(row);
        }
        return AlignedRows.render(rows);
    }

    private static String date(StoredEvent e) {
        if (e.dateValue() != null) return e.dateValue();
        return e.dateBegin() == null ? null : e.dateBegin().toString();
    }

    private static String actor(String code, String text) {
        if (code != null) return code;
        return text == null ? null : "\"" + text + "\"";
    }

    private static String place(StoredEvent e) {
        if (e.placeName() == null) return e.placeCountry();
        return e.placeCountry() == null ? e.placeName() : e.placeName() + " (" + e.placeCountry() + ")";
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** CSV as {@link #csv(List, Appendable)} writes it. */
    public static String csv(List<StoredEvent> events) {
        StringBuilder out = new StringBuilder();
        try {
            csv(events, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return out.toString();
    }

    /**
     * Writes RFC 4180 CSV: a header line of the column names, then one record per event, CRLF line ends;
     * fields with a comma, quote or line break are quoted, quotes doubled; NULL is an empty field.
     */
    public static void csv(List<StoredEvent> events, Appendable out) throws IOException {
        List<StoredEvent.Column> columns = StoredEvent.COLUMNS;
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) out.append(',');
            out.append(csvField(columns.get(i).name()));
        }
        out.append("\r\n");
        for (StoredEvent e : events) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) out.append(',');
                Object v = columns.get(i).value().apply(e);
                out.append(v == null ? "" : csvField(v.toString()));
            }
            out.append("\r\n");
        }
    }

    private static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** JSON as {@link #json(List, Writer)} writes it. */
    public static String json(List<StoredEvent> events) {
        StringWriter out = new StringWriter();
        try {
            json(events, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return out.toString();
    }

    /**
     * Writes a JSON array with one object per event, keys as in {@link StoredEvent#COLUMNS}, dates as
     * ISO strings ("2023-03-13"), NULL as null. Does not close {@code out}.
     */
    public static void json(List<StoredEvent> events, Writer out) throws IOException {
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (StoredEvent e : events) {
                g.writeStartObject();
                for (StoredEvent.Column c : StoredEvent.COLUMNS) {
                    Object v = c.value().apply(e);
                    g.writeFieldName(c.name());
                    if (v instanceof LocalDate d) g.writeString(d.toString());
                    else g.writeObject(v);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.write('\n');
    }
}
