package org.annalist.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Reads the records of a JSON Lines gold file: blank lines skipped, ids unique, errors naming file and line. */
final class GoldLines {

    /** Parses one line into a record; throws IllegalArgumentException or JsonProcessingException when it is not one. */
    interface Parser<T> {
        T parse(String line) throws JsonProcessingException;
    }

    private GoldLines() {
    }

    static <T> List<T> read(Path jsonl, String kind, Parser<T> parser, Function<T, String> id) throws GoldFileException {
        List<T> records = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                T record;
                try {
                    record = parser.parse(line);
                } catch (IllegalArgumentException e) {
                    throw new GoldFileException("cannot read " + kind + " " + jsonl + " line " + number + ": " + e.getMessage(), e);
                } catch (JsonProcessingException e) {
                    throw new GoldFileException("cannot read " + kind + " " + jsonl + " line " + number
                            + ": not a JSON object (" + e.getOriginalMessage() + ")", e);
                }
                if (!ids.add(id.apply(record))) {
                    throw new GoldFileException("cannot read " + kind + " " + jsonl + " line " + number
                            + ": duplicate id \"" + id.apply(record) + "\"");
                }
                records.add(record);
            }
        } catch (IOException e) {
            throw new GoldFileException("cannot read " + kind + " " + jsonl + ": " + e.getMessage(), e);
        }
        return records;
    }

    /** A string field of a record; null when absent and not required. */
    static String text(com.fasterxml.jackson.databind.JsonNode node, String field, boolean required) {
        com.fasterxml.jackson.databind.JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) throw new IllegalArgumentException("\"" + field + "\" must be a string");
            return null;
        }
        if (!v.isTextual()) throw new IllegalArgumentException("\"" + field + "\" must be a string");
        return v.asText();
    }

    /** An ISO date field of a record (YYYY-MM-DD), or null when absent. */
    static java.time.LocalDate isoDate(com.fasterxml.jackson.databind.JsonNode node, String field) {
        String day = text(node, field, false);
        if (day == null) return null;
        try {
            return java.time.LocalDate.parse(day);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + field + "\" must be an ISO date (YYYY-MM-DD) or null, not " + day);
        }
    }

    /**
     * The {@code start} and {@code end} of the n-th annotated item (a "place", a "timex") of a record, checked to
     * hold the item's {@code text} in the record's text.
     */
    static int[] span(com.fasterxml.jackson.databind.JsonNode item, String kind, int n, String text) {
        com.fasterxml.jackson.databind.JsonNode s = item.get("start");
        com.fasterxml.jackson.databind.JsonNode e = item.get("end");
        if (s == null || e == null || !s.isInt() || !e.isInt()) {
            throw new IllegalArgumentException(kind + " " + n + " needs integer \"start\" and \"end\"");
        }
        int start = s.asInt();
        int end = e.asInt();
        String words = text(item, "text", true);
        if (start < 0 || end > text.length() || start >= end || !text.substring(start, end).equals(words)) {
            throw new IllegalArgumentException(kind + " " + n + " offsets " + start + "-" + end
                    + " do not hold its text \"" + words + "\"");
        }
        return new int[] {start, end};
    }
}
