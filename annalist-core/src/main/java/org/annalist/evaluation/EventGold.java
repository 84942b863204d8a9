package org.annalist.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads event-gold files ({@code *.events.jsonl}, FORMATS.md section 1).
 *
 * <p>Every field of an expected event is kept, including fields the format does not define, so that
 * the scorer can report them instead of dropping them. Known fields are checked for their type
 * (a string, an integral number, an ISO date) so that a malformed file fails here, with its line
 * number, rather than scoring as silent disagreements.
 */
public final class EventGold {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventGold() {
    }

    /**
     * Reads every record of a JSONL event-gold file. Blank lines are skipped.
     *
     * @param jsonl the file; a record's {@code dictionaries} folder is resolved against its folder
     * @return the records in file order
     * @throws GoldFileException when the file cannot be read, or a line is not a valid record; the
     *                            message names the file and the line
     */
    public static List<GoldRecord> read(Path jsonl) throws GoldFileException {
        Path folder = jsonl.toAbsolutePath().getParent();
        return GoldLines.read(jsonl, "event gold", line -> parse(line, folder), GoldRecord::id);
    }

    private static GoldRecord parse(String line, Path folder) throws JsonProcessingException {
        JsonNode node = JSON.readTree(line);
        if (node == null || !node.isObject()) throw new IllegalArgumentException("not a JSON object");
        String id = requiredText(node, "id");
        String text = requiredText(node, "text");
        LocalDate date = optionalDate(node.get("date"), "\"date\"");
        String dictionaries = optionalText(node.get("dictionaries"), "dictionaries");
        List<String> tags = new ArrayList<>();
        JsonNode tagNode = node.get("tags");
        if (tagNode != null && !tagNode.isNull()) {
            if (!tagNode.isArray()) throw new IllegalArgumentException("\"tags\" must be a list of strings");
            for (JsonNode t : tagNode) {
                if (!t.isTextual()) throw new IllegalArgumentException("\"tags\" must be a list of strings");
                tags.add(t.asText());
            }
        }
        JsonNode eventsNode = node.get("events");
        if (eventsNode == null || !eventsNode.isArray()) {
            throw new IllegalArgumentException("record \"" + id + "\" has no \"events\" list");
        }
        List<GoldEvent> events = new ArrayList<>();
        int n = 0;
        for (JsonNode e : eventsNode) {
            n++;
            if (!e.isObject()) throw new IllegalArgumentException("event " + n + " is not a JSON object");
            events.add(event(e, n));
        }
        Path dictionaryFolder = dictionaries == null ? null : folder.resolve(dictionaries).normalize();
        return new GoldRecord(id, date, text, dictionaryFolder, tags, events);
    }

    private static GoldEvent event(JsonNode e, int n) throws JsonProcessingException {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            JsonNode v = f.getValue();
            Optional<GoldField> known = GoldField.byKey(f.getKey());
            if (known.isPresent() && !v.isNull()) check(known.get(), v, n);
            fields.put(f.getKey(), v.isNull() ? null : JSON.treeToValue(v, Object.class));
        }
        return new GoldEvent(fields);
    }

    private static void check(GoldField field, JsonNode v, int n) {
        String where = "event " + n + " field \"" + field.key() + "\"";
        switch (field.kind()) {
            case TEXT -> {
                if (!v.isTextual()) throw new IllegalArgumentException(where + " must be a string, not " + v);
            }
            case INTEGER -> {
                if (!v.isIntegralNumber()) throw new IllegalArgumentException(where + " must be an integer, not " + v);
            }
            case DATE -> optionalDate(v, where);
            case TEXTS -> {
                boolean ok = v.isTextual();
                if (v.isArray()) {
                    ok = true;
                    for (JsonNode x : v) ok &= x.isTextual();
                }
                if (!ok) throw new IllegalArgumentException(where + " must be a string or a list of strings, not " + v);
            }
        }
    }

    private static String requiredText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) throw new IllegalArgumentException("\"" + field + "\" must be a string");
        return v.asText();
    }

    private static String optionalText(JsonNode v, String field) {
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new IllegalArgumentException("\"" + field + "\" must be a string or null");
        return v.asText();
    }

    private static LocalDate optionalDate(JsonNode v, String what) {
        if (v == null || v.isNull()) return null;
        try {
            if (v.isTextual()) return LocalDate.parse(v.asText());
        } catch (DateTimeParseException e) {
            // fall through to the common message
        }
        throw new IllegalArgumentException(what + " must be an ISO date (YYYY-MM-DD) or null, not " + v);
    }
}
