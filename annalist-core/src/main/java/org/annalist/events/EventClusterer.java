package org.annalist.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Groups event mentions into real-world events.
 *
 * <p>Deterministic and independent of input order: mentions are taken most precise first (date, then place,
 * then canonical key), and each joins the largest event all of whose mentions it agrees with under the
 * {@link MergeRules} (complete linkage, so a vague "in March" report cannot chain two clashes a week apart into
 * one), else starts a new one. The same set of mentions always gives the same events with the same ids.
 */
public final class EventClusterer {

    private final MergeRules rules;

    public EventClusterer(MergeRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The rules this clusterer merges by. */
    public MergeRules rules() {
        return rules;
    }

    /**
     * The events these mentions report, sorted by id. A mention given twice (same id) counts once.
     */
    public List<MergedEvent> cluster(Collection<MentionFacts> mentions) {
        Map<String, MentionFacts> unique = new TreeMap<>();
        for (MentionFacts m : mentions) unique.putIfAbsent(m.mentionId(), m);
        List<MentionFacts> ordered = new ArrayList<>(unique.values());
        ordered.sort(Comparator.comparing((MentionFacts m) -> m.dated() ? 0 : 1)
                .thenComparing(m -> m.dateInferred() ? 1 : 0)
                .thenComparing(m -> MergedEvent.dateRank(m.datePrecision()))
                .thenComparing(m -> MergedEvent.placeRank(m.placePrecision()))
                .thenComparing(MentionFacts::key));
        List<List<MentionFacts>> clusters = new ArrayList<>();
        for (MentionFacts m : ordered) {
            List<MentionFacts> best = null;
            for (List<MentionFacts> c : clusters) {
                if (best != null && c.size() <= best.size()) continue; // earlier clusters win ties: they are seeded by more precise mentions
                if (agreesWithAll(m, c)) best = c;
            }
            if (best == null) {
                best = new ArrayList<>();
                clusters.add(best);
            }
            best.add(m);
        }
        List<MergedEvent> out = new ArrayList<>();
        for (List<MentionFacts> c : clusters) {
            c.sort(Comparator.comparing(MentionFacts::key));
            String reason = c.size() == 1 ? "single mention"
                    : c.size() + " mentions in " + c.stream().map(MentionFacts::articleId).distinct().count()
                    + " articles agree: " + rules.reason(c.get(0), c.get(1)).orElseThrow();
            out.add(MergedEvent.of(c, reason));
        }
        out.sort(Comparator.comparing(MergedEvent::id));
        return out;
    }

    private boolean agreesWithAll(MentionFacts m, List<MentionFacts> cluster) {
        for (MentionFacts x : cluster) {
            if (!rules.sameEvent(m, x)) return false;
        }
        return true;
    }
}
