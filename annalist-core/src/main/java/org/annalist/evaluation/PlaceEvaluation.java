package org.annalist.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * Scores a geoparser against place gold (FORMATS.md section 2); {@link PlaceScores} says what each figure counts.
 *
 * <p>Alignments are one to one and greedy in text order: each gold place takes the unaligned predicted place with
 * exactly its span if there is one, else the first unaligned one that overlaps it (end to end: that also lies
 * within 161 km of it).
 */
public final class PlaceEvaluation {

    /** The distance within which a point counts as right (100 miles), as in the geoparsing literature. */
    public static final double KM = 161;

    private PlaceEvaluation() {
    }

    /** Scores the system on every record. */
    public static PlaceScores run(List<PlaceGoldRecord> records, PlaceSystem system) {
        return run(records, system, done -> { });
    }

    /**
     * Scores the system on every record.
     *
     * @param progress called with the number of records done after each record
     */
    public static PlaceScores run(List<PlaceGoldRecord> records, PlaceSystem system, IntConsumer progress) {
        Counts c = new Counts();
        int done = 0;
        for (PlaceGoldRecord r : records) {
            score(r, system, c);
            progress.accept(++done);
        }
        return new PlaceScores(records.size(), system.resolves(), c.gold, c.predicted, c.exact, c.overlap,
                c.goldWithId, c.idMatches, c.goldWithPoint, c.within161, c.distances, c.e2eGold, c.e2ePredicted,
                c.e2eMatches, c.timed, system.placeNanos(), c.goldByType, c.foundByType, c.errors);
    }

    private static final class Counts {
        int gold, predicted, exact, overlap, goldWithId, idMatches, goldWithPoint, within161;
        int e2eGold, e2ePredicted, e2eMatches, timed;
        final List<Double> distances = new ArrayList<>();
        final Map<String, Integer> goldByType = new HashMap<>();
        final Map<String, Integer> foundByType = new HashMap<>();
        final List<PlaceError> errors = new ArrayList<>();
    }

    private static void score(PlaceGoldRecord r, PlaceSystem system, Counts c) {
        List<PredictedPlace> found = new ArrayList<>(Objects.requireNonNullElse(system.find(r), List.of()));
        found.sort(Comparator.comparingInt(PredictedPlace::start).thenComparingInt(PredictedPlace::end));
        List<GoldPlace> gold = r.places();
        c.gold += gold.size();
        c.predicted += found.size();
        c.timed += found.size();

        // recognition
        boolean[] used = new boolean[found.size()];
        for (GoldPlace g : gold) {
            String type = g.type() == null ? "-" : g.type();
            c.goldByType.merge(type, 1, Integer::sum);
            int pick = align(g, found, used, false);
            if (pick < 0) {
                c.errors.add(new PlaceError(r.id(), PlaceError.Kind.MISSED, g, null, null));
                continue;
            }
            used[pick] = true;
            c.overlap++;
            PredictedPlace p = found.get(pick);
            if (p.start() == g.start() && p.end() == g.end()) {
                c.exact++;
                c.foundByType.merge(type, 1, Integer::sum);
            } else {
                c.errors.add(new PlaceError(r.id(), PlaceError.Kind.BOUNDARY, g, p, null));
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (!used[i]) c.errors.add(new PlaceError(r.id(), PlaceError.Kind.SPURIOUS, null, found.get(i), null));
        }
        if (!system.resolves()) return;

        // resolution on the gold spans
        List<PredictedPlace> answers = system.resolve(r, gold);
        if (answers == null || answers.size() != gold.size()) {
            throw new IllegalStateException("the system gave " + (answers == null ? "no" : answers.size())
                    + " answers for " + gold.size() + " spans of record " + r.id());
        }
        c.timed += gold.size();
        for (int i = 0; i < gold.size(); i++) {
            GoldPlace g = gold.get(i);
            PredictedPlace a = answers.get(i);
            if (g.geonameid() != null) {
                c.goldWithId++;
                if (g.geonameid().equals(a.geonameid())) c.idMatches++;
            }
            if (!g.hasPoint()) continue;
            c.goldWithPoint++;
            if (!a.hasPoint()) {
                c.errors.add(new PlaceError(r.id(), PlaceError.Kind.UNRESOLVED, g, null, null));
                continue;
            }
            double km = org.annalist.places.Geo.km(g.lat(), g.lon(), a.lat(), a.lon());
            c.distances.add(km);
            if (km <= KM) c.within161++;
            else c.errors.add(new PlaceError(r.id(), PlaceError.Kind.FAR, g, a, km));
        }

        // end to end
        List<PredictedPlace> pointed = found.stream().filter(PredictedPlace::hasPoint).toList();
        c.e2ePredicted += pointed.size();
        boolean[] taken = new boolean[pointed.size()];
        for (GoldPlace g : gold) {
            if (!g.hasPoint()) continue;
            c.e2eGold++;
            int pick = align(g, pointed, taken, true);
            if (pick < 0) continue;
            taken[pick] = true;
            c.e2eMatches++;
        }
    }

    /** The predicted place a gold place aligns with: same span first, else the first overlapping; -1 when none. */
    private static int align(GoldPlace g, List<PredictedPlace> found, boolean[] used, boolean near) {
        for (int i = 0; i < found.size(); i++) {
            PredictedPlace p = found.get(i);
            if (!used[i] && p.start() == g.start() && p.end() == g.end() && (!near || isNear(g, p))) return i;
        }
        for (int i = 0; i < found.size(); i++) {
            PredictedPlace p = found.get(i);
            if (!used[i] && p.start() < g.end() && g.start() < p.end() && (!near || isNear(g, p))) return i;
        }
        return -1;
    }

    private static boolean isNear(GoldPlace g, PredictedPlace p) {
        return g.hasPoint() && p.hasPoint() && org.annalist.places.Geo.km(g.lat(), g.lon(), p.lat(), p.lon()) <= KM;
    }
}
