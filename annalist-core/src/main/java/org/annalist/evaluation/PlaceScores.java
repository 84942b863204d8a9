package org.annalist.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Geoparsing scores on a place-gold file (FORMATS.md section 2). Ratios with a zero denominator are null, and so
 * are the resolution and end-to-end figures of a system that does not resolve.
 *
 * <ul>
 *   <li>recognition: exact-span precision, recall and F1 over all places; overlap precision, recall and F1 with
 *       one-to-one overlap alignment;</li>
 *   <li>resolution on the gold spans: {@code resolution_exact} = gold places with a GeoNames id given that id /
 *       gold places with an id; {@code acc161} = gold places with a point resolved within 161 km (distance
 *       &le; 161 km, as Mordecai counts) / gold places with a point, a "no match" counting as a miss; mean and
 *       median km over the gold places with a point that the system gave a point;</li>
 *   <li>end to end: a predicted place with a point matches a gold place with a point when their spans overlap
 *       and the points are within 161 km (one to one); precision over predicted places with a point, recall over
 *       gold places with a point;</li>
 *   <li>places per second: places recognised end to end and gold spans resolved, per second of the system's
 *       own place time (text annotation excluded).</li>
 * </ul>
 *
 * @param records        records scored
 * @param resolves       whether the system resolves places to points
 * @param goldPlaces     gold places
 * @param predicted      places the system recognised
 * @param exact          predicted places with a gold place at exactly their span
 * @param overlap        aligned overlapping pairs (one to one)
 * @param goldWithId     gold places with a GeoNames id
 * @param idMatches      of those, resolved on the gold span to the same id
 * @param goldWithPoint  gold places with a point
 * @param within161      of those, resolved on the gold span within 161 km
 * @param distancesKm    resolution error of every gold place with a point that got a point, ascending
 * @param e2eGold        gold places with a point
 * @param e2ePredicted   predicted places with a point (end to end)
 * @param e2eMatches     overlapping pairs within 161 km (one to one)
 * @param placesTimed    places recognised plus gold spans resolved
 * @param placeNanos     the system's own time for them
 * @param goldByType     gold places per gold type
 * @param foundByType    gold places found at their exact span, per gold type
 * @param errors         every disagreement, in record order
 */
