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
}
