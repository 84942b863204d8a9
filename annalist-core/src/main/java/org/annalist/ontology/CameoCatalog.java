package org.annalist.ontology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All CAMEO 1.1b3 event codes with their Goldstein value, QuadClass, penta class, PLOVER type and
 * mode, and ACLED view, read from the project's own resource files {@code cameo_events.tsv} and
 * {@code acled_map.tsv} in this package.
 *
 * <p>The catalog is immutable and safe to share between threads; {@link #load()} reads the files
 * once per class loader and returns the same instance afterwards.
 */
public final class CameoCatalog {

    static final String EVENTS_RESOURCE = "cameo_events.tsv";
    static final String ACLED_RESOURCE = "acled_map.tsv";
    static final List<String> EVENTS_HEADER =
            List.of("code", "name", "goldstein", "quad_class", "penta", "plover", "plover_mode");
    static final List<String> ACLED_HEADER =
            List.of("cameo_code", "acled_event_type", "acled_sub_event_type", "note");

    private final Map<String, CameoCode> byCode;
    private final List<CameoCode> all;

    private CameoCatalog(Map<String, CameoCode> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        this.all = List.copyOf(byCode.values());
    }

    /**
     * Returns the catalog built from the bundled resource files.
     *
     * @throws IllegalStateException if a resource file is missing or malformed; that is a
     *                               packaging defect, which the integrity tests guard against
     */
    public static CameoCatalog load() {
        return Holder.CATALOG;
    }

    private static final class Holder {
        static final CameoCatalog CATALOG = read();
    }

    /** Returns the code {@code code} ("041"), or empty if CAMEO has no such code. */
    public Optional<CameoCode> get(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /** Returns true if {@code code} is a CAMEO event code (string comparison: "41" is not "041"). */
    public boolean isValid(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** Returns every code in codebook order (each root followed by its sub-codes). */
    public List<CameoCode> all() {
        return all;
    }

    /**
     * Returns the name of a root code ("CONSULT" for "04"); a longer code is reduced to its root.
     *
     * @throws IllegalArgumentException if the root does not exist
     */
    public String rootName(String root) {
        if (root == null || root.length() < 2) {
            throw new IllegalArgumentException("not a CAMEO root code: '" + root + "'");
        }
        CameoCode c = byCode.get(root.substring(0, 2));
        if (c == null) {
            throw new IllegalArgumentException("not a CAMEO root code: '" + root + "'");
        }
        return c.name();
    }

    private static CameoCatalog read() {
        Map<String, String[]> acled = new LinkedHashMap<>();
        for (Row row : rows(ACLED_RESOURCE, ACLED_HEADER)) {
            if (acled.put(row.cells[0], row.cells) != null) {
                throw row.error("CAMEO code listed twice");
            }
        }
        Map<String, CameoCode> byCode = new LinkedHashMap<>();
        for (Row row : rows(EVENTS_RESOURCE, EVENTS_HEADER)) {
            String[] f = row.cells;
            String code = f[0];
            String plover = blankToNull(f[5]);
            String mode = blankToNull(f[6]);
            if (plover != null) {
                PloverType type;
                try {
                    type = PloverType.valueOf(plover);
                } catch (IllegalArgumentException e) {
                    throw row.error("unknown PLOVER type '" + plover + "'");
                }
                if (mode != null && !type.hasMode(mode)) {
                    throw row.error("PLOVER type " + plover + " has no mode '" + mode + "'");
                }
            } else if (mode != null) {
                throw row.error("PLOVER mode without a PLOVER type");
            }
            String[] a = acled.remove(code);
            CameoCode c;
            try {
                c = new CameoCode(code, f[1], Double.parseDouble(f[2]), Integer.parseInt(f[3]),
                        Integer.parseInt(f[4]), plover, mode,
                        a == null ? null : a[1], a == null ? null : a[2]);
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
            if (byCode.put(code, c) != null) {
                throw row.error("CAMEO code listed twice");
            }
        }
        if (!acled.isEmpty()) {
            throw new IllegalStateException(ACLED_RESOURCE + " maps codes that are not CAMEO codes: "
                    + acled.keySet());
        }
        return new CameoCatalog(byCode);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** One data line of a resource file, with its line number for error messages. */
    record Row(String resource, int line, String[] cells) {
        IllegalStateException error(String message) {
            return new IllegalStateException(
                    "cannot read " + resource + " line " + line + ": " + message);
        }
    }

    /**
     * Reads a bundled TSV file: comment lines start with '#', the first other line is the header,
     * which must equal {@code header}; every data line must have exactly that many cells.
     */
    static List<Row> rows(String resource, List<String> header) {
        try (InputStream in = CameoCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource
                        + " in package org.annalist.ontology");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            boolean headerSeen = false;
            int lineNo = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Row row = new Row(resource, lineNo, cells);
                if (!headerSeen) {
                    if (!List.of(cells).equals(header)) {
                        throw row.error("expected header " + String.join(",", header));
                    }
                    headerSeen = true;
                    continue;
                }
                if (cells.length != header.size()) {
                    throw row.error("expected " + header.size() + " tab-separated cells, found "
                            + cells.length);
                }
                rows.add(row);
            }
            if (!headerSeen) {
                throw new IllegalStateException("cannot read " + resource + ": no header line");
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
