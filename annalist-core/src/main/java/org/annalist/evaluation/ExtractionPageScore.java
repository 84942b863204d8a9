package org.annalist.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one extracted body compares with the gold body: true-positive, false-positive and false-negative
 * shingle counts, each divided by their sum so that long pages weigh no more than short ones (as in the
 * benchmark's {@code evaluate.py}).
 *
 * @param id    the page id
 * @param url   the page URL from the ground truth, or null
 * @param tp    share of shingles in both texts (multiset intersection)
 * @param fp    share of extracted shingles that are not in the gold body
 * @param fn    share of gold shingles that were not extracted
 * @param exact whether the extracted token list equals the gold token list
 */
public record ExtractionPageScore(String id, String url, double tp, double fp, double fn, boolean exact) {

    /** Scores one page. A null text counts as empty. */
    public static ExtractionPageScore of(String id, String url, String gold, String extracted) {
        Map<List<String>, Integer> truth = ExtractionShingles.shingles(gold);
        Map<List<String>, Integer> found = ExtractionShingles.shingles(extracted);
        Set<List<String>> keys = new HashSet<>(truth.keySet());
        keys.addAll(found.keySet());
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (List<String> k : keys) {
            int t = truth.getOrDefault(k, 0);
            int p = found.getOrDefault(k, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double sum = tp + fp + fn;
        boolean exact = ExtractionShingles.tokens(gold).equals(ExtractionShingles.tokens(extracted));
        if (sum == 0) return new ExtractionPageScore(id, url, 0, 0, 0, exact);
        return new ExtractionPageScore(id, url, tp / sum, fp / sum, fn / sum, exact);
    }

    /**
     * Whether the page enters the mean precision: only when something was extracted ({@code tp + fp > 0});
     * a page with an empty extraction lowers recall but not precision.
     */
    public boolean countsForPrecision() {
        return tp + fp > 0;
    }

    /** Whether the page enters the mean recall: only when the gold body has a shingle ({@code tp + fn > 0}). */
    public boolean countsForRecall() {
        return tp + fn > 0;
    }

    /** @return tp / (tp + fp); 1 when both texts have the same shingles (both empty included), 0 when nothing was extracted */
    public double precision() {
        if (fp == 0 && fn == 0) return 1;
        if (tp == 0 && fp == 0) return 0;
        return tp / (tp + fp);
    }

    /** @return tp / (tp + fn); 1 when both texts have the same shingles (both empty included), 0 when the gold is empty */
    public double recall() {
        if (fp == 0 && fn == 0) return 1;
        if (tp == 0 && fn == 0) return 0;
        return tp / (tp + fn);
    }

    /** @return the page's own F1 (used only to rank the worst pages; the benchmark's F1 is from mean P and R) */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
