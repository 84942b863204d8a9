package org.annalist.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The team's shared reference tables ($ANNALIST_SHARED or the system property {@code annalist.shared}), which
 * tests use only to check the project's own output; a test is skipped when they are absent.
 */
final class SharedRef {

    private SharedRef() {
    }

    /** Rows of a UTF-8 TSV file under {@code ref/}, keyed by the header's column names; skips the test without it. */
    static List<Map<String, String>> table(String relativePath) {
        Path file = null;
        for (String candidate : new String[] {System.getenv("ANNALIST_SHARED"), System.getProperty("annalist.shared")}) {
            if (candidate != null && !candidate.isBlank() && Files.isRegularFile(Path.of(candidate, "ref", relativePath))) {
                file = Path.of(candidate, "ref", relativePath);
                break;
            }
        }
        assumeTrue(file != null, "shared reference table ref/" + relativePath + " not found (set ANNALIST_SHARED)");
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String[] header = lines.get(0).split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) continue;
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) row.put(header[i], i < cells.length ? cells[i] : "");
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
