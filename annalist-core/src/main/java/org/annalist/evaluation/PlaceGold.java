package org.annalist.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads place-gold files ({@code *.places.jsonl}, FORMATS.md section 2). Each place must have offsets inside
 * the text whose substring is the place's text, so that a shifted file fails here instead of scoring every
 * place as missed; latitude and longitude are both given or both null.
 */
public final class PlaceGold {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlaceGold() {
    }

    /**
     * Reads every record of a JSONL place-gold file. Blank lines are skipped.
     *
     * @throws GoldFileException when the file cannot be read or a line is not a valid record; the message names
     *                           the file and the line
     */
    public static List<PlaceGoldRecord> read(Path jsonl) throws GoldFileException {
        return GoldLines.read(jsonl, "place gold", PlaceGold::parse, PlaceGoldRecord::id);
    }

    private static PlaceGoldRecord parse(String line) throws JsonProcessingException {
        JsonNode node = JSON.readTree(line);
        if (node == null || !node.isObject()) throw new IllegalArgumentException("not a JSON object");
        String id = text(node, "id", true);
        String text = text(node, "text", true);
        String day = text(node, "date", false);
        LocalDate date = null;
        if (day != null) {
            try {
                date = LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"date\" must be an ISO date (YYYY-MM-DD) or null, not " + day);
            }
        }
        JsonNode list = node.get("places");
        if (list == null || !list.isArray()) throw new IllegalArgumentException("record \"" + id + "\" has no \"places\" list");
        List<GoldPlace> places = new ArrayList<>();
        int n = 0;
        for (JsonNode p : list) {
            n++;
            if (!p.isObject()) throw new IllegalArgumentException("place " + n + " is not a JSON object");
            JsonNode s = p.get("start");
            JsonNode e = p.get("end");
            if (s == null || e == null || !s.isInt() || !e.isInt()) {
                throw new IllegalArgumentException("place " + n + " needs integer \"start\" and \"end\"");
            }
            int start = s.asInt();
            int end = e.asInt();
            String words = text(p, "text", true);
            if (start < 0 || end > text.length() || start >= end || !text.substring(start, end).equals(words)) {
                throw new IllegalArgumentException("place " + n + " offsets " + start + "-" + end
                        + " do not hold its text \"" + words + "\"");
            }
            JsonNode g = p.get("geonameid");
            Long geonameid = null;
            if (g != null && !g.isNull()) {
                if (!g.canConvertToLong() || !g.isIntegralNumber()) {
                    throw new IllegalArgumentException("place " + n + " \"geonameid\" must be an integer or null");
                }
                geonameid = g.asLong();
            }
            Double lat = number(p, "lat", n, 90);
            Double lon = number(p, "lon", n, 180);
            if ((lat == null) != (lon == null)) {
                throw new IllegalArgumentException("place " + n + " gives only one of \"lat\" and \"lon\"");
            }
            places.add(new GoldPlace(start, end, words, geonameid, lat, lon, text(p, "type", false)));
        }
        return new PlaceGoldRecord(id, date, text, places);
    }

    private static Double number(JsonNode place, String field, int n, double limit) {
        JsonNode v = place.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isNumber() || Math.abs(v.asDouble()) > limit) {
            throw new IllegalArgumentException("place " + n + " \"" + field + "\" must be a number within ±" + (int) limit + " or null");
        }
        return v.asDouble();
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) throw new IllegalArgumentException("\"" + field + "\" must be a string");
            return null;
        }
        if (!v.isTextual()) throw new IllegalArgumentException("\"" + field + "\" must be a string");
        return v.asText();
    }
}
