package org.annalist.ontology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Actor;
import org.annalist.model.EventMention;

/**
 * Computes the PLOVER, ACLED, QuadClass and ConfliBERT views of coded events ({@link EventView}).
 *
 * <p>The CAMEO code fixes the PLOVER type, often its mode ({@code cameo_events.tsv}), the QuadClass, the
 * five-way class, a default ACLED view ({@code acled_map.tsv}) and some PLOVER contexts
 * ({@code plover_code_contexts.tsv}). Cue words refine the rest ({@code view_cues.tsv}): the weapon of an
 * attack (PLOVER mode, ACLED sub-event type), the police response to a protest, the topic of an event
 * (contexts). Cues are looked for in the event's sentence, in the order of the table (specific rows first);
 * rows that need no word (a lone {@code *}) come last. The actors are rewritten in PLOVER's codes ({@code plover_actor_codes.tsv}),
 * whose sectors also decide between ACLED's battles (armed target) and violence against civilians.
 * Every decision is named in {@link EventView#basis()}.
 *
 * <p>Immutable and thread-safe; {@link #load()} reads the tables once.
 */
public final class EventViews {

    static final String ACTOR_RESOURCE = "plover_actor_codes.tsv";
    static final String CONTEXT_RESOURCE = "plover_code_contexts.tsv";
    static final String CUE_RESOURCE = "view_cues.tsv";
    static final List<String> ACTOR_HEADER = List.of("kind", "cameo", "plover", "note");
    static final List<String> CONTEXT_HEADER = List.of("cameo_code", "contexts", "note");
    static final List<String> CUE_HEADER = List.of("view", "value", "group", "applies_to", "when", "cues", "note");

    /** PLOVER sectors of armed actors. */
    static final Set<String> ARMED_SECTORS = Set.of("MIL", "COP", "REB", "UAF", "SPY", "PRM");
    /** PLOVER sectors of state organs. */
    static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG");
    /** Contexts an actor's sector implies, whatever the words: a court's act is legal, an army's military. */
    static final Map<String, String> SECTOR_CONTEXTS = Map.of(
            "MIL", "military", "SPY", "intelligence", "JUD", "legal", "LEG", "legislative", "REF", "migration",
            "MED", "health", "CRM", "crime");
    /** PLOVER auxiliary mode of a modality label. */
    static final Map<String, String> AUX_MODES = Map.of(
            "negated", "negation", "hypothetical", "hypothetical", "intended", "future", "background", "historical");

