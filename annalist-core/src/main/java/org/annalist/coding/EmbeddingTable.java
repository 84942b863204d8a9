package org.annalist.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a governing trigger composes with the event it governs: "urged X to help" is an appeal for aid (023),
 * "threatened to impose sanctions" a threat to sanction (1312). Read from {@code embedding.tsv}
 * ({@code class embedded code note}).
 */
public final class EmbeddingTable {
    /** Keep the embedded event's own code, with the governor's modality. */
    public static final String KEEP = "=";
    private final Map<String, Map<String, String>> byClass = new HashMap<>();
    private final List<String[]> rows = new ArrayList<>();

    private EmbeddingTable() {}

    /** The table shipped with Annalist. */
    public static EmbeddingTable builtIn() {
        EmbeddingTable t = new EmbeddingTable();
        try (InputStream in = EmbeddingTable.class.getResourceAsStream("embedding.tsv")) {
            if (in == null) throw new IllegalStateException("resource embedding.tsv is missing from the classpath");
            BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = false;
            while ((line = br.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (!header) { header = true; continue; }
                if (f.length < 3) throw new IllegalStateException("embedding.tsv: malformed line '" + line + "'");
                String cls = f[0].trim().toUpperCase(Locale.ROOT);
                t.byClass.computeIfAbsent(cls, k -> new HashMap<>()).put(f[1].trim().toLowerCase(Locale.ROOT), f[2].trim());
                t.rows.add(new String[] {cls, f[1].trim(), f[2].trim()});
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read embedding.tsv: " + e.getMessage(), e);
        }
        return t;
    }

    /** Rows as {class, embedded, code}, for integrity checks. */
    public List<String[]> rows() { return List.copyOf(rows); }

    /**
     * The composed code for an embedded event with code {@code embeddedCode} (longest matching prefix), or null when
     * the class has no rule for it.
     */
    public String composeCode(String cls, String embeddedCode) {
        Map<String, String> m = byClass.get(cls);
        if (m == null || embeddedCode == null) return null;
        for (int len = embeddedCode.length(); len >= 2; len--) {
            String v = m.get(embeddedCode.substring(0, len));
            if (v != null) return v;
        }
        return null;
    }

    /** The composed code for an embedded head word that is no event ("peace" in "appealed for peace"), or null. */
    public String composeLemma(String cls, String lemma) {
        Map<String, String> m = byClass.get(cls);
        return m == null ? null : m.get("@" + lemma);
    }
}
