package org.annalist.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Scores a coder against event gold (FORMATS.md section 1).
 *
 * <p>Per record, gold and predicted events are paired one to one, greedily: among the pairs that
 * match (every scored gold field agrees), the pair with the most agreeing fields goes first, ties in
 * file and prediction order. The pairing is done twice, once with exact CAMEO codes (recall,
 * precision, extra events) and once with CAMEO roots (root recall).
 */
public final class EventEvaluation {

    private EventEvaluation() {
    }

    /** Scores with the actor rule inferred from the records ({@link ActorMatch#AUTO}). */
    public static EventScores run(List<GoldRecord> records, Function<GoldRecord, List<PredictedEvent>> coder) {
        return run(records, coder, ActorMatch.AUTO);
    }

    /**
     * Runs the coder on every record and scores its events.
     *
     * @param records    the gold records, usually one file's
     * @param coder      the events predicted for a record (never null; empty for none)
     * @param actorMatch how actor codes are compared; {@link ActorMatch#AUTO} infers it from {@code records}
     * @return overall and per-tag scores
     */
    public static EventScores run(List<GoldRecord> records, Function<GoldRecord, List<PredictedEvent>> coder,
                                  ActorMatch actorMatch) {
        ActorMatch rule = actorMatch.resolve(records);
        EventMatcher matcher = new EventMatcher(rule);
        Tally all = new Tally();
        Map<String, Tally> byTag = new TreeMap<>();
        TreeSet<String> unknown = new TreeSet<>();
        for (GoldRecord record : records) {
            for (GoldEvent e : record.events()) {
                for (String field : e.fields().keySet()) {
                    if (GoldField.byKey(field).isEmpty()) unknown.add(field);
                }
            }
            List<PredictedEvent> predicted = coder.apply(record);
            if (predicted == null) predicted = List.of();
            RecordOutcome outcome = score(record, predicted, matcher);
            all.add(outcome);
            for (String tag : new TreeSet<>(record.tags())) byTag.computeIfAbsent(tag, t -> new Tally()).add(outcome);
        }
        Map<String, EventMetrics> tagMetrics = new TreeMap<>();
        byTag.forEach((tag, t) -> tagMetrics.put(tag, t.metrics()));
        return new EventScores(rule, all.metrics(), tagMetrics, List.copyOf(unknown));
    }

    /** The result of one record: counts only, so that tallies can add them up. */
    record RecordOutcome(int goldEvents, int predicted, int matched, int matchedAtRoot, boolean expectsNoEvent,
                         Map<String, int[]> fields) {
    }

    static RecordOutcome score(GoldRecord record, List<PredictedEvent> predicted, EventMatcher matcher) {
        List<GoldEvent> gold = record.events();
        int matched = pair(gold, predicted, matcher, false);
        int matchedAtRoot = pair(gold, predicted, matcher, true);
        Map<String, int[]> fields = new TreeMap<>();
        for (GoldEvent g : gold) {
            for (String field : g.scoredFields()) {
                int[] hitsAndTotal = fields.computeIfAbsent(field, f -> new int[2]);
                hitsAndTotal[1]++;
                for (PredictedEvent p : predicted) {
                    if (matcher.agrees(field, g.get(field), p, false)) {
                        hitsAndTotal[0]++;
                        break;
                    }
                }
            }
        }
        return new RecordOutcome(gold.size(), predicted.size(), matched, matchedAtRoot, record.expectsNoEvent(),
                fields);
    }

    /** Greedy one-to-one pairing; returns the number of pairs. */
    static int pair(List<GoldEvent> gold, List<PredictedEvent> predicted, EventMatcher matcher, boolean atRoot) {
        record Candidate(int gold, int predicted, int exactFields, int rootFields) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                if (!matcher.matches(gold.get(g), predicted.get(p), atRoot)) continue;
                candidates.add(new Candidate(g, p,
                        matcher.agreeingFields(gold.get(g), predicted.get(p), false),
                        matcher.agreeingFields(gold.get(g), predicted.get(p), true)));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::exactFields).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::rootFields).reversed())
                .thenComparingInt(Candidate::gold)
                .thenComparingInt(Candidate::predicted));
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predictedUsed = new boolean[predicted.size()];
        int pairs = 0;
        for (Candidate c : candidates) {
            if (goldUsed[c.gold()] || predictedUsed[c.predicted()]) continue;
            goldUsed[c.gold()] = true;
            predictedUsed[c.predicted()] = true;
            pairs++;
        }
        return pairs;
    }

    /** Sums of record outcomes. */
    static final class Tally {
        private int records;
        private int gold;
        private int predicted;
        private int matched;
        private int matchedAtRoot;
        private int noEventRecords;
        private int falseAlarms;
        private final Map<String, int[]> fields = new TreeMap<>();

        void add(RecordOutcome o) {
            records++;
            gold += o.goldEvents();
            predicted += o.predicted();
            matched += o.matched();
            matchedAtRoot += o.matchedAtRoot();
            if (o.expectsNoEvent()) {
                noEventRecords++;
                if (o.predicted() > 0) falseAlarms++;
            }
            o.fields().forEach((field, ht) -> {
                int[] sum = fields.computeIfAbsent(field, f -> new int[2]);
                sum[0] += ht[0];
                sum[1] += ht[1];
            });
        }

        EventMetrics metrics() {
            Double recall = ratio(matched, gold);
            Double precision = ratio(matched, predicted);
            Double f1 = null;
            if (recall != null && precision != null) {
                f1 = recall + precision == 0 ? 0.0 : 2 * recall * precision / (recall + precision);
            }
            Map<String, Double> fieldRecall = new TreeMap<>();
            fields.forEach((field, ht) -> fieldRecall.put(field, ratio(ht[0], ht[1])));
            return new EventMetrics(records, gold, predicted, recall, precision, f1, ratio(matchedAtRoot, gold),
                    ratio(predicted - matched, records), ratio(falseAlarms, noEventRecords), fieldRecall);
        }

        private static Double ratio(int n, int d) {
            return d == 0 ? null : (double) n / d;
        }
    }
}
