package org.annalist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.annalist.events.MergeRules;
import org.annalist.ingest.DocumentSource;
import org.annalist.model.Article;
import org.annalist.model.EventMention;
import org.annalist.pipeline.Pipeline;
import org.annalist.store.EventQuery;
import org.annalist.store.EventStore;
import org.annalist.store.StoredEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deduplication measured on 44 short articles written for this test (resources/dedup): 14 events, most reported
 * by three or four outlets in their own words, with look-alike pairs (two Putin-Erdogan calls a week apart, two
 * Armenian-Azerbaijani clashes near one village six days apart, two shellings of Kharkiv four days apart) and one
 * syndicated copy. Every article goes through the real pipeline (extraction, CoreNLP, coding) once; the coded
 * articles are then stored in a real DuckDB file in the given order and in reverse order.
 *
 * <p>Each article's predicted event is the event of its first mention whose CAMEO root is compatible with the
 * gold event's (of the article's mentions of that root, the event most of them went to); an article with no such
 * mention is an event of its own. Scores: pairwise precision and recall over article pairs, and B-cubed.
 */
class DedupEvaluationTest {

    @TempDir
    static Path dir;

    record Coded(String goldArticle, Article article, List<EventMention> events) {
    }

    record Run(Map<String, String> predicted, Map<String, String> mentionEvents, long events, double linkMsPerArticle,
               org.annalist.store.EventDetail firstCall) {
    }

    static Map<String, String> gold = new TreeMap<>();
    static Map<String, String> goldRoot = new HashMap<>();
    static Run forward;
    static Run backward;

    @BeforeAll
    static void ingestInBothOrders() throws Exception {
        Path resources = resource("dedup/gold.tsv").getParent();
        for (String line : Files.readAllLines(resources.resolve("gold.tsv")).subList(1, 45)) {
            String[] f = line.split("\t");
            gold.put(f[0], f[1]);
            goldRoot.put(f[0], f[2]);
        }
        Pipeline pipeline = SharedPipeline.get();
        List<Coded> coded = new ArrayList<>();
        new DocumentSource().read(resources.resolve("articles.jsonl").toString(), doc -> {
            try {
                Article a = pipeline.extract(doc);
                String id = doc.origin().substring(doc.origin().indexOf('#') + 1);
                coded.add(new Coded(id, a, pipeline.analyze(a).events()));
            } catch (Exception e) {
                throw new IllegalStateException(doc.origin() + ": " + e.getMessage(), e);
            }
        }, skip -> {
            throw new IllegalStateException("skipped " + skip.origin() + ": " + skip.reason());
        });
        assertThat(coded).hasSize(44);
        forward = store(coded, "forward");
        List<Coded> reversed = new ArrayList<>(coded);
        Collections.reverse(reversed);
        backward = store(reversed, "backward");
        Scores f = score(forward.predicted());
        Scores b = score(backward.predicted());
        System.out.printf(Locale.ROOT, "dedup evaluation: %d articles, %d gold events; forward %s (%d stored events, "
                        + "linking %.2f ms/article); reverse %s (%d stored events, linking %.2f ms/article)%n",
                gold.size(), gold.values().stream().distinct().count(), f, forward.events(), forward.linkMsPerArticle(),
                b, backward.events(), backward.linkMsPerArticle());
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(DedupEvaluationTest.class.getClassLoader().getResource(name).toURI());
    }

    private static Run store(List<Coded> coded, String name) throws Exception {
        StoreOptions options = new StoreOptions();
        options.db = dir.resolve(name + ".duckdb");
        try (EventStore db = options.open()) {
            for (Coded c : coded) db.ingest(c.article(), c.events());
            MergeRules rules = MergeRules.load();
            Map<String, String> mentionEvents = new TreeMap<>();
            Map<String, String> predicted = new TreeMap<>();
            List<StoredEvent> mentions = db.events(new EventQuery(null, null, null, null, null, null, null));
            for (StoredEvent m : mentions) mentionEvents.put(m.id(), db.mentionEventId(m.id()));
            for (Coded c : coded) {
                String root = goldRoot.get(c.goldArticle());
                List<StoredEvent> candidates = mentions.stream()
                        .filter(m -> m.articleId().equals(c.article().id()) && rules.rootsCompatible(root, m.cameoRoot()))
                        .toList();
                if (candidates.isEmpty()) {
                    predicted.put(c.goldArticle(), "none:" + c.goldArticle());
                    continue;
                }
                int first = candidates.stream().mapToInt(StoredEvent::sentence).min().orElseThrow();
                Map<String, Integer> votes = new TreeMap<>();
                for (StoredEvent m : candidates) {
                    if (m.sentence() == first) votes.merge(mentionEvents.get(m.id()), 1, Integer::sum);
                }
                String best = null;
                for (Map.Entry<String, Integer> v : votes.entrySet()) {
                    if (best == null || v.getValue() > votes.get(best)) best = v.getKey();
                }
                predicted.put(c.goldArticle(), best);
            }
            return new Run(predicted, mentionEvents, db.countMergedEvents(), db.linkingNanos() / 1e6 / coded.size(),
                    db.event(predicted.get("a01")).orElseThrow());
        }
    }

