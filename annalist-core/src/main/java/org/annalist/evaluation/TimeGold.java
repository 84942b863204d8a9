package org.annalist.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads time-gold files ({@code *.times.jsonl}, FORMATS.md section 3). Each timex must have offsets
 * inside the text whose substring is the timex's text, so that a shifted file fails here instead of
 * scoring every expression as missed.
 */
public final class TimeGold {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CORE = Set.of("start", "end", "text", "type", "value");

    private TimeGold() {
    }

    /**
     * Reads every record of a JSONL time-gold file. Blank lines are skipped.
     *
     * @throws GoldFileException when the file cannot be read or a line is not a valid record; the
     *                            message names the file and the line
     */
    public static List<TimeGoldRecord> read(Path jsonl) throws GoldFileException {
        return GoldLines.read(jsonl, "time gold", line -> parse(line), TimeGoldRecord::id);
    }

    private static TimeGoldRecord parse(String line) throws JsonProcessingException {
        JsonNode node = JSON.readTree(line);
        if (node == null || !node.isObject()) throw new IllegalArgumentException("not a JSON object");
        String id = text(node, "id", true);
        String text = text(node, "text", true);
        LocalDate date = GoldLines.isoDate(node, "dct");
        JsonNode list = node.get("timexes");
        if (list == null || !list.isArray()) throw new IllegalArgumentException("record \"" + id + "\" has no \"timexes\" list");
        List<GoldTimex> timexes = new ArrayList<>();
        int n = 0;
        for (JsonNode t : list) {
            n++;
            if (!t.isObject()) throw new IllegalArgumentException("timex " + n + " is not a JSON object");
            int[] span = GoldLines.span(t, "timex", n, text);
            int start = span[0];
            int end = span[1];
            String words = text(t, "text", true);
            Map<String, Object> attributes = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (CORE.contains(f.getKey())) continue;
                attributes.put(f.getKey(), f.getValue().isNull() ? null : JSON.treeToValue(f.getValue(), Object.class));
            }
            timexes.add(new GoldTimex(start, end, words, text(t, "type", true), text(t, "value", false), attributes));
        }
        return new TimeGoldRecord(id, date, text, timexes);
    }

    private static String text(JsonNode node, String field, boolean required) {
        return GoldLines.text(node, field, required);
    }
}
