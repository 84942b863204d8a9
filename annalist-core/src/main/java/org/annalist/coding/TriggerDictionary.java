package org.annalist.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The event triggers: which words, in which syntactic frame, signal which CAMEO event. Read from a TSV file with a
 * header line ({@code pattern pos frame cameo note}); the built-in file is {@code triggers.tsv} beside this class.
 */
public final class TriggerDictionary {
    private static final String BUILT_IN = "triggers.tsv";
    private final List<TriggerEntry> entries;
    private final Map<String, List<TriggerEntry>> byHead = new HashMap<>();

    private TriggerDictionary(List<TriggerEntry> entries) {
        this.entries = List.copyOf(entries);
        for (TriggerEntry e : entries) {
            byHead.computeIfAbsent(e.head() + "/" + e.pos(), k -> new ArrayList<>()).add(e);
        }
    }

    /** The dictionary shipped with Annalist. */
    public static TriggerDictionary builtIn() {
        try (InputStream in = TriggerDictionary.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) throw new IllegalStateException("resource " + BUILT_IN + " is missing from the classpath");
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), BUILT_IN);
        } catch (IOException | CodingException e) {
            throw new IllegalStateException("cannot read the built-in trigger dictionary: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a trigger file.
     *
     * @param reader the TSV text
     * @param name   the file name, for messages
     * @throws CodingException when a line is malformed (the message names the line)
     */
    public static TriggerDictionary read(Reader reader, String name) throws CodingException {
        List<TriggerEntry> out = new ArrayList<>();
        try (BufferedReader br = new BufferedReader(reader)) {
            String line;
            int no = 0;
            boolean header = false;
            while ((line = br.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (!header) {
                    if (!f[0].equals("pattern")) throw new CodingException(name + " line " + no + ": expected the header 'pattern\tpos\tframe\tcameo\tnote'");
                    header = true;
                    continue;
                }
                if (f.length < 4) throw new CodingException(name + " line " + no + ": expected 4 or 5 tab-separated fields, found " + f.length);
                out.add(parse(f, no, name));
            }
        } catch (IOException e) {
            throw new CodingException("cannot read " + name + ": " + e.getMessage(), e);
        }
        return new TriggerDictionary(out);
    }

    private static TriggerEntry parse(String[] f, int no, String name) throws CodingException {
        List<String> words = Arrays.asList(f[0].trim().toLowerCase(Locale.ROOT).split("\\s+"));
        TriggerEntry.Pos pos;
        try {
            pos = TriggerEntry.Pos.valueOf(f[1].trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CodingException(name + " line " + no + ": unknown part of speech '" + f[1] + "' (verb, noun or adj)");
        }
        String cameo = f[3].trim();
        if (!cameo.matches("\\d{2,4}")) throw new CodingException(name + " line " + no + ": '" + cameo + "' is not a CAMEO code");
        Set<String> obj = Set.of(), with = Set.of(), rel = Set.of(), inv = Set.of();
        List<String> preps = null;
        String embed = null;
        boolean sym = false, stative = false, embedOnly = false, prepsFirst = false;
        String frame = f[2].trim();
        if (!frame.isEmpty() && !frame.equals("-")) {
            for (String c : frame.split(";")) {
                c = c.trim();
                int eq = c.indexOf('=');
                String key = eq < 0 ? c : c.substring(0, eq);
                String val = eq < 0 ? "" : c.substring(eq + 1);
                switch (key) {
                    case "obj" -> obj = set(val);
                    case "has" -> with = set(val);
                    case "rel" -> rel = set(val);
                    case "prep" -> preps = List.copyOf(set(val));
                    case "inv" -> inv = set(val);
                    case "embed" -> embed = val.toUpperCase(Locale.ROOT);
                    case "sym" -> sym = true;
                    case "stative" -> stative = true;
                    case "embedonly" -> embedOnly = true;
                    case "target" -> {
                        if (!val.equals("prep")) throw new CodingException(name + " line " + no + ": target= takes only 'prep'");
                        prepsFirst = true;
                    }
                    default -> throw new CodingException(name + " line " + no + ": unknown frame constraint '" + key + "'");
                }
            }
        }
        String note = f.length > 4 ? f[4].trim() : "";
        return new TriggerEntry(words, pos, obj, with, rel, preps, embed, sym, inv, stative, prepsFirst, embedOnly, cameo, note, no);
    }

    private static Set<String> set(String v) {
        Set<String> s = new LinkedHashSet<>();
        for (String x : v.split("\\|")) if (!x.isBlank()) s.add(x.trim().toLowerCase(Locale.ROOT));
        return s;
    }

    /** All entries in file order. */
    public List<TriggerEntry> entries() { return entries; }

    /** Entries whose head word is {@code lemma} with this part of speech, in file order. */
    public List<TriggerEntry> candidates(String lemma, TriggerEntry.Pos pos) {
        return byHead.getOrDefault(lemma + "/" + pos, List.of());
    }
}
