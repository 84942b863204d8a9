package org.annalist.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * TempEval-3 Task A scores (FORMATS.md section 3). Ratios with a zero denominator are null.
 *
 * @param documents       documents scored
 * @param goldTimexes     gold time expressions
 * @param systemTimexes   time expressions the system found
 * @param strictMatches   aligned pairs with identical extents
 * @param relaxedMatches  aligned (overlapping) pairs
 * @param typeMatches     aligned pairs with equal TIMEX3 type
 * @param valueMatches    aligned pairs with equal TIMEX3 value
 */
public record TimexScores(int documents, int goldTimexes, int systemTimexes, int strictMatches, int relaxedMatches,
                          int typeMatches, int valueMatches) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Double strictPrecision() { return ratio(strictMatches, systemTimexes); }

    public Double strictRecall() { return ratio(strictMatches, goldTimexes); }

    public Double strictF1() { return f1(strictPrecision(), strictRecall()); }

    public Double relaxedPrecision() { return ratio(relaxedMatches, systemTimexes); }

    public Double relaxedRecall() { return ratio(relaxedMatches, goldTimexes); }

    public Double relaxedF1() { return f1(relaxedPrecision(), relaxedRecall()); }

    /** Share of relaxed matches whose type is the gold type. */
    public Double typeAccuracy() { return ratio(typeMatches, relaxedMatches); }

    /** Share of relaxed matches whose value is the gold value. */
    public Double valueAccuracy() { return ratio(valueMatches, relaxedMatches); }

    /** Relaxed F1 x value accuracy: TempEval-3's ranking figure. */
    public Double valueF1() { return product(relaxedF1(), valueAccuracy()); }

    /** Relaxed F1 x type accuracy. */
    public Double typeF1() { return product(relaxedF1(), typeAccuracy()); }

    /** One JSON object with the counts and every figure above, in snake case. */
    public String toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("documents", documents);
        n.put("gold_timexes", goldTimexes);
        n.put("system_timexes", systemTimexes);
        n.put("strict_precision", strictPrecision());
        n.put("strict_recall", strictRecall());
        n.put("strict_f1", strictF1());
        n.put("relaxed_precision", relaxedPrecision());
        n.put("relaxed_recall", relaxedRecall());
        n.put("relaxed_f1", relaxedF1());
        n.put("type_accuracy", typeAccuracy());
        n.put("value_accuracy", valueAccuracy());
        n.put("type_f1", typeF1());
        n.put("value_f1", valueF1());
        return n.toString();
    }

    /** A short plain-text report. */
    public String toTable() {
        return String.format(Locale.ROOT, """
                Time expressions (TempEval-3): %d documents, %d gold, %d found
                           P       R      F1
                strict  %6s  %6s  %6s
                relaxed %6s  %6s  %6s
                type accuracy %s, type F1 %s
                value accuracy %s, value F1 %s
                """, documents, goldTimexes, systemTimexes,
                pct(strictPrecision()), pct(strictRecall()), pct(strictF1()),
                pct(relaxedPrecision()), pct(relaxedRecall()), pct(relaxedF1()),
                pct(typeAccuracy()), pct(typeF1()), pct(valueAccuracy()), pct(valueF1()));
    }

    private static String pct(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.2f", 100 * d);
    }

    private static Double ratio(int n, int d) {
        return d == 0 ? null : (double) n / d;
    }

    private static Double f1(Double p, Double r) {
        if (p == null || r == null) return null;
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    private static Double product(Double a, Double b) {
        return a == null || b == null ? null : a * b;
    }
}
