package org.annalist.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a predicted event agrees with a gold event, field by field (FORMATS.md section 1).
 *
 * <ul>
 *   <li>{@code source}, {@code target}: by the {@link ActorMatch} rule;</li>
 *   <li>{@code cameo}: equal strings, or with {@code cameoAtRoot} equal first two digits;</li>
 *   <li>{@code plover}, {@code acled}, {@code plover_mode}: equal ignoring case;</li>
 *   <li>{@code plover_context}: every gold context (a string or a list) is among the predicted ones;</li>
 *   <li>{@code quad}, {@code penta}, {@code fatalities}: equal integers;</li>
 *   <li>{@code source_text}, {@code target_text}, {@code location}, {@code trigger_text}: the words
 *       share a token, case-insensitively. Tokens are runs of letters and digits; function words
 *       ("the", "of", ...) count only when one side has nothing else, because two spans of one sentence
 *       that share only "the" are different spans;</li>
 *   <li>{@code event_date}: the gold date lies inside the predicted interval, bounds included;</li>
 *   <li>a field the format does not define never agrees: the coder cannot produce it.</li>
 * </ul>
 * A null gold value is not scored; a null predicted value facing a gold value disagrees.
 */
public final class EventMatcher {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "s", "its", "their");
    private static final Map<String, String> CAMEO_TO_GOLD_COUNTRY = loadCountries();

    private final ActorMatch actorMatch;

    /**
     * @param actorMatch the actor rule; must be resolved ({@link ActorMatch#EXACT} or {@link ActorMatch#COUNTRY})
     */
    public EventMatcher(ActorMatch actorMatch) {
        if (actorMatch == null || actorMatch == ActorMatch.AUTO) {
            throw new IllegalArgumentException("resolve ActorMatch.AUTO against the records first");
        }
        this.actorMatch = actorMatch;
    }

    public ActorMatch actorMatch() {
        return actorMatch;
    }

    /** True when every scored field of the gold event agrees with the prediction. */
    public boolean matches(GoldEvent gold, PredictedEvent predicted, boolean cameoAtRoot) {
        return agreeingFields(gold, predicted, cameoAtRoot) == gold.scoredFields().size();
    }

    /** How many scored fields of the gold event agree with the prediction. */
    public int agreeingFields(GoldEvent gold, PredictedEvent predicted, boolean cameoAtRoot) {
        int n = 0;
        for (String field : gold.scoredFields()) {
            if (agrees(field, gold.get(field), predicted, cameoAtRoot)) n++;
        }
        return n;
    }

    /**
     * Whether one gold field agrees with the prediction.
     *
     * @param field       the field's JSON name
     * @param goldValue   the gold value; null always agrees (not scored)
     * @param predicted   the prediction
     * @param cameoAtRoot compare CAMEO codes on their first two digits only
     */
    public boolean agrees(String field, Object goldValue, PredictedEvent predicted, boolean cameoAtRoot) {
        if (goldValue == null) return true;
        Optional<GoldField> known = GoldField.byKey(field);
        if (known.isEmpty()) return false;
        return switch (known.get()) {
            case SOURCE -> actorAgrees(goldValue, predicted.source());
            case TARGET -> actorAgrees(goldValue, predicted.target());
            case CAMEO -> cameoAgrees(goldValue, predicted.cameo(), cameoAtRoot);
            case PLOVER -> sameIgnoringCase(goldValue, predicted.plover());
            case ACLED -> sameIgnoringCase(goldValue, predicted.acled());
            case QUAD -> sameInteger(goldValue, predicted.quad());
            case PENTA -> sameInteger(goldValue, predicted.penta());
            case FATALITIES -> sameInteger(goldValue, predicted.fatalities());
            case SOURCE_TEXT -> wordsOverlap(goldValue, predicted.sourceText());
            case TARGET_TEXT -> wordsOverlap(goldValue, predicted.targetText());
            case LOCATION -> wordsOverlap(goldValue, predicted.location());
            case TRIGGER_TEXT -> wordsOverlap(goldValue, predicted.triggerText());
            case EVENT_DATE -> dateInside(goldValue, predicted.dateBegin(), predicted.dateEnd());
            case PLOVER_MODE -> sameIgnoringCase(goldValue, predicted.ploverMode());
            case PLOVER_CONTEXT -> containsAll(goldValue, predicted.ploverContext());
        };
    }

    private boolean actorAgrees(Object gold, String predicted) {
        if (predicted == null) return false;
        String code = gold.toString();
        if (actorMatch == ActorMatch.EXACT || code.length() != 3) return code.equals(predicted);
        return countriesOf(predicted).contains(goldCountry(code));
    }

    /** The countries a predicted code names: its first block, and for an IGO also its second block. */
    static Set<String> countriesOf(String code) {
        Set<String> out = new LinkedHashSet<>();
        if (code.length() < 3) return out;
        String first = code.substring(0, 3);
        out.add(goldCountry(first));
        if (first.equals("IGO") && code.length() >= 6) out.add(goldCountry(code.substring(3, 6)));
        return out;
    }

    private static String goldCountry(String block) {
        return CAMEO_TO_GOLD_COUNTRY.getOrDefault(block, block);
    }

    private static boolean cameoAgrees(Object gold, String predicted, boolean atRoot) {
        if (predicted == null) return false;
        String code = gold.toString();
        if (!atRoot) return code.equals(predicted);
        return code.length() >= 2 && predicted.length() >= 2 && code.substring(0, 2).equals(predicted.substring(0, 2));
    }

    private static boolean sameIgnoringCase(Object gold, String predicted) {
        return predicted != null && gold.toString().trim().equalsIgnoreCase(predicted.trim());
    }

    private static boolean containsAll(Object gold, java.util.List<String> predicted) {
        if (predicted == null) return false;
        Set<String> have = new HashSet<>();
        for (String p : predicted) have.add(p.trim().toLowerCase(Locale.ROOT));
        java.util.List<?> wanted = gold instanceof java.util.List<?> l ? l : java.util.List.of(gold);
        for (Object w : wanted) if (w == null || !have.contains(w.toString().trim().toLowerCase(Locale.ROOT))) return false;
        return true;
    }

    private static boolean sameInteger(Object gold, Integer predicted) {
        if (predicted == null) return false;
        if (gold instanceof Number n) return n.doubleValue() == predicted.doubleValue();
        return false;
    }

    private static boolean dateInside(Object gold, LocalDate begin, LocalDate end) {
        if (begin == null || end == null) return false;
        LocalDate date = LocalDate.parse(gold.toString());
        return !date.isBefore(begin) && !date.isAfter(end);
    }

    /** Whether two phrases share a word, as FORMATS.md's "token overlap" (see the class comment). */
    public static boolean wordsOverlap(Object gold, String predicted) {
        if (predicted == null) return false;
        Set<String> g = tokens(gold.toString());
        Set<String> p = tokens(predicted);
        Set<String> gContent = withoutFunctionWords(g);
        Set<String> pContent = withoutFunctionWords(p);
        if (!gContent.isEmpty() && !pContent.isEmpty()) {
            g = gContent;
            p = pContent;
        }
        for (String t : g) if (p.contains(t)) return true;
        return false;
    }

    private static Set<String> tokens(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }

    private static Set<String> withoutFunctionWords(Set<String> tokens) {
        Set<String> out = new HashSet<>(tokens);
        out.removeAll(FUNCTION_WORDS);
        return out;
    }

    private static Map<String, String> loadCountries() {
        String name = "cameo-gold-countries.tsv";
        Map<String, String> out = new HashMap<>();
        try (InputStream in = EventMatcher.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine(); // header
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                String[] cols = line.split("\t");
                out.put(cols[0], cols[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        return Map.copyOf(out);
    }

    /** The CAMEO-to-gold country table, for its integrity test. */
    static Map<String, String> countryTable() {
        return CAMEO_TO_GOLD_COUNTRY;
    }
}
