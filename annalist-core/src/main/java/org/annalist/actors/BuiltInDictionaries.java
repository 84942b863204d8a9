package org.annalist.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Annalist's own dictionaries, read from TSV resources in this package (each with a header line):
 * <ul>
 *   <li>{@code people.tsv} (optional): {@code name aliases country code from to office}, one line per role;</li>
 *   <li>{@code countries.tsv}: {@code code iso2 name aliases demonyms capitals government}, where the
 *       government column lists names that stand for the country's government ("Kremlin" -> RUSGOV);</li>
 *   <li>{@code organizations.tsv}: {@code code names kind note} (IGOs, NGOs, armed groups);</li>
 *   <li>{@code agents.tsv}: {@code phrases code note}, with every plural form written out.</li>
 * </ul>
 * Lists inside a cell are {@code |}-separated. Names written in capitals of two letters or more ("US", "UN")
 * match only when written in capitals; other names written with a capital must be capitalised in the text.
 */
public final class BuiltInDictionaries {

    private static final String BASE = "/org/annalist/actors/";

    private BuiltInDictionaries() {
    }

    /** Holder idiom: the resources are read once, on first use, and the result is immutable. */
    private static final class Holder {
        static final List<ActorDictionary> ALL = readAll();
    }

    /**
     * The built-in dictionaries in precedence order: people (when {@code people.tsv} is on the class path),
     * organizations, countries, agents.
     *
     * @throws IllegalStateException when a bundled resource is missing or malformed (a packaging error)
     */
    public static List<ActorDictionary> load() {
        return Holder.ALL;
    }

    private static List<ActorDictionary> readAll() {
        try {
            List<ActorDictionary> out = new ArrayList<>();
            try (InputStream people = BuiltInDictionaries.class.getResourceAsStream(BASE + "people.tsv")) {
                if (people != null) out.add(readPeople("people.tsv", reader(people)));
            }
            out.add(readOrganizations("organizations.tsv", resource("organizations.tsv")));
            out.add(readCountries("countries.tsv", resource("countries.tsv")));
            out.add(readAgents("agents.tsv", resource("agents.tsv")));
            return List.copyOf(out);
        } catch (IOException | DictionaryException e) {
            throw new IllegalStateException("built-in actor dictionaries are broken: " + e.getMessage(), e);
        }
    }

    private static Reader resource(String name) throws DictionaryException {
        InputStream in = BuiltInDictionaries.class.getResourceAsStream(BASE + name);
        if (in == null) throw new DictionaryException("missing resource " + BASE + name);
        return reader(in);
    }

