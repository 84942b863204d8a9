package org.annalist.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads PETRARCH / TABARI / Phoenix actor, agent and discard dictionaries (the syntax of
 * {@code eval/petrarch/README.md}) into {@link ActorDictionary} values.
 *
 * <p>Actor files give {@link ActorMention.Kind#DICTIONARY} entries with their dated code lines; agent files
 * give {@link ActorMention.Kind#AGENT} entries (codes kept as written, {@code ~GOV} or {@code NGO~}) with the
 * generated plurals and substitution-set expansions; discard files give {@link ActorDictionary.Discard}s.
 */
public final class PetrarchDictionaryLoader {

    private PetrarchDictionaryLoader() {
    }

    /** What a file in a dictionary folder holds, from its name. */
    public enum FileKind { ACTORS, AGENTS, DISCARDS }

    /**
     * Loads every dictionary file of a folder into one dictionary: actor files first, then agent files, then
     * discard files, each group in file-name order (earlier files win ties). A file counts as
     * a discards file when its name contains "discard", as an agents file when it contains "agent", as an
     * actors file when it contains "actor" (case-insensitive, {@code .txt} only); other files are ignored.
     *
     * @throws DictionaryException when the folder or one of its files cannot be read or parsed
     */
    public static ActorDictionary load(Path dir) throws DictionaryException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new DictionaryException("cannot list dictionary folder " + dir + ": " + e.getMessage(), e);
        }
        ActorDictionary.Builder all = ActorDictionary.builder(String.valueOf(dir.getFileName()));
        for (FileKind kind : FileKind.values()) {
            for (Path f : files) {
                if (kindOf(f.getFileName().toString()) == kind) all.addAll(loadFile(f, kind));
            }
        }
        return all.build();
    }

    /** The kind of dictionary a file name denotes, or null when it is not a dictionary file. */
    public static FileKind kindOf(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (!n.endsWith(".txt")) return null;
        if (n.contains("discard")) return FileKind.DISCARDS;
        if (n.contains("agent")) return FileKind.AGENTS;
        if (n.contains("actor")) return FileKind.ACTORS;
        return null;
    }

    /** Loads one file as the given kind. */
    public static ActorDictionary loadFile(Path file, FileKind kind) throws DictionaryException {
        try (Reader r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE))) {
            return read(file.getFileName().toString(), r, kind);
        } catch (IOException e) {
            throw new DictionaryException("cannot read dictionary " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses dictionary text.
     *
     * @param name used in the dictionary's name and in error messages
     */
    public static ActorDictionary read(String name, Reader text, FileKind kind) throws DictionaryException {
        List<Line> lines;
        try {
            lines = cleanLines(name, text);
        } catch (IOException e) {
            throw new DictionaryException("cannot read dictionary " + name + ": " + e.getMessage(), e);
        }
        return switch (kind) {
            case ACTORS -> parseActors(name, lines);
            case AGENTS -> parseAgents(name, lines);
            case DISCARDS -> parseDiscards(name, lines);
        };
    }

    /** A content line with its 1-based number; leading whitespace kept (it marks code lines). */
    private record Line(int number, String text) {
    }

    /** Removes blank lines, comments ({@code #}, {@code ;}, {@code <!-- -->}, lines starting with {@code <!}). */
    private static List<Line> cleanLines(String name, Reader text) throws IOException {
        List<Line> out = new ArrayList<>();
        BufferedReader br = new BufferedReader(text);
        boolean inXmlComment = false;
        int number = 0;
        for (String raw; (raw = br.readLine()) != null; ) {
            number++;
            String line = number == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
            if (inXmlComment) {
                int close = line.indexOf("-->");
                if (close < 0) continue;
                line = line.substring(close + 3);
                inXmlComment = false;
            }
            for (int open; (open = line.indexOf("<!--")) >= 0; ) {
                int close = line.indexOf("-->", open + 4);
                if (close < 0) {
                    line = line.substring(0, open);
                    inXmlComment = true;
                    break;
                }
                line = line.substring(0, open) + line.substring(close + 3);
            }
            if (line.isBlank() || line.startsWith("#") || line.startsWith("<!")) continue;
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            int semi = line.indexOf(';');
            if (semi >= 0) line = line.substring(0, semi);
            line = stripTrailing(line);
            if (line.isBlank()) continue;
            out.add(new Line(number, line));
        }
        return out;
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) end--;
        return s.substring(0, end);
    }

    // ---------------------------------------------------------------- actors

    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern CODE_GROUP = Pattern.compile(
            "^(\\S+?)\\s*(?:([<>])\\s*(\\d{6}|\\d{8})|(\\d{6}|\\d{8})\\s*-\\s*(\\d{6}|\\d{8}))?$");

    /** One actor record being read: the primary phrase, its synonyms and code lines. */
    private static final class ActorRecord {
        final String label;
        final List<List<String>> phrases = new ArrayList<>();
        final List<String> codes = new ArrayList<>();
        final List<ActorDictionary.CodeRestriction> restrictions = new ArrayList<>();

        ActorRecord(String label, List<String> phrase) {
            this.label = label;
            phrases.add(phrase);
        }
    }

    private static ActorDictionary parseActors(String name, List<Line> lines) throws DictionaryException {
        ActorDictionary.Builder b = ActorDictionary.builder(name);
        ActorRecord current = null;
        for (Line line : lines) {
            String t = line.text().strip();
            boolean indented = Character.isWhitespace(line.text().charAt(0));
            if (t.startsWith("+")) {
                if (current == null) throw error(name, line, "synonym before any actor");
                current.phrases.add(phrase(name, line, before(t.substring(1), '[')));
            } else if (indented && t.startsWith("[")) {
                if (current == null) throw error(name, line, "code line before any actor");
                addCodeGroups(name, line, t, current);
            } else if (indented) {
                throw error(name, line, "indented line that is not a code line: " + t);
            } else {
                flush(b, current);
                String phraseText = before(t, '[');
                current = new ActorRecord(phraseText.strip(), phrase(name, line, phraseText));
                addCodeGroups(name, line, t, current);
            }
        }
        flush(b, current);
        return b.build();
    }

    private static void addCodeGroups(String name, Line line, String text, ActorRecord record)
            throws DictionaryException {
        Matcher m = BRACKETS.matcher(text);
        while (m.find()) {
            String content = m.group(1).strip();
            Matcher g = CODE_GROUP.matcher(content);
            if (!g.matches()) throw error(name, line, "cannot read code block [" + m.group(1) + "]");
            List<String> codes = codes(name, line, g.group(1));
            if (g.group(2) != null) {
                LocalDate d = date(name, line, g.group(3));
                record.restrictions.add(g.group(2).equals("<")
                        ? new ActorDictionary.CodeRestriction(codes, null, d)
                        : new ActorDictionary.CodeRestriction(codes, d, null));
            } else if (g.group(4) != null) {
                record.restrictions.add(new ActorDictionary.CodeRestriction(codes, date(name, line, g.group(4)),
                        date(name, line, g.group(5))));
            } else {
                record.codes.addAll(codes);
            }
        }
    }

    private static void flush(ActorDictionary.Builder b, ActorRecord r) {
        if (r == null) return;
        for (List<String> p : r.phrases) {
            b.add(p, ActorMention.Kind.DICTIONARY, r.codes, r.restrictions, r.label);
        }
    }

    // ---------------------------------------------------------------- agents

    private static final Pattern SET_LINE = Pattern.compile("^(![A-Za-z0-9_]+!)\\s*=\\s*(.*)$");
    private static final Pattern SET_USE = Pattern.compile("![A-Za-z0-9_]+!");

    private static ActorDictionary parseAgents(String name, List<Line> lines) throws DictionaryException {
        ActorDictionary.Builder b = ActorDictionary.builder(name);
        Map<String, List<String>> sets = new LinkedHashMap<>();
        for (Line line : lines) {
            String t = line.text().strip();
            Matcher set = SET_LINE.matcher(t);
            if (set.matches()) {
                List<String> members = new ArrayList<>();
                for (String m : set.group(2).split(",")) if (!m.isBlank()) members.add(m.strip());
                sets.put(set.group(1).toUpperCase(Locale.ROOT), members);
                continue;
            }
            int bracket = t.indexOf('[');
            if (bracket < 0) throw error(name, line, "agent without a [code]: " + t);
            String head = t.substring(0, bracket);
            String plural = null;
            int brace = head.indexOf('{');
            if (brace >= 0) {
                int close = head.indexOf('}', brace);
                if (close < 0) throw error(name, line, "unclosed {plural}");
                plural = head.substring(brace + 1, close).strip();
                head = head.substring(0, brace);
            }
            List<String> codes = new ArrayList<>();
            Matcher m = BRACKETS.matcher(t.substring(bracket));
            while (m.find()) codes.addAll(agentCodes(name, line, m.group(1)));
            String label = head.strip();
            if (SET_USE.matcher(head).find()) {
                // substitution sets stand for one phrase per member; no plural formation
                for (String expanded : expand(name, line, head, sets)) {
                    b.add(phrase(name, line, expanded), ActorMention.Kind.AGENT, codes, List.of(), label);
                }
                continue;
            }
            List<String> singular = phrase(name, line, head);
            b.add(singular, ActorMention.Kind.AGENT, codes, List.of(), label);
            if (plural == null) {
                b.add(pluralOf(singular), ActorMention.Kind.AGENT, codes, List.of(), label);
            } else if (!plural.isEmpty()) {
                b.add(phrase(name, line, plural), ActorMention.Kind.AGENT, codes, List.of(), label);
            }
        }
        return b.build();
    }

    /** Every phrase a text with {@code !SET!} markers stands for (cartesian product over the sets it uses). */
    private static List<String> expand(String name, Line line, String text, Map<String, List<String>> sets)
            throws DictionaryException {
        Matcher m = SET_USE.matcher(text);
        if (!m.find()) return List.of(text);
        List<String> members = sets.get(m.group().toUpperCase(Locale.ROOT));
        if (members == null) throw error(name, line, "substitution set " + m.group() + " is used before it is defined");
        List<String> out = new ArrayList<>();
        for (String member : members) {
            out.addAll(expand(name, line, text.substring(0, m.start()) + member + text.substring(m.end()), sets));
        }
        return out;
    }

    /**
     * The generated plural of an agent phrase (its last word): a final Y becomes IES, a final S gets ES,
     * anything else gets S.
     */
    static List<String> pluralOf(List<String> words) {
        List<String> out = new ArrayList<>(words);
        String last = out.get(out.size() - 1);
        String plural;
        if (last.endsWith("Y")) plural = last.substring(0, last.length() - 1) + "IES";
        else if (last.endsWith("S")) plural = last + "ES";
        else plural = last + "S";
        out.set(out.size() - 1, plural);
        return out;
    }

    private static List<String> agentCodes(String name, Line line, String content) throws DictionaryException {
        String c = content.replaceAll("\\s+", "");
        List<String> out = new ArrayList<>();
        for (String code : c.split("/")) {
            boolean suffix = code.startsWith("~") && code.length() > 1 && code.indexOf('~', 1) < 0;
            boolean prefix = code.endsWith("~") && code.length() > 1 && code.indexOf('~') == code.length() - 1;
            if (!suffix && !prefix) throw error(name, line, "agent code must be ~CODE or CODE~: [" + content + "]");
            out.add(code);
        }
        return out;
    }

    // ---------------------------------------------------------------- discards

    private static ActorDictionary parseDiscards(String name, List<Line> lines) throws DictionaryException {
        ActorDictionary.Builder b = ActorDictionary.builder(name);
        for (Line line : lines) {
            String t = line.text().strip();
            boolean story = t.startsWith("+");
            String p = story ? t.substring(1) : t;
            b.addDiscard(new ActorDictionary.Discard(ActorDictionary.normalizeAll(phrase(name, line, p)), story,
                    p.strip()));
        }
        return b.build();
    }

    // ---------------------------------------------------------------- shared

    private static String before(String s, char c) {
        int i = s.indexOf(c);
        return i < 0 ? s : s.substring(0, i);
    }

    /** Words of a phrase: split at {@code _} and blanks (both mean consecutive words); a trailing _ is dropped. */
    private static List<String> phrase(String name, Line line, String text) throws DictionaryException {
        List<String> words = new ArrayList<>();
        for (String w : text.strip().split("[_\\s]+")) if (!w.isEmpty()) words.add(w.toUpperCase(Locale.ROOT));
        if (words.isEmpty()) throw error(name, line, "empty phrase");
        return words;
    }

    private static List<String> codes(String name, Line line, String text) throws DictionaryException {
        List<String> out = new ArrayList<>();
        for (String c : text.split("/")) {
            if (c.isEmpty()) throw error(name, line, "empty code in [" + text + "]");
            out.add(c);
        }
        return out;
    }

    /** {@code YYYYMMDD} or {@code YYMMDD}; two-digit years 00-30 are 20YY, others 19YY. */
    static LocalDate parseDate(String digits) {
        if (digits.length() == 8) {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        }
        int yy = Integer.parseInt(digits.substring(0, 2));
        return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(digits.substring(2, 4)),
                Integer.parseInt(digits.substring(4, 6)));
    }

    private static LocalDate date(String name, Line line, String digits) throws DictionaryException {
        try {
            return parseDate(digits);
        } catch (DateTimeException e) {
            throw error(name, line, "invalid date " + digits);
        }
    }

    private static DictionaryException error(String name, Line line, String what) {
        return new DictionaryException("cannot read dictionary " + name + " line " + line.number() + ": " + what);
    }
}
