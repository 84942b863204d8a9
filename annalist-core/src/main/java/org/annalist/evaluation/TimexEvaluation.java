package org.annalist.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.annalist.model.TimeExpression;

/**
 * Scores a time tagger against time gold with the TempEval-3 Task A metrics.
 *
 * <p>Alignment is one to one and greedy in document order: each gold timex takes the unaligned system
 * timex with its exact extent if there is one, else the first unaligned one that overlaps it.
 */
public final class TimexEvaluation {

    private TimexEvaluation() {
    }

    /**
     * Runs the tagger on every document and scores what it finds.
     *
     * @param records the gold documents
     * @param tagger  the time expressions found in a document, offsets into its text (never null)
     */
    public static TimexScores run(List<TimeGoldRecord> records,
                                  Function<TimeGoldRecord, List<TimeExpression>> tagger) {
        int gold = 0;
        int system = 0;
        int strict = 0;
        int relaxed = 0;
        int type = 0;
        int value = 0;
        for (TimeGoldRecord r : records) {
            List<TimeExpression> found = new ArrayList<>(Objects.requireNonNullElse(tagger.apply(r), List.of()));
            found.sort(Comparator.comparingInt(TimeExpression::start).thenComparingInt(TimeExpression::end));
            boolean[] used = new boolean[found.size()];
            gold += r.timexes().size();
            system += found.size();
            for (GoldTimex g : r.timexes()) {
                int pick = -1;
                for (int i = 0; i < found.size() && pick < 0; i++) {
                    TimeExpression t = found.get(i);
                    if (!used[i] && t.start() == g.start() && t.end() == g.end()) pick = i;
                }
                for (int i = 0; i < found.size() && pick < 0; i++) {
                    TimeExpression t = found.get(i);
                    if (!used[i] && t.start() < g.end() && g.start() < t.end()) pick = i;
                }
                if (pick < 0) continue;
                used[pick] = true;
                TimeExpression t = found.get(pick);
                relaxed++;
                if (t.start() == g.start() && t.end() == g.end()) strict++;
                if (Objects.equals(t.type(), g.type())) type++;
                if (Objects.equals(t.value(), g.value())) value++;
            }
        }
        return new TimexScores(records.size(), gold, system, strict, relaxed, type, value);
    }
}
