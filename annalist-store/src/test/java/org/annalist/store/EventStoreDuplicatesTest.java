package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.PageMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreDuplicatesTest {

    @TempDir
    Path dir;

    static final String STORY = String.join("\n\n",
            "The harbour authority of Port Ellis said on Monday that the northern pier would close for repairs after"
                    + " storm damage was found during an inspection last week.",
            "Fishing boats will use the southern quay until the work is finished, which officials expect to take"
                    + " about three months, a spokeswoman for the authority told reporters.",
            "Local fishermen said the closure would cost them several hours each day, since the southern quay has"
                    + " room for only a dozen boats at a time and no ice plant.",
            "The authority said it had asked the regional government for emergency funds to speed up the repairs"
                    + " and would publish a timetable for the work later this month.");
    static final String OTHER = "Voters in the mountain district of Valdora elected a new mayor on Sunday after a"
            + " campaign dominated by the future of the valley's ski resort and its water supply, results showed.";

    static Article article(String id, String text, String url, PageMetadata metadata) {
        return new Article(id, url, "t", null, "en", text, null, null, "test/" + id, List.of(), metadata);
    }

    @Test
    void aSyndicatedCopyIsLinkedToTheFirstStoryNotDropped() throws Exception {
        String copy = "Pier to close for months, harbour chiefs say\n\n" + STORY
                + "\n\nCopyright 2031 Coastal Wire. All rights reserved. Sign up for our newsletter.";
        Path db = dir.resolve("s.duckdb");
        try (EventStore store = EventStore.open(db, StoreConfig.defaults())) {
            store.ingest(article("a1", STORY, "https://gazette.example/pier", PageMetadata.NONE), List.of());
            store.ingest(article("a2", OTHER, "https://valdora.example/mayor", PageMetadata.NONE), List.of());
            store.ingest(article("a3", copy, "https://wire.example/pier-copy", PageMetadata.NONE), List.of());
            store.ingest(article("a4", copy + "\n\nMore on this story soon.", "https://third.example/p", PageMetadata.NONE), List.of());
            assertThat(store.countArticles()).isEqualTo(4);
        }
        List<String> rows = query(db, "SELECT id || ' ' || coalesce(near_duplicate_of, '-') || ' '"
                + " || coalesce(CAST(near_duplicate_score >= 0.9 AS VARCHAR), '-') || ' ' || CAST(octet_length(minhash) AS VARCHAR)"
                + " FROM articles ORDER BY id");
        // a4 is nearest to a3, which is a copy of a1: every copy points at the first story
        assertThat(rows).containsExactly("a1 - - 1028", "a2 - - 1028", "a3 a1 true 1028", "a4 a1 true 1028");
        assertThat(query(db, "SELECT CAST(count(*) AS VARCHAR) FROM article_bands")).containsExactly(
                String.valueOf(4 * MinHashSignature.BANDS));
    }

    @Test
    void anExactDuplicateIsStoredOnceWithEveryUrlAndTheSourceRecorded() throws Exception {
        Path db = dir.resolve("e.duckdb");
        PageMetadata fromWarc = new PageMetadata("Mara Quinn", "Ellis Gazette", "https://www.gazette.example/pier",
                "http://gazette.example/pier?from=crawl");
        PageMetadata fromFeed = new PageMetadata(null, null, null, "https://feeds.example/item/9");
        try (EventStore store = EventStore.open(db, StoreConfig.defaults())) {
            store.ingest(article("x1", STORY, fromWarc.canonicalUrl(), fromWarc), List.of());
            var again = store.ingest(article("x1", STORY, fromFeed.documentUrl(), fromFeed), List.of());
            assertThat(again.isDuplicate()).isTrue();
            assertThat(store.urls("x1")).containsExactly("http://gazette.example/pier?from=crawl",
                    "https://feeds.example/item/9", "https://www.gazette.example/pier");
        }
        assertThat(query(db, "SELECT author || '|' || site_name || '|' || source_id FROM articles"))
                .containsExactly("Mara Quinn|Ellis Gazette|gazette.example");
        assertThat(query(db, "SELECT id || '|' || name || '|' || domain FROM sources"))
                .containsExactly("gazette.example|Ellis Gazette|gazette.example");
    }

    static List<String> query(Path db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }
}