    record Scores(double pairPrecision, double pairRecall, double b3Precision, double b3Recall) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "pairwise P %.3f R %.3f, B-cubed P %.3f R %.3f",
                    pairPrecision, pairRecall, b3Precision, b3Recall);
        }
    }

    static Scores score(Map<String, String> predicted) {
        List<String> articles = new ArrayList<>(gold.keySet());
        long same = 0;
        long predictedSame = 0;
        long goldSame = 0;
        double b3p = 0;
        double b3r = 0;
        for (String a : articles) {
            int inPredicted = 0;
            int inGold = 0;
            int inBoth = 0;
            for (String b : articles) {
                boolean g = gold.get(a).equals(gold.get(b));
                boolean p = predicted.get(a).equals(predicted.get(b));
                if (g) inGold++;
                if (p) inPredicted++;
                if (g && p) inBoth++;
                if (a.compareTo(b) < 0) {
                    if (g) goldSame++;
                    if (p) predictedSame++;
                    if (g && p) same++;
                }
            }
            b3p += (double) inBoth / inPredicted;
            b3r += (double) inBoth / inGold;
        }
        return new Scores(predictedSame == 0 ? 1 : (double) same / predictedSame, (double) same / goldSame,
                b3p / articles.size(), b3r / articles.size());
    }

    @Test
    void theSetHasFortyArticlesAboutTwelveEventsReportedSeveralTimes() {
        assertThat(gold).hasSizeGreaterThanOrEqualTo(40);
        assertThat(gold.values().stream().distinct().count()).isGreaterThanOrEqualTo(12);
        assertThat(gold.values().stream().filter(e -> Collections.frequency(gold.values(), e) >= 3).distinct().count())
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void mergesReportsOfOneEventWithHighPairwisePrecisionAndRecall() {
        Scores s = score(forward.predicted());
        assertThat(s.pairPrecision()).as(s.toString()).isGreaterThanOrEqualTo(PAIR_PRECISION);
        assertThat(s.pairRecall()).as(s.toString()).isGreaterThanOrEqualTo(PAIR_RECALL);
    }

    @Test
    void bCubedScoresHoldTheMeasuredLevel() {
        Scores s = score(forward.predicted());
        assertThat(s.b3Precision()).as(s.toString()).isGreaterThanOrEqualTo(B3_PRECISION);
        assertThat(s.b3Recall()).as(s.toString()).isGreaterThanOrEqualTo(B3_RECALL);
    }

    @Test
    void keepsLookAlikeEventsApart() {
        for (String[] pair : new String[][] {{"a01", "a05"}, {"a08", "a12"}, {"a09", "a13"}, {"a35", "a38"}}) {
            assertThat(forward.predicted().get(pair[0])).as(pair[0] + " vs " + pair[1])
                    .isNotEqualTo(forward.predicted().get(pair[1]));
        }
    }

    @Test
    void theSyndicatedCopyCountsAsAnArticleButNotAsAnotherSource() {
        // a44 is a01 with one phrase changed, published by another outlet
        assertThat(forward.predicted().get("a44")).isEqualTo(forward.predicted().get("a01"));
        assertThat(forward.firstCall().numArticles()).isEqualTo(forward.firstCall().numSources() + 1);
        assertThat(forward.firstCall().mentions()).anyMatch(m -> m.nearDuplicateOf() != null);
    }

    @Test
    void givesEveryMentionTheSameEventIdInEitherOrder() {
        assertThat(backward.mentionEvents()).isEqualTo(forward.mentionEvents());
        assertThat(backward.events()).isEqualTo(forward.events());
        assertThat(forward.mentionEvents().values()).doesNotContainNull();
    }

    // just below the figures measured on this set: pairwise P 1.000 R 0.627, B-cubed P 1.000 R 0.720 (see README;
    // the coder changes of 2026-11-29 code some reports of one event differently, which splits them)
    static final double PAIR_PRECISION = 0.97;
    static final double PAIR_RECALL = 0.62;
    static final double B3_PRECISION = 0.97;
    static final double B3_RECALL = 0.71;
}