public record PlaceScores(int records, boolean resolves, int goldPlaces, int predicted, int exact, int overlap,
                          int goldWithId, int idMatches, int goldWithPoint, int within161, List<Double> distancesKm,
                          int e2eGold, int e2ePredicted, int e2eMatches, int placesTimed, long placeNanos,
                          Map<String, Integer> goldByType, Map<String, Integer> foundByType, List<PlaceError> errors) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public PlaceScores {
        double[] sorted = distancesKm.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        distancesKm = Arrays.stream(sorted).boxed().toList();
        goldByType = Collections.unmodifiableMap(new TreeMap<>(goldByType));
        foundByType = Collections.unmodifiableMap(new TreeMap<>(foundByType));
        errors = List.copyOf(errors);
    }

    public Double recognitionPrecision() { return ratio(exact, predicted); }

    public Double recognitionRecall() { return ratio(exact, goldPlaces); }

    public Double recognitionF1() { return f1(recognitionPrecision(), recognitionRecall()); }

    public Double overlapPrecision() { return ratio(overlap, predicted); }

    public Double overlapRecall() { return ratio(overlap, goldPlaces); }

    public Double overlapF1() { return f1(overlapPrecision(), overlapRecall()); }

    public Double resolutionExact() { return resolves ? ratio(idMatches, goldWithId) : null; }

    public Double acc161() { return resolves ? ratio(within161, goldWithPoint) : null; }

    public Double meanKm() {
        return resolves && !distancesKm.isEmpty()
                ? distancesKm.stream().mapToDouble(Double::doubleValue).average().orElseThrow() : null;
    }

    public Double medianKm() {
        if (!resolves || distancesKm.isEmpty()) return null;
        int n = distancesKm.size();
        return n % 2 == 1 ? distancesKm.get(n / 2) : (distancesKm.get(n / 2 - 1) + distancesKm.get(n / 2)) / 2;
    }

    public Double e2ePrecision() { return resolves ? ratio(e2eMatches, e2ePredicted) : null; }

    public Double e2eRecall() { return resolves ? ratio(e2eMatches, e2eGold) : null; }

    public Double e2eF1() { return resolves ? f1(e2ePrecision(), e2eRecall()) : null; }

    /** Places recognised or resolved per second of the system's own place time; null when not measured. */
    public Double placesPerSecond() {
        return placeNanos <= 0 ? null : placesTimed / (placeNanos / 1e9);
    }

    /** Errors of one kind. */
    public long count(PlaceError.Kind kind) {
        return errors.stream().filter(e -> e.kind() == kind).count();
    }

    /**
     * One JSON object with exactly the keys {@code records, recognition_precision, recognition_recall,
     * recognition_f1, resolution_exact, acc161, mean_km, median_km, e2e_f1, places_per_second}; a figure that
     * cannot be computed is null.
     */
    public String toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("records", records);
        n.put("recognition_precision", recognitionPrecision());
        n.put("recognition_recall", recognitionRecall());
        n.put("recognition_f1", recognitionF1());
        n.put("resolution_exact", resolutionExact());
        n.put("acc161", acc161());
        n.put("mean_km", meanKm());
        n.put("median_km", medianKm());
        n.put("e2e_f1", e2eF1());
        n.put("places_per_second", placesPerSecond());
        return n.toString();
    }

    /** A plain-text report: the figures, then recognition recall per gold type and the errors by kind. */
    public String toTable() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Places: %d records, %d gold places, %d found%n", records, goldPlaces, predicted));
        b.append("                        P       R      F1\n");
        b.append(String.format(Locale.ROOT, "recognition exact  %6s  %6s  %6s%n",
                pct(recognitionPrecision()), pct(recognitionRecall()), pct(recognitionF1())));
        b.append(String.format(Locale.ROOT, "recognition overlap%6s  %6s  %6s%n",
                pct(overlapPrecision()), pct(overlapRecall()), pct(overlapF1())));
        if (resolves) {
            b.append(String.format(Locale.ROOT, "end to end (161 km) %6s  %6s  %6s%n",
                    pct(e2ePrecision()), pct(e2eRecall()), pct(e2eF1())));
            b.append(String.format(Locale.ROOT,
                    "resolution on gold spans: exact id %s of %d, acc@161km %s of %d, mean %s km, median %s km%n",
                    pct(resolutionExact()), goldWithId, pct(acc161()), goldWithPoint, km(meanKm()), km(medianKm())));
        } else {
            b.append("resolution: the system does not resolve places\n");
        }
        b.append(String.format(Locale.ROOT, "places per second (recognition and resolution, CoreNLP excluded): %s%n",
                placesPerSecond() == null ? "-" : String.format(Locale.ROOT, "%.0f", placesPerSecond())));
        b.append("recall by gold type:");
        for (Map.Entry<String, Integer> e : goldByType.entrySet()) {
            int found = foundByType.getOrDefault(e.getKey(), 0);
            b.append(String.format(Locale.ROOT, " %s %d/%d", e.getKey(), found, e.getValue()));
        }
        b.append(String.format(Locale.ROOT, "%nerrors: %d missed, %d boundary, %d spurious", count(PlaceError.Kind.MISSED),
                count(PlaceError.Kind.BOUNDARY), count(PlaceError.Kind.SPURIOUS)));
        if (resolves) {
            b.append(String.format(Locale.ROOT, ", %d resolved over 161 km away, %d unresolved",
                    count(PlaceError.Kind.FAR), count(PlaceError.Kind.UNRESOLVED)));
        }
        return b.append('\n').toString();
    }

    private static String pct(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.2f", 100 * d);
    }

    private static String km(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.0f", d);
    }

    private static Double ratio(int n, int d) {
        return d == 0 ? null : (double) n / d;
    }

    private static Double f1(Double p, Double r) {
        if (p == null || r == null) return null;
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
