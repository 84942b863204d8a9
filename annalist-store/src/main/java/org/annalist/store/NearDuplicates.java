package org.annalist.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Links an article to an earlier stored article it nearly duplicates (syndicated wire copy under another
 * headline and footer, cut short, with paragraphs moved or boilerplate added): {@code articles.near_duplicate_of}
 * and {@code near_duplicate_score}. Near duplicates are linked, not dropped: each outlet's copy stays an article,
 * so that event deduplication can count sources honestly.
 *
 * <p>Candidates come from the article's LSH band buckets ({@code article_bands}); a candidate is a near duplicate
 * when the estimated containment of the shorter text in the longer reaches {@link #THRESHOLD}. An article is linked
 * to the best-scoring candidate, or to the article that candidate itself is a copy of, so that every copy of a
 * story points at the first one stored.
 */
final class NearDuplicates {

    /**
     * Estimated containment at which two texts are near duplicates; measured on edited and unrelated pairs from
     * the raw news corpus (NearDuplicateEvaluationTest; figures in the README).
     */
    static final double THRESHOLD = 0.4;

    private NearDuplicates() {
    }

    /** The score of two signatures when they are near duplicates (a shared band, containment at the threshold), else null. */
    static Double similar(MinHashSignature a, MinHashSignature b) {
        long[] ba = a.bands();
        long[] bb = b.bands();
        boolean candidate = false;
        for (int i = 0; i < ba.length && !candidate; i++) candidate = ba[i] == bb[i];
        if (!candidate) return null;
        double score = a.containment(b);
        return score >= THRESHOLD ? score : null;
    }

    /** Prepared statements, kept by the caller across articles (planning a statement costs more than running it). */
    interface Statements {
        PreparedStatement get(String sql) throws SQLException;
    }

    private static final String CANDIDATES = "SELECT DISTINCT article_id FROM article_bands WHERE bucket IN ("
            + "?, ".repeat(MinHashSignature.BANDS - 1) + "?)";
    private static final String INSERT_BANDS = "INSERT INTO article_bands (article_id, band, bucket) VALUES "
            + "(?, ?, ?), ".repeat(MinHashSignature.BANDS - 1) + "(?, ?, ?)";

    /**
     * Stores the article's signature and bands and links it to the earlier article it nearly duplicates, if any.
     * Runs inside the caller's transaction, right after the article's row is written.
     *
     * @return the id of the article it was linked to, or null
     */
    static String link(Statements statements, String articleId, String text) throws SQLException {
        MinHashSignature signature = MinHashSignature.of(text);
        long[] bands = signature.bands();
        // candidates first, before this article's own bands are in the table
        List<String> candidates = new ArrayList<>();
        if (signature.shingles() > 0) {
            PreparedStatement p = statements.get(CANDIDATES);
            for (int i = 0; i < bands.length; i++) p.setLong(i + 1, bands[i]);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) candidates.add(r.getString(1));
            }
        }
        String best = null;
        String bestRoot = null;
        double bestScore = -1;
        for (String candidate : candidates) {
            if (candidate.equals(articleId)) continue;
            PreparedStatement p = statements.get("SELECT minhash, near_duplicate_of FROM articles WHERE id = ?");
            p.setString(1, candidate);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next() || r.getBytes(1) == null) continue;
                Double score = similar(signature, MinHashSignature.fromBytes(r.getBytes(1)));
                if (score != null && (score > bestScore || score == bestScore && candidate.compareTo(best) < 0)) {
                    best = candidate;
                    bestRoot = r.getString(2);
                    bestScore = score;
                }
            }
        }
        PreparedStatement insert = statements.get(INSERT_BANDS);
        for (int i = 0; i < bands.length; i++) {
            insert.setString(3 * i + 1, articleId);
            insert.setInt(3 * i + 2, i);
            insert.setLong(3 * i + 3, bands[i]);
        }
        insert.executeUpdate();
        String target = best == null ? null : bestRoot != null ? bestRoot : best;
        PreparedStatement update = statements.get(
                "UPDATE articles SET minhash = ?, near_duplicate_of = ?, near_duplicate_score = ? WHERE id = ?");
        update.setBytes(1, signature.toBytes());
        update.setString(2, target);
        update.setObject(3, target == null ? null : Math.round(bestScore * 1000) / 1000.0);
        update.setString(4, articleId);
        update.executeUpdate();
        return target;
    }
}
