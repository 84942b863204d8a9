package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceEvaluationTest {

    private static final String RAIN = "Rain fell on Lindar and Port Vell yesterday.";
    private static final String TRAIN = "The train from Ostmark reached Zed late.";

    private static final PlaceGoldRecord A = new PlaceGoldRecord("a", null, RAIN, List.of(
            gold(RAIN, "Lindar", 1L, 10.0, 20.0, "Literal"),
            gold(RAIN, "Port Vell", 2L, 11.0, 21.0, "Literal")));
    private static final PlaceGoldRecord B = new PlaceGoldRecord("b", null, TRAIN, List.of(
            gold(TRAIN, "Ostmark", null, 50.0, 10.0, "Literal"),
            gold(TRAIN, "Zed", null, null, null, "Metonymic")));

    private static GoldPlace gold(String text, String words, Long id, Double lat, Double lon, String type) {
        int at = text.indexOf(words);
        return new GoldPlace(at, at + words.length(), words, id, lat, lon, type);
    }

    private static PredictedPlace found(String text, String words, Long id, Double lat, Double lon) {
        int at = text.indexOf(words);
        return new PredictedPlace(at, at + words.length(), words, id, lat, lon);
    }

    /** A system with fixed answers per record. */
    private static PlaceSystem fixed(Map<String, List<PredictedPlace>> finds, Map<String, List<PredictedPlace>> answers,
                                     boolean resolves) {
        return new PlaceSystem() {
            @Override
            public List<PredictedPlace> find(PlaceGoldRecord record) {
                return finds.get(record.id());
            }

            @Override
            public List<PredictedPlace> resolve(PlaceGoldRecord record, List<GoldPlace> spans) {
                return answers.get(record.id());
            }

            @Override
            public boolean resolves() {
                return resolves;
            }
        };
    }

    private static final Map<String, List<PredictedPlace>> FINDS = Map.of(
            "a", List.of(found(RAIN, "Rain", null, null, null),          // spurious
                    found(RAIN, "Lindar", 1L, 10.5, 20.0),                 // exact span, 56 km off
                    found(RAIN, "Vell", 2L, 11.0, 21.0)),                  // overlaps "Port Vell", same point
            "b", List.of(found(TRAIN, "Ostmark", null, 50.0, 13.0)));      // exact span, 214 km off
    private static final Map<String, List<PredictedPlace>> ANSWERS = Map.of(
            "a", List.of(found(RAIN, "Lindar", 1L, 10.0, 20.0),            // right id, 0 km
                    found(RAIN, "Port Vell", 3L, 13.0, 21.0)),             // wrong id, 222 km off
            "b", List.of(PredictedPlace.unresolved(15, 22, "Ostmark"),     // no match where the gold has a point
                    PredictedPlace.unresolved(31, 34, "Zed")));

    @Test
    void recognitionCountsExactSpansAndOverlapsSeparately() {
        PlaceScores s = PlaceEvaluation.run(List.of(A, B), fixed(FINDS, ANSWERS, true));

        assertThat(s.records()).isEqualTo(2);
        assertThat(s.goldPlaces()).isEqualTo(4);
        assertThat(s.predicted()).isEqualTo(4);
        assertThat(s.recognitionPrecision()).isEqualTo(0.5);
        assertThat(s.recognitionRecall()).isEqualTo(0.5);
        assertThat(s.recognitionF1()).isEqualTo(0.5);
        assertThat(s.overlapPrecision()).isEqualTo(0.75);
        assertThat(s.overlapRecall()).isEqualTo(0.75);
        assertThat(s.foundByType()).containsExactly(Map.entry("Literal", 2));
        assertThat(s.goldByType()).containsExactly(Map.entry("Literal", 3), Map.entry("Metonymic", 1));
    }

    @Test
    void resolutionOnGoldSpansCountsANoMatchAsAMissAndKeepsItOutOfTheDistances() {
        PlaceScores s = PlaceEvaluation.run(List.of(A, B), fixed(FINDS, ANSWERS, true));

        assertThat(s.resolutionExact()).isEqualTo(0.5);                   // 1 of the 2 gold places with an id
        assertThat(s.acc161()).isEqualTo(1.0 / 3);                         // 1 of the 3 gold places with a point
        assertThat(s.distancesKm()).hasSize(2);
        assertThat(s.meanKm()).isCloseTo(111.195, within(0.001));          // (0 + 222.390) / 2
        assertThat(s.medianKm()).isCloseTo(111.195, within(0.001));
    }

    @Test
    void endToEndNeedsAnOverlappingSpanAndAPointWithin161Km() {
        PlaceScores s = PlaceEvaluation.run(List.of(A, B), fixed(FINDS, ANSWERS, true));

        assertThat(s.e2eGold()).isEqualTo(3);
        assertThat(s.e2ePredicted()).isEqualTo(3);
        assertThat(s.e2eMatches()).isEqualTo(2);                            // Lindar and Vell; Ostmark is 214 km off
        assertThat(s.e2eF1()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void listsEachDisagreementWithItsKind() {
        PlaceScores s = PlaceEvaluation.run(List.of(A, B), fixed(FINDS, ANSWERS, true));

        List<String> kinds = new ArrayList<>();
        for (PlaceError e : s.errors()) kinds.add(e.record() + " " + e.kind() + " " + (e.gold() != null ? e.gold().text() : e.predicted().text()));
        assertThat(kinds).containsExactly("a BOUNDARY Port Vell", "a SPURIOUS Rain", "a FAR Port Vell",
                "b MISSED Zed", "b UNRESOLVED Ostmark");
        assertThat(s.errors().get(2).km()).isCloseTo(222.390, within(0.001));
    }

    @Test
    void aSystemThatDoesNotResolveHasNoResolutionFigures() throws Exception {
        PlaceScores s = PlaceEvaluation.run(List.of(A, B), fixed(FINDS, Map.of(), false));

        JsonNode json = new ObjectMapper().readTree(s.toJson());
        assertThat(json.fieldNames()).toIterable().containsExactly("records", "recognition_precision",
                "recognition_recall", "recognition_f1", "resolution_exact", "acc161", "mean_km", "median_km", "e2e_f1",
                "places_per_second");
        assertThat(json.get("recognition_f1").asDouble()).isEqualTo(0.5);
        assertThat(json.get("acc161").isNull()).isTrue();
        assertThat(json.get("e2e_f1").isNull()).isTrue();
        assertThat(json.get("places_per_second").isNull()).isTrue();
        assertThat(s.errors()).extracting(PlaceError::kind).doesNotContain(PlaceError.Kind.FAR, PlaceError.Kind.UNRESOLVED);
    }

    @Test
    void haversineGivesTheGreatCircleDistance() {
        assertThat(org.annalist.places.Geo.km(48.8566, 2.3522, 51.5074, -0.1278)).isCloseTo(343.557, within(0.01)); // Paris-London
        assertThat(org.annalist.places.Geo.km(10, 20, 10, 20)).isZero();
    }
}
