package org.annalist.store;

import java.sql.Connection;
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

    /**
     * Stores the article's signature and bands and links it to the earlier article it nearly duplicates, if any.
     * Runs inside the caller's transaction, right after the article's row is written.
     *
     * @return the id of the article it was linked to, or null
     */
    static String link(Connection c, String articleId, String text) throws SQLException {
        MinHashSignature signature = MinHashSignature.of(text);
        long[] bands = signature.bands();
        try (PreparedStatement p = c.prepareStatement("UPDATE articles SET minhash = ? WHERE id = ?")) {
            p.setBytes(1, signature.toBytes());
            p.setString(2, articleId);
            p.executeUpdate();
        }
        if (signature.shingles() == 0) return null;
        // candidates first, before this article's own bands are in the table
        StringBuilder sql = new StringBuilder("""
                SELECT DISTINCT a.id, a.minhash, a.near_duplicate_of FROM article_bands b JOIN articles a ON a.id = b.article_id
                WHERE b.article_id <> ? AND b.bucket IN (""");
        for (int i = 0; i < bands.length; i++) sql.append(i == 0 ? "?" : ", ?");
        sql.append(")");
        String best = null;
        String bestRoot = null;
        double bestScore = -1;
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            p.setString(1, articleId);
            for (int i = 0; i < bands.length; i++) p.setLong(i + 2, bands[i]);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    byte[] bytes = r.getBytes(2);
                    if (bytes == null) continue;
                    Double score = similar(signature, MinHashSignature.fromBytes(bytes));
                    if (score != null && (score > bestScore || score == bestScore && r.getString(1).compareTo(best) < 0)) {
                        best = r.getString(1);
                        bestRoot = r.getString(3);
                        bestScore = score;
                    }
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO article_bands (article_id, band, bucket) VALUES (?, ?, ?)")) {
            for (int i = 0; i < bands.length; i++) {
                p.setString(1, articleId);
                p.setInt(2, i);
                p.setLong(3, bands[i]);
                p.addBatch();
            }
            p.executeBatch();
        }
        if (best == null) return null;
        String target = bestRoot != null ? bestRoot : best;
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE articles SET near_duplicate_of = ?, near_duplicate_score = ? WHERE id = ?")) {
            p.setString(1, target);
            p.setDouble(2, Math.round(bestScore * 1000) / 1000.0);
            p.setString(3, articleId);
            p.executeUpdate();
        }
        return target;
    }

    /** The articles linked to this one as its near duplicates, in id order. */
    static List<String> copiesOf(Connection c, String articleId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM articles WHERE near_duplicate_of = ? ORDER BY id")) {
            p.setString(1, articleId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(r.getString(1));
            }
        }
        return out;
    }
}
