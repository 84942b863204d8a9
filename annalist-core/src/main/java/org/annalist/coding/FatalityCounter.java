package org.annalist.coding;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the number of deaths a sentence states: "killing two soldiers", "five people were killed", "left 12 dead",
 * "the deaths of five people", "the death toll rose to 30". Returns null when no number is stated; counts given
 * together with the injured ("killed or wounded") are not death counts and are ignored.
 */
final class FatalityCounter {
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12));
    private static final String NUM = "(\\d[\\d,]*|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
            + "|eighty|ninety|hundred|dozen)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred))?)";
    private static final String QUAL = "(?:at least |more than |over |some |about |around |nearly |almost |up to )?";
    private static final String NOUNS = "(?:[\\p{L}-]+ ){0,3}?(?:people|persons|civilians|soldiers|troops|personnel|"
            + "policemen|police officers|officers|militants|fighters|rebels|insurgents|protesters|demonstrators|"
            + "villagers|residents|children|women|men|members|workers|pilgrims|students|guards|servicemen|others|"
            + "passengers|citizens|prisoners|inmates|journalists|[\\p{L}]+s)";
    private static final Pattern[] PATTERNS = {
            Pattern.compile("\\b(?:killing|killed|kills|massacring|massacred|slaying|slew|executing|executed)\\s+" + QUAL + NUM + "\\b(?!\\s*(?:percent|%|years|days))"),
            Pattern.compile("\\b" + QUAL + NUM + "\\s+" + NOUNS + "\\s+(?:were|have been|had been|was|are|being)\\s+(?:\\w+\\s+)?(?:killed|slain|massacred|executed|shot dead)\\b(?!\\s+or\\s+(?:injured|wounded|hurt))"),
            Pattern.compile("\\b" + QUAL + NUM + "\\s+" + NOUNS + "\\s+(?:died|dead|perished|killed)\\b(?!\\s+or\\s+(?:injured|wounded|hurt))"),
            Pattern.compile("\\bleft\\s+" + QUAL + NUM + "\\s+(?:[\\p{L}-]+\\s+){0,2}?dead\\b"),
            Pattern.compile("\\b" + QUAL + NUM + "\\s+(?:dead|deaths|fatalities)\\b"),
            Pattern.compile("\\bdeaths? of\\s+" + QUAL + NUM + "\\b"),
            Pattern.compile("\\bdeath toll\\s+(?:has\\s+|had\\s+)?(?:rose|risen|rises|climbed|reached|stands at|stood at|jumped|increased|is|was|of)\\s+(?:to\\s+)?" + QUAL + NUM + "\\b"),
    };

    private FatalityCounter() {}

    /** The largest death count stated in {@code sentence}, or null. */
    static Integer count(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        Integer best = null;
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                Integer n = number(m.group(1));
                if (n != null && (best == null || n > best)) best = n;
            }
        }
        return best;
    }

    static Integer number(String text) {
        String t = text.replace(",", "").trim();
        if (t.matches("\\d+")) {
            try {
                return Integer.valueOf(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        int total = 0;
        for (String w : t.split("[- ]")) {
            Integer v = WORDS.get(w);
            if (v == null) return null;
            total = v == 100 && total > 0 ? total * 100 : total + v;
        }
        return total == 0 ? null : total;
    }
}
