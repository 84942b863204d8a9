package org.annalist.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Event-coding scores over a set of gold records (all records, or those carrying one tag).
 * A ratio whose denominator is zero is null (no gold event: no recall; no prediction: no precision;
 * no {@code events: []} record: no false-alarm rate).
 *
 * @param records         records scored
 * @param goldEvents      expected events
 * @param predictedEvents events the coder produced
 * @param recall          matched gold events / gold events
 * @param precision       matched predicted events / predicted events
 * @param f1              harmonic mean of recall and precision
 * @param rootRecall      recall when CAMEO codes are compared on their root (first two digits)
 * @param extraPerRecord  unmatched predicted events per record
 * @param falseAlarmRate  share of {@code events: []} records with any prediction
 * @param fieldRecall     per gold field present: share of the gold events carrying it for which some
 *                        prediction of the same record agrees on that field alone; in field-name order
 */
public record EventMetrics(int records, int goldEvents, int predictedEvents, Double recall, Double precision,
                           Double f1, Double rootRecall, Double extraPerRecord, Double falseAlarmRate,
                           Map<String, Double> fieldRecall) {

    public EventMetrics {
        fieldRecall = Collections.unmodifiableMap(new LinkedHashMap<>(fieldRecall));
    }
}
