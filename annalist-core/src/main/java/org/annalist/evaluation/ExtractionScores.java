package org.annalist.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One system's scores on an article-extraction benchmark (FORMATS.md section 4, the conventions of the
 * benchmark's {@code evaluate.py}): precision is the mean page precision over pages where something was
 * extracted, recall the mean page recall over pages whose gold body has a shingle, and F1 is computed from
 * those two means, not averaged over pages.
 *
 * @param system    the system's name
 * @param pages     the page scores, in benchmark order
 * @param nanos     time the system spent extracting, summed over pages
 * @param refusals  for pages the system refused, its one-line reason, by page id
 */
public record ExtractionScores(String system, List<ExtractionPageScore> pages, long nanos,
                               Map<String, String> refusals) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ExtractionScores {
        pages = List.copyOf(pages);
        refusals = Collections.unmodifiableMap(new LinkedHashMap<>(refusals));
    }

    /** @return mean page precision over pages with extracted shingles; null when there are none */
    public Double precision() {
        return mean(pages.stream().filter(ExtractionPageScore::countsForPrecision)
                .mapToDouble(ExtractionPageScore::precision).toArray());
    }

    /** @return mean page recall over pages with gold shingles; null when there are none */
    public Double recall() {
        return mean(pages.stream().filter(ExtractionPageScore::countsForRecall)
                .mapToDouble(ExtractionPageScore::recall).toArray());
    }

    /** @return 2PR/(P+R) from the mean precision and recall; null when either is undefined */
    public Double f1() {
        Double p = precision();
        Double r = recall();
        if (p == null || r == null) return null;
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** @return share of pages whose extracted token list equals the gold token list; null without pages */
    public Double accuracy() {
        return mean(pages.stream().mapToDouble(s -> s.exact() ? 1 : 0).toArray());
    }

    /** @return pages extracted per second of extraction time; null when no time was measured */
    public Double pagesPerSecond() {
        return nanos <= 0 ? null : pages.size() / (nanos / 1e9);
    }

    /** @return the n pages with the lowest page F1, worst first (ties by id) */
    public List<ExtractionPageScore> worst(int n) {
        return pages.stream()
                .sorted(Comparator.comparingDouble(ExtractionPageScore::f1).thenComparing(ExtractionPageScore::id))
                .limit(n).toList();
    }

    /** One JSON object with exactly the keys {@code pages, precision, recall, f1, pages_per_second}. */
    public String toJson() {
        return figures(false).toString();
    }

    /**
     * One JSON object: the first system's figures as in {@link #toJson()}, plus {@code compare}, a list
     * with every system's figures and its {@code system} name, in the order given.
     */
    public static String toJson(List<ExtractionScores> systems) {
        ObjectNode root = systems.get(0).figures(false);
        ArrayNode compare = root.putArray("compare");
        systems.forEach(s -> compare.add(s.figures(true)));
        return root.toString();
    }

    private ObjectNode figures(boolean named) {
        ObjectNode n = JSON.createObjectNode();
        if (named) n.put("system", system);
        n.put("pages", pages.size());
        n.put("precision", precision());
        n.put("recall", recall());
        n.put("f1", f1());
        n.put("pages_per_second", pagesPerSecond());
        return n;
    }

    /** A plain-text report of this system: figures and its {@code worst} worst pages. */
    public String toTable(int worst) {
        return toTable(List.of(this), worst);
    }

    /** Figures of every system side by side, then the worst pages of the first. */
    public static String toTable(List<ExtractionScores> systems, int worst) {
        StringBuilder out = new StringBuilder();
        ExtractionScores first = systems.get(0);
        out.append(String.format(Locale.ROOT,
                "Article extraction: %d pages (word 4-gram shingles, case kept; F1 from mean P and R)%n",
                first.pages.size()));
        int width = Math.max(8, systems.stream().mapToInt(s -> s.system.length()).max().orElse(0) + 2);
        String row = "%-" + width + "s %9s %7s %7s %8s %8s%n";
        out.append(String.format(Locale.ROOT, row, "system", "precision", "recall", "F1", "accuracy", "pages/s"));
        for (ExtractionScores s : systems) {
            out.append(String.format(Locale.ROOT, row, s.system, num(s.precision()), num(s.recall()), num(s.f1()),
                    num(s.accuracy()), s.pagesPerSecond() == null ? "-"
                            : String.format(Locale.ROOT, "%.1f", s.pagesPerSecond())));
        }
        List<ExtractionPageScore> bad = first.worst(worst);
        if (!bad.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%nWorst pages (%s)%n", first.system));
            out.append(String.format(Locale.ROOT, "%-8s %6s %6s  %s%n", "id", "P", "R", "url"));
            for (ExtractionPageScore p : bad) {
                String refusal = first.refusals.get(p.id());
                out.append(String.format(Locale.ROOT, "%-8s %6s %6s  %s%s%n",
                        p.id().length() > 8 ? p.id().substring(0, 8) : p.id(),
                        p.countsForPrecision() ? num(p.precision()) : "-", p.countsForRecall() ? num(p.recall()) : "-",
                        p.url() == null ? "" : p.url(), refusal == null ? "" : " (refused: " + refusal + ")"));
            }
        }
        return out.toString();
    }

    private static Double mean(double[] values) {
        if (values.length == 0) return null;
        double sum = 0;
        for (double v : values) sum += v;
        return sum / values.length;
    }

    private static String num(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
    }
}
