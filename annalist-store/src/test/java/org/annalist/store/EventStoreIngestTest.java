package org.annalist.store;

import static org.annalist.store.Fixtures.article;
import static org.annalist.store.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.EventMention;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreIngestTest {

    /** Values for the two codes these tests use. */
    private static final CodeInfo CODES = new CodeInfo() {
        @Override
        public Double goldstein(String cameo) {
            return cameo.equals("040") ? 1.0 : cameo.equals("195") ? -10.0 : null;
        }

        @Override
        public Integer quadClass(String cameo) {
            return cameo.equals("040") ? 1 : cameo.equals("195") ? 4 : null;
        }
    };

    @TempDir
    Path dir;
    EventStore store;

    @BeforeEach
    void open() throws StoreException {
        store = EventStore.open(dir.resolve("annalist.duckdb"), new StoreConfig(CODES, "annalist-0.1"));
    }

    @AfterEach
    void close() throws StoreException {
        store.close();
    }

    @Test
    void storesANewArticleWithItsEventsAndReportsTheCount() throws Exception {
        IngestResult result = store.ingest(article("a1"), List.of(event("a1-e1", "a1").build(), event("a1-e2", "a1").build()));

        assertThat(result).isEqualTo(new IngestResult("a1", IngestResult.Status.STORED, 2, true));
        assertThat(store.countArticles()).isEqualTo(1);
        assertThat(store.countEvents()).isEqualTo(2);
    }

    @Test
    void knowsWhichArticlesItHolds() throws Exception {
        store.ingest(article("a1"), List.of());

        assertThat(store.contains("a1")).isTrue();
        assertThat(store.contains("a2")).isFalse();
    }

    @Test
    void storesAnArticleWithoutEvents() throws Exception {
        IngestResult result = store.ingest(article("a1"), List.of());

        assertThat(result.status()).isEqualTo(IngestResult.Status.STORED);
        assertThat(store.countArticles()).isEqualTo(1);
        assertThat(store.countEvents()).isZero();
    }

    @Test
    void returnsEveryFieldOfAStoredEventAsItWasGiven() throws Exception {
        EventMention m = event("a1-e1", "a1").fatalities(2).build();
        store.ingest(article("a1"), List.of(m));

        assertThat(store.events(EventQuery.all())).containsExactly(StoredEvent.of(m, CODES));
    }

    @Test
    void storesGoldsteinQuadClassAndRootFromTheCodeInfo() throws Exception {
        store.ingest(article("a1"), List.of(event("a1-e1", "a1").cameo("195").build()));

        StoredEvent e = store.events(EventQuery.all()).get(0);
        assertThat(e.goldstein()).isEqualTo(-10.0);
        assertThat(e.quadClass()).isEqualTo(4);
        assertThat(e.cameoRoot()).isEqualTo("19");
    }

    @Test
    void storesArticleMetadataAndTheCoderVersion() throws Exception {
        store.ingest(article("a1"), List.of());
        store.close();

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("annalist.duckdb"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT url, title, date, dateline_place, dateline_source, coder_version, "
                     + "ingested_at IS NOT NULL FROM articles")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("https://news.example/a1");
            assertThat(r.getString(2)).isEqualTo("Envoys meet in Lakeport");
            assertThat(r.getObject(3, LocalDate.class)).isEqualTo(LocalDate.of(2031, 3, 14));
            assertThat(r.getString(4)).isEqualTo("Lakeport");
            assertThat(r.getString(5)).isEqualTo("NWA");
            assertThat(r.getString(6)).isEqualTo("annalist-0.1");
            assertThat(r.getBoolean(7)).isTrue();
        } finally {
            store = EventStore.open(dir.resolve("annalist.duckdb"));
        }
    }

    @Test
    void storesAnArticleIngestedTwiceOnlyOnce() throws Exception {
        List<EventMention> events = List.of(event("a1-e1", "a1").build());
        store.ingest(article("a1"), events);

        IngestResult again = store.ingest(article("a1"), events);

        assertThat(again.status()).isEqualTo(IngestResult.Status.DUPLICATE);
        assertThat(again.eventsStored()).isZero();
        assertThat(store.countArticles()).isEqualTo(1);
        assertThat(store.countEvents()).isEqualTo(1);
    }

    @Test
    void keepsEveryUrlAnArticleWasSeenAt() throws Exception {
        store.ingest(article("a1", "https://news.example/a1"), List.of());

        IngestResult mirror = store.ingest(article("a1", "https://mirror.example/a1"), List.of());

        assertThat(mirror.urlAdded()).isTrue();
        assertThat(store.urls("a1")).containsExactly("https://mirror.example/a1", "https://news.example/a1");
    }

    @Test
    void addsNoUrlWhenADuplicateComesFromTheSameUrl() throws Exception {
        store.ingest(article("a1"), List.of());

        IngestResult again = store.ingest(article("a1"), List.of());

        assertThat(again.urlAdded()).isFalse();
        assertThat(store.urls("a1")).containsExactly("https://news.example/a1");
    }

    @Test
    void storesAnArticleWithoutUrl() throws Exception {
        IngestResult result = store.ingest(article("a1", null), List.of());

        assertThat(result.urlAdded()).isFalse();
        assertThat(store.urls("a1")).isEmpty();
    }

    @Test
    void leavesNothingOfAnArticleWhoseEventsFailToStore() {
        // the same event id twice violates the primary key after the article row was written
        List<EventMention> clash = List.of(event("a1-e1", "a1").build(), event("a1-e1", "a1").cameo("195").build());

        assertThatThrownBy(() -> store.ingest(article("a1"), clash))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot store article a1 from fixtures/a1.txt: ")
                .hasMessageContaining("a1-e1");
        assertThat(count()).isZero();
    }

    @Test
    void storesAnArticleAfterAnEarlierAttemptWasRolledBack() throws Exception {
        List<EventMention> clash = List.of(event("a1-e1", "a1").build(), event("a1-e1", "a1").build());
        assertThatThrownBy(() -> store.ingest(article("a1"), clash)).isInstanceOf(StoreException.class);

        IngestResult retry = store.ingest(article("a1"), List.of(event("a1-e1", "a1").build()));

        assertThat(retry.status()).isEqualTo(IngestResult.Status.STORED);
        assertThat(store.countEvents()).isEqualTo(1);
    }

    @Test
    void refusesAnEventThatBelongsToAnotherArticle() throws Exception {
        Article a1 = article("a1");
        List<EventMention> foreign = List.of(event("a2-e1", "a2").build());

        assertThatThrownBy(() -> store.ingest(a1, foreign))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a2-e1 belongs to article a2");
        assertThat(store.countArticles()).isZero();
    }

    @Test
    void keepsStoredArticlesAndEventsWhenTheFileIsReopened() throws Exception {
        store.ingest(article("a1"), List.of(event("a1-e1", "a1").build()));
        store.close();

        store = EventStore.open(dir.resolve("annalist.duckdb"));

        assertThat(store.countArticles()).isEqualTo(1);
        assertThat(store.events(EventQuery.all())).extracting(StoredEvent::id).containsExactly("a1-e1");
    }

    @Test
    void recordsTheSameSkipOnlyOnce() throws Exception {
        store.recordSkip("feeds/day1.jsonl:12", "not English (az)");
        store.recordSkip("feeds/day1.jsonl:12", "not English (az)");
        store.recordSkip("feeds/day1.jsonl:13", "no article body");

        assertThat(store.skips()).extracting(Skip::origin, Skip::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("feeds/day1.jsonl:12", "not English (az)"),
                org.assertj.core.groups.Tuple.tuple("feeds/day1.jsonl:13", "no article body"));
    }

    @Test
    void timesEachSkipInUtc() throws Exception {
        java.time.Instant before = java.time.Instant.now().minusSeconds(1);
        store.recordSkip("a.html", "empty body");

        assertThat(store.skips().get(0).skippedAt()).isBetween(before, java.time.Instant.now().plusSeconds(1));
    }

    private long count() {
        try {
            return store.countArticles() + store.countEvents() + store.urls("a1").size();
        } catch (StoreException e) {
            throw new AssertionError(e);
        }
    }
}