    /**
     * The PLOVER auxiliary mode of a modality: "negation", "hypothetical", "future" (intended), "historical"
     * (background), or null for an asserted or reported event (and for null).
     */
    public static String auxMode(org.annalist.model.Modality modality) {
        return modality == null ? null : AUX_MODES.get(modality.label());
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

    enum View { MODE, CONTEXT, ACLED }

    enum When {
        ALWAYS, TARGET_ARMED, TARGET_UNARMED, TARGET_PROTESTERS, SOURCE_STATE, SOURCE_NONSTATE;

        boolean holds(PloverActor source, PloverActor target) {
            return switch (this) {
                case ALWAYS -> true;
                case TARGET_ARMED -> target != null && target.armed();
                case TARGET_UNARMED -> target != null && !target.sectors().isEmpty() && !target.armed();
                case TARGET_PROTESTERS -> target != null && target.text() != null && !target.armed()
                        && words(target.text()).stream().anyMatch(w -> w.startsWith("protest") || w.startsWith("demonstrator")
                        || w.startsWith("marcher"));
                case SOURCE_STATE -> source != null && source.state();
                case SOURCE_NONSTATE -> source != null && source.armed() && !source.state();
            };
        }

        static When parse(String s) {
            return switch (s) {
                case "" -> ALWAYS;
                case "target:armed" -> TARGET_ARMED;
                case "target:unarmed" -> TARGET_UNARMED;
                case "target:protesters" -> TARGET_PROTESTERS;
                case "source:state" -> SOURCE_STATE;
                case "source:nonstate" -> SOURCE_NONSTATE;
                default -> throw new IllegalArgumentException("unknown condition '" + s + "'");
            };
        }
    }

    /** One row of view_cues.tsv. */
    record Cue(int line, View view, String value, String group, List<String> appliesTo, When when,
               List<List<String>> phrases) {
        boolean always() {
            return phrases.isEmpty();
        }

        boolean appliesTo(String cameo) {
            for (String p : appliesTo) if (p.equals("*") || cameo.startsWith(p)) return true;
            return false;
        }

        /** The first phrase found in {@code words}, as the text it matched, or null. */
        String find(List<String> words) {
            for (List<String> phrase : phrases) {
                for (int i = 0; i + phrase.size() <= words.size(); i++) {
                    boolean ok = true;
                    for (int j = 0; j < phrase.size() && ok; j++) ok = wordMatches(phrase.get(j), words.get(i + j));
                    if (ok) return String.join(" ", words.subList(i, i + phrase.size()));
                }
            }
            return null;
        }

        private static boolean wordMatches(String cue, String word) {
            if (cue.equals("*")) return true;
            if (cue.endsWith("*")) return word.startsWith(cue.substring(0, cue.length() - 1));
            return word.equals(cue);
        }
    }

    private final CameoCatalog catalog;
    private final Map<String, String> countries;
    private final Set<String> regions;
    private final Map<String, String> specials;
    private final Map<String, String> groups;
    private final Map<String, String> sectors;
    private final Map<String, List<String>> codeContexts;
    private final List<Cue> cues;

    private EventViews(CameoCatalog catalog) {
        this.catalog = catalog;
        Map<String, String> countries = new HashMap<>();
        Set<String> regions = new java.util.HashSet<>();
        Map<String, String> specials = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        Map<String, String> sectors = new HashMap<>();
        for (CameoCatalog.Row row : CameoCatalog.rows(ACTOR_RESOURCE, ACTOR_HEADER)) {
            String[] f = row.cells();
            if (f[1].length() != 3) throw row.error("a CAMEO block has three characters: '" + f[1] + "'");
            Map<String, String> into = switch (f[0]) {
                case "country" -> countries;
                case "special" -> specials;
                case "group" -> groups;
                case "sector" -> sectors;
                case "region" -> null;
                default -> throw row.error("unknown kind '" + f[0] + "'");
            };
            if (into == null) {
                if (!f[2].isEmpty()) throw row.error("a region has no PLOVER code");
                regions.add(f[1]);
            } else if (into.put(f[1], f[2]) != null) {
                throw row.error("block " + f[1] + " listed twice as " + f[0]);
            }
        }
        this.countries = Map.copyOf(countries);
        this.regions = Set.copyOf(regions);
        this.specials = Map.copyOf(specials);
        this.groups = Map.copyOf(groups);
        this.sectors = Map.copyOf(sectors);

        Map<String, List<String>> contexts = new HashMap<>();
        for (CameoCatalog.Row row : CameoCatalog.rows(CONTEXT_RESOURCE, CONTEXT_HEADER)) {
            String[] f = row.cells();
            if (!catalog.isValid(f[0])) throw row.error("not a CAMEO code: '" + f[0] + "'");
            List<String> list = f[1].isBlank() ? List.of() : List.of(f[1].split(","));
            if (contexts.put(f[0], list) != null) throw row.error("CAMEO code listed twice");
        }
        this.codeContexts = Map.copyOf(contexts);

        List<Cue> cues = new ArrayList<>();
        for (CameoCatalog.Row row : CameoCatalog.rows(CUE_RESOURCE, CUE_HEADER)) {
            String[] f = row.cells();
            View view;
            try {
                view = View.valueOf(f[0].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown view '" + f[0] + "'");
            }
            if (view == View.MODE) {
                PloverType type = PloverType.fromName(f[2]).orElseThrow(() -> row.error("unknown PLOVER type '" + f[2] + "'"));
                if (!type.hasMode(f[1])) throw row.error("PLOVER type " + f[2] + " has no mode '" + f[1] + "'");
            } else if (view == View.ACLED && f[2].isBlank()) {
                throw row.error("an ACLED row names its event type");
            }
            When when;
            try {
                when = When.parse(f[4]);
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
            List<List<String>> phrases = new ArrayList<>();
            if (!f[5].equals("*")) {
                for (String phrase : f[5].split("\\|")) {
                    List<String> words = List.of(phrase.trim().toLowerCase(Locale.ROOT).split("\\s+"));
                    if (phrase.isBlank()) throw row.error("empty cue");
                    phrases.add(words);
                }
            }
            cues.add(new Cue(row.line(), view, f[1], f[2], List.of(f[3].split(",")), when, phrases));
        }
        this.cues = List.copyOf(cues);
    }

    /** The views computed from the bundled tables. */
    public static EventViews load() {
        return Holder.VIEWS;
    }

    private static final class Holder {
        static final EventViews VIEWS = new EventViews(CameoCatalog.load());
    }

    /** The views of each event, in order. */
    public List<EventView> of(List<EventMention> events) {
        List<EventView> out = new ArrayList<>(events.size());
        for (EventMention e : events) out.add(of(e));
        return out;
    }

    /** The views of one coded event. */
    public EventView of(EventMention e) {
        List<String> basis = new ArrayList<>();
        String cameo = e.cameo() == null ? "" : e.cameo();
        CameoCode code = catalog.get(e.cameo()).orElse(null);
        PloverActor source = actor(e.source());
        PloverActor target = actor(e.target());
        List<String> triggerWords = words(e.trigger() == null ? "" : e.trigger().text());
        List<String> sentenceWords = words(e.evidence() == null ? "" : e.evidence());

        PloverType type = e.plover() != null ? PloverType.fromName(e.plover()).orElse(null)
                : code == null ? null : code.ploverType();
        if (type != null) basis.add("plover: " + (e.plover() != null ? "coder" : "cameo " + cameo));

        String mode = null;
        if (type != null) {
            if (code != null && code.ploverMode() != null && type.hasMode(code.ploverMode())) {
                mode = code.ploverMode();
                basis.add("mode: cameo " + cameo);
            } else {
                String[] hit = firstCue(View.MODE, cameo, type.name(), source, target, triggerWords, sentenceWords);
                if (hit != null) {
                    mode = hit[0];
                    basis.add("mode: " + hit[1]);
                }
            }
        }

        String aux = e.modality() == null ? null : AUX_MODES.get(e.modality().label());
        if (aux != null) basis.add("aux_mode: modality " + e.modality().label());

        LinkedHashSet<String> contexts = new LinkedHashSet<>();
        String row = contextRow(cameo);
        if (row != null && !codeContexts.get(row).isEmpty()) {
            contexts.addAll(codeContexts.get(row));
            basis.add("context: cameo " + row);
        }
        for (PloverActor a : new PloverActor[] {source, target}) {
            if (a == null) continue;
            for (String s : a.sectors()) {
                String c = SECTOR_CONTEXTS.get(s);
                if (c != null && contexts.add(c)) basis.add("context: sector " + s);
            }
        }
        for (Cue cue : cues) {
            if (cue.view() != View.CONTEXT || !cue.appliesTo(cameo) || !cue.when().holds(source, target)) continue;
            String found = cue.always() ? "*" : cue.find(sentenceWords);
            if (found != null && contexts.add(cue.value())) basis.add("context: cue '" + found + "' (view_cues line " + cue.line() + ")");
        }

        String acledType = null;
        String acledSub = null;
        // ACLED records events that took place: a negated, hypothetical or intended one has no ACLED view
        boolean happened = aux == null || aux.equals("historical");
        String[] hit = happened ? firstCue(View.ACLED, cameo, null, source, target, triggerWords, sentenceWords) : null;
        if (!happened) {
            basis.add("acled: none for a " + e.modality().label() + " event");
        } else if (hit != null) {
            acledSub = hit[0];
            acledType = hit[2];
            basis.add("acled: " + hit[1]);
        } else if (code != null && code.acledSubType() != null) {
            acledSub = code.acledSubType();
            acledType = code.acledType();
            basis.add("acled: acled_map " + cameo);
        }

        Integer quad = code == null ? null : code.quadClass();
        Integer penta = code == null ? null : code.penta();
        if (code != null) basis.add("quad, penta: cameo " + cameo);
        return new EventView(type == null ? null : type.name(), mode, aux, new ArrayList<>(contexts), source, target,
                acledType, acledSub, quad, penta, basis);
    }

    /**
     * The first cue row of a view that applies and whose words are in the sentence (the table puts the specific
     * rows first: "warplanes bombed" is an air strike before it is a bombing), then the first row that needs no
     * words. Returns {value, basis, group} or null.
     */
    private String[] firstCue(View view, String cameo, String group, PloverActor source, PloverActor target,
                              List<String> triggerWords, List<String> sentenceWords) {
        for (int pass = 0; pass < 2; pass++) {
            for (Cue cue : cues) {
                if (cue.view() != view || !cue.appliesTo(cameo) || (group != null && !group.equals(cue.group()))) continue;
                if (cue.always() != (pass == 1) || !cue.when().holds(source, target)) continue;
                String found = pass == 1 ? null : cue.find(sentenceWords);
                if (pass == 0 && found == null) continue;
                String where = pass == 0 && cue.find(triggerWords) != null ? "trigger" : "sentence";
                String condition = cue.when() == When.ALWAYS ? "" : " " + cue.when().name().toLowerCase(Locale.ROOT).replace('_', ':');
                String why = pass == 1 ? "rule" + condition : "cue '" + found + "' in " + where + condition;
                return new String[] {cue.value(), why + " (view_cues line " + cue.line() + ")", cue.group()};
            }
        }
        return null;
    }

    /** The most specific row of plover_code_contexts.tsv for a code, or null. */
    private String contextRow(String cameo) {
        for (int n = cameo.length(); n >= 2; n--) {
            String prefix = cameo.substring(0, n);
            if (codeContexts.containsKey(prefix)) return prefix;
        }
        return null;
    }

    /** The actor in PLOVER codes, or null for no actor. */
    public PloverActor actor(Actor a) {
        return a == null ? null : actor(a.code(), a.text());
    }

    /**
     * Reads a CAMEO actor code ("RUSGOV", "IGOUNOHCR", "EURMED") in PLOVER's codes.
     *
     * @param cameo the CAMEO actor code, or null for an actor no dictionary codes
     * @param text  the words naming the actor (kept as they are)
     */
    public PloverActor actor(String cameo, String text) {
        if (cameo == null || cameo.length() < 3) return new PloverActor(null, List.of(), cameo, text);
        String first = cameo.substring(0, 3);
        String country;
        if (specials.containsKey(first)) {
            country = specials.get(first);
        } else if (regions.contains(first)) {
            country = null;
        } else if (countries.containsKey(first)) {
            country = countries.get(first).isEmpty() ? null : countries.get(first);
        } else {
            country = first;
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int i = 3; i + 3 <= cameo.length(); i += 3) {
            String block = cameo.substring(i, i + 3);
            if (i == 3 && first.equals("IGO") && groups.containsKey(block)) {
                country = groups.get(block);
                continue;
            }
            String sector = sectors.get(block);
            if (sector != null && !sector.isEmpty()) out.add(sector);
        }
        return new PloverActor(country, new ArrayList<>(out), cameo, text);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) out.add(m.group());
        return out;
    }

    /** The cue table, for its integrity tests. */
    List<Cue> cues() {
        return cues;
    }

    /** The code-context table, for its integrity tests. */
    Map<String, List<String>> codeContexts() {
        return codeContexts;
    }

    /** Sector table (CAMEO block to PLOVER sector, empty = none), for its integrity tests. */
    Map<String, String> sectorTable() {
        return sectors;
    }

    /** Special and group codes (CAMEO block to PLOVER code), for the integrity tests. */
    Map<String, String> specialTable() {
        Map<String, String> m = new HashMap<>(specials);
        m.putAll(groups);
        return m;
    }

    /** CAMEO region blocks, for the integrity tests. */
    Set<String> regionTable() {
        return regions;
    }
}
