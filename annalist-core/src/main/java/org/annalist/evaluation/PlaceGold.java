package org.annalist.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
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
        LocalDate date = GoldLines.isoDate(node, "date");
        JsonNode list = node.get("places");
        if (list == null || !list.isArray()) throw new IllegalArgumentException("record \"" + id + "\" has no \"places\" list");
        List<GoldPlace> places = new ArrayList<>();
        int n = 0;
        for (JsonNode p : list) {
            n++;
            if (!p.isObject()) throw new IllegalArgumentException("place " + n + " is not a JSON object");
            int[] span = GoldLines.span(p, "place", n, text);
            int start = span[0];
            int end = span[1];
            String words = text(p, "text", true);
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
        return GoldLines.text(node, field, required);
    }
}