    private static Reader reader(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** A parsed TSV: header name -> column, rows with their 1-based line numbers. */
    private record Table(String name, Map<String, Integer> columns, List<String[]> rows, List<Integer> lines) {
        String get(int row, String column) {
            Integer c = columns.get(column);
            String[] r = rows.get(row);
            return c == null || c >= r.length ? "" : r[c].strip();
        }

        DictionaryException error(int row, String what) {
            return new DictionaryException("cannot read " + name + " line " + lines.get(row) + ": " + what);
        }
    }

    private static Table table(String name, Reader text, String... required) throws DictionaryException {
        try (BufferedReader br = new BufferedReader(text)) {
            String header = br.readLine();
            if (header == null) throw new DictionaryException(name + " is empty (a header line is required)");
            Map<String, Integer> columns = new LinkedHashMap<>();
            String[] names = header.replace("\uFEFF", "").split("\t", -1);
            for (int i = 0; i < names.length; i++) columns.put(names[i].strip().toLowerCase(Locale.ROOT), i);
            for (String r : required) {
                if (!columns.containsKey(r)) throw new DictionaryException(name + " has no column '" + r + "'");
            }
            List<String[]> rows = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            int n = 1;
            for (String line; (line = br.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t", -1));
                lines.add(n);
            }
            return new Table(name, columns, rows, lines);
        } catch (IOException e) {
            throw new DictionaryException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    /** Adds a name as an entry, with the casing its spelling asks for. */
    private static void addName(ActorDictionary.Builder b, String name, ActorMention.Kind kind, List<String> codes,
                                List<ActorDictionary.CodeRestriction> restrictions, String label) {
        List<String> words = Arrays.asList(name.strip().split("\\s+"));
        b.add(new ActorDictionary.Entry(ActorDictionary.normalizeAll(words), kind, codes, restrictions, label,
                casingOf(name)));
    }

    static ActorDictionary.Casing casingOf(String name) {
        String letters = name.replaceAll("[^\\p{L}]", "");
        if (letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
            return ActorDictionary.Casing.UPPER;
        }
        if (!name.isEmpty() && Character.isUpperCase(name.codePointAt(0))) return ActorDictionary.Casing.CAPITALIZED;
        return ActorDictionary.Casing.ANY;
    }

    /** Reads {@code countries.tsv}. */
    public static ActorDictionary readCountries(String name, Reader text) throws DictionaryException {
        Table t = table(name, text, "code", "name");
        ActorDictionary.Builder b = ActorDictionary.builder(name);
        for (int r = 0; r < t.rows().size(); r++) {
            String code = t.get(r, "code");
            String label = t.get(r, "name");
            if (code.isEmpty() || label.isEmpty()) throw t.error(r, "code and name are required");
            List<String> names = new ArrayList<>();
            names.add(label);
            names.addAll(list(t.get(r, "aliases")));
            names.addAll(list(t.get(r, "demonyms")));
            names.addAll(list(t.get(r, "capitals")));
            for (String n : names) addName(b, n, ActorMention.Kind.COUNTRY, List.of(code), List.of(), label);
            for (String n : list(t.get(r, "government"))) {
                addName(b, n, ActorMention.Kind.COUNTRY, List.of(code + "GOV"), List.of(), label);
            }
        }
        return b.build();
    }

    /**
     * Reads {@code organizations.tsv}. Rows with the same names are one organisation; a row with {@code from} or
     * {@code to} dates gives the code for that period (the Taliban as insurgents, then as government), a row
     * without dates the code outside them.
     */
    public static ActorDictionary readOrganizations(String name, Reader text) throws DictionaryException {
        Table t = table(name, text, "code", "names");
        Map<String, List<String>> undated = new LinkedHashMap<>();
        Map<String, List<ActorDictionary.CodeRestriction>> dated = new LinkedHashMap<>();
        for (int r = 0; r < t.rows().size(); r++) {
            String code = t.get(r, "code");
            String names = t.get(r, "names");
            if (code.isEmpty() || list(names).isEmpty()) throw t.error(r, "code and names are required");
            undated.computeIfAbsent(names, k -> new ArrayList<>());
            dated.computeIfAbsent(names, k -> new ArrayList<>());
            LocalDate from = isoDate(t, r, "from");
            LocalDate to = isoDate(t, r, "to");
            if (from == null && to == null) undated.get(names).add(code);
            else dated.get(names).add(new ActorDictionary.CodeRestriction(List.of(code), from, to));
        }
        ActorDictionary.Builder b = ActorDictionary.builder(name);
        for (String names : undated.keySet()) {
            List<String> all = list(names);
            List<String> codes = undated.get(names);
            List<ActorDictionary.CodeRestriction> restrictions = dated.get(names);
            if (codes.isEmpty()) {
                // no undated row: without a date, the latest period's code
                codes = restrictions.get(restrictions.size() - 1).codes();
            }
            for (String n : all) addName(b, n, ActorMention.Kind.ORGANIZATION, codes, restrictions, all.get(0));
        }
        return b.build();
    }

    /** Reads {@code agents.tsv}: codes written {@code ~GOV} or {@code NGO~}; phrases match in any case. */
    public static ActorDictionary readAgents(String name, Reader text) throws DictionaryException {
        Table t = table(name, text, "phrases", "code");
        ActorDictionary.Builder b = ActorDictionary.builder(name);
        for (int r = 0; r < t.rows().size(); r++) {
            String code = t.get(r, "code");
            List<String> phrases = list(t.get(r, "phrases"));
            if (phrases.isEmpty() || !(code.startsWith("~") || code.endsWith("~")) || code.length() < 2) {
                throw t.error(r, "an agent needs phrases and a code written ~CODE or CODE~");
            }
            for (String p : phrases) {
                b.add(Arrays.asList(p.strip().split("\\s+")), ActorMention.Kind.AGENT, List.of(code), List.of(),
                        phrases.get(0));
            }
        }
        return b.build();
    }

    /** One role of a person: the code it carries between two dates (inclusive, null = open). */
    private record Role(String country, String code, LocalDate from, LocalDate to) {
    }

    /**
     * Reads {@code people.tsv}: {@code name aliases country code from to office}, one line per role (the lines of
     * one person share the name). At a date inside a role the person has that role's code; at a date outside
     * every role, the country code of the nearest earlier role (a former office holder is still of that
     * country), or before the first role the first role's country; roles in international organisations (country
     * IGO, NGO, ...) give no nationality; with no date, the code of the latest role.
     */
    public static ActorDictionary readPeople(String name, Reader text) throws DictionaryException {
        Table t = table(name, text, "name", "aliases", "country", "code", "from", "to");
        Map<String, List<Role>> roles = new LinkedHashMap<>();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        for (int r = 0; r < t.rows().size(); r++) {
            String person = t.get(r, "name");
            String country = t.get(r, "country");
            String code = t.get(r, "code");
            if (person.isEmpty()) throw t.error(r, "name is required");
            if (code.isEmpty()) code = country;
            if (country.isEmpty() && code.length() >= 3) country = code.substring(0, 3);
            if (code.isEmpty()) throw t.error(r, "a country or a code is required");
            LocalDate from = isoDate(t, r, "from");
            LocalDate to = isoDate(t, r, "to");
            roles.computeIfAbsent(person, k -> new ArrayList<>()).add(new Role(country, code, from, to));
            List<String> names = aliases.computeIfAbsent(person, k -> new ArrayList<>(List.of(person)));
            for (String a : list(t.get(r, "aliases"))) if (!names.contains(a)) names.add(a);
        }
        ActorDictionary.Builder b = ActorDictionary.builder(name);
        for (var e : roles.entrySet()) {
            List<Role> rs = new ArrayList<>(e.getValue());
            rs.sort(Comparator.comparing(Role::from, Comparator.nullsFirst(Comparator.naturalOrder())));
            List<ActorDictionary.CodeRestriction> restrictions = new ArrayList<>();
            for (Role role : rs) restrictions.add(new ActorDictionary.CodeRestriction(List.of(role.code()), role.from(), role.to()));
            // outside every role: the nationality shown by the nearest earlier role, else by the first later one
            for (int i = 0; i < rs.size(); i++) {
                Role role = rs.get(i);
                if (role.to() == null) continue;
                LocalDate gapFrom = role.to().plusDays(1);
                LocalDate gapTo = i + 1 < rs.size() && rs.get(i + 1).from() != null ? rs.get(i + 1).from().minusDays(1) : null;
                List<String> nationality = nationality(rs, i);
                if (!gapTo(gapFrom, gapTo)) continue;
                restrictions.add(new ActorDictionary.CodeRestriction(nationality, gapFrom, gapTo));
            }
            Role first = rs.get(0);
            if (first.from() != null) {
                restrictions.add(new ActorDictionary.CodeRestriction(nationality(rs, -1), null, first.from().minusDays(1)));
            }
            List<String> undated = List.of(rs.get(rs.size() - 1).code());
            for (String n : aliases.get(e.getKey())) {
                addName(b, n, ActorMention.Kind.PERSON, undated, restrictions, e.getKey());
            }
        }
        return b.build();
    }

    private static boolean gapTo(LocalDate from, LocalDate to) {
        return to == null || !to.isBefore(from);
    }

    /**
     * The country code of the nearest role at or before index {@code i} that is a state (not IGO, NGO, ...), else
     * of the nearest later one; empty when every role is international (the person is then uncoded).
     */
    private static List<String> nationality(List<Role> roles, int i) {
        for (int k = Math.min(i, roles.size() - 1); k >= 0; k--) if (isState(roles.get(k).country())) return List.of(roles.get(k).country());
        for (int k = Math.max(i + 1, 0); k < roles.size(); k++) if (isState(roles.get(k).country())) return List.of(roles.get(k).country());
        return List.of();
    }

    private static boolean isState(String country) {
        return !List.of("IGO", "NGO", "NGM", "IMG", "INT", "MNC", "UIS").contains(country);
    }

    private static LocalDate isoDate(Table t, int row, String column) throws DictionaryException {
        String s = t.get(row, column);
        if (s.isEmpty()) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw t.error(row, "invalid " + column + " date '" + s + "' (expected YYYY-MM-DD)");
        }
    }
}
