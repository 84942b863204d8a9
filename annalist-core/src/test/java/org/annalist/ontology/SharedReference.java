package org.annalist.ontology;

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
 * Reads the team's shared reference tables (never copied into the repository), which tests use
 * only to check the project's own tables. Looks in $ANNALIST_SHARED, then in the system property
 * {@code annalist.shared}; a test is skipped when neither names an existing folder.
 */
final class SharedReference {

    private SharedReference() {
    }

    /** Returns the shared folder, or skips the calling test when it is not available. */
    static Path folder() {
        for (String candidate : new String[] {System.getenv("ANNALIST_SHARED"),
                System.getProperty("annalist.shared")}) {
            if (candidate != null && !candidate.isBlank() && Files.isDirectory(Path.of(candidate, "ref"))) {
                return Path.of(candidate);
            }
        }
        assumeTrue(false, "shared reference folder not found (set ANNALIST_SHARED)");
        return null;
    }

    /** Reads a UTF-8 TSV file with one header line into rows keyed by column name. */
    static List<Map<String, String>> table(String relativePath) {
        Path file = folder().resolve(relativePath);
        assumeTrue(Files.isRegularFile(file), "missing " + file);
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String[] header = lines.get(0).split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < cells.length ? cells[i] : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
