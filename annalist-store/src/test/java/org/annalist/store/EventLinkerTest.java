package org.annalist.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.EventMention;
import org.annalist.model.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linking stored mentions to real-world events as articles arrive, in a real DuckDB file. */
class EventLinkerTest {

    @TempDir
    Path dir;

    private static Article article(String id, String host, LocalDate published) {
        Article a = Fixtures.article(id, "https://" + host + "/" + id);
        // each outlet's report goes on in its own words, so that the two are not near duplicates of one another
        StringBuilder text = new StringBuilder(a.text());
        for (int i = 0; i < 60; i++) text.append(' ').append(id).append("word").append(i);
        return new Article(a.id(), a.url(), a.title(), published, a.language(), text.toString(), a.dateline(), a.embeds(),
                a.origin(), a.dateEvidence());
    }

    private record Report(Article article, EventMention mention) {
    }

    private static Report meeting(String article, String host, LocalDate published, LocalDate day) {
        return new Report(article(article, host, published), Fixtures.event("m-" + article, article).on(day).build());
    }

    private static List<Report> reversed(List<Report> reports) {
        List<Report> out = new ArrayList<>(reports);
        java.util.Collections.reverse(out);
        return out;
    }

    private static EventStore ingest(Path file, List<Report> reports) throws Exception {
        EventStore store = EventStore.open(file);
        for (Report r : reports) store.ingest(r.article(), List.of(r.mention()));
        return store;
    }

    private static final LocalDate MARCH_10 = LocalDate.of(2031, 3, 10);

    @Test
    void twoReportsOfOneMeetingBecomeOneEventWithBothMentions() throws Exception {
        try (EventStore store = ingest(dir.resolve("a.duckdb"), List.of(
                meeting("a1", "wire.example", LocalDate.of(2031, 3, 10), MARCH_10),
                meeting("a2", "daily.example", LocalDate.of(2031, 3, 11), MARCH_10)))) {
            assertThat(store.countMergedEvents()).isEqualTo(1);
            String id = store.mentionEventId("m-a1");
            assertThat(store.mentionEventId("m-a2")).isEqualTo(id);
            EventDetail e = store.event(id).orElseThrow();
            assertThat(e.numMentions()).isEqualTo(2);
            assertThat(e.numArticles()).isEqualTo(2);
            assertThat(e.numSources()).isEqualTo(2);
            assertThat(e.mergeReason()).contains("dyad ARMGOV-AZE", "root 04", "same place Lakeport");
            assertThat(e.mentions()).extracting(EventDetail.Mention::articleId).containsExactly("a1", "a2");
            assertThat(e.mentions()).extracting(EventDetail.Mention::outlet).containsExactly("wire.example", "daily.example");
            assertThat(e.mentions().get(0).text()).contains("met Azerbaijani envoys");
        }
    }

    @Test
    void meetingsAWeekApartStayTwoEvents() throws Exception {
        try (EventStore store = ingest(dir.resolve("a.duckdb"), List.of(
                meeting("a1", "wire.example", LocalDate.of(2031, 3, 10), MARCH_10),
                meeting("a2", "daily.example", LocalDate.of(2031, 3, 17), LocalDate.of(2031, 3, 17))))) {
            assertThat(store.countMergedEvents()).isEqualTo(2);
        }
    }

    @Test
    void theSameReportsInAnyOrderGiveTheSameIds() throws Exception {
        List<Report> reports = List.of(
                meeting("a1", "wire.example", LocalDate.of(2031, 3, 10), MARCH_10),
                meeting("a2", "daily.example", LocalDate.of(2031, 3, 11), MARCH_10),
                meeting("a3", "news.example", LocalDate.of(2031, 3, 12), MARCH_10),
                meeting("a4", "news.example", LocalDate.of(2031, 3, 18), LocalDate.of(2031, 3, 17)));
        List<String> forward;
        try (EventStore store = ingest(dir.resolve("f.duckdb"), reports)) {
            forward = List.of(store.mentionEventId("m-a1"), store.mentionEventId("m-a2"), store.mentionEventId("m-a3"),
                    store.mentionEventId("m-a4"));
        }
        try (EventStore store = ingest(dir.resolve("b.duckdb"), reversed(reports))) {
            assertThat(List.of(store.mentionEventId("m-a1"), store.mentionEventId("m-a2"), store.mentionEventId("m-a3"),
                    store.mentionEventId("m-a4"))).isEqualTo(forward);
            assertThat(forward.get(0)).isEqualTo(forward.get(2)).isNotEqualTo(forward.get(3));
        }
    }

    @Test
    void anEarlierReportArrivingLaterRenamesTheEventAndKeepsTheOldIdAsAnAlias() throws Exception {
        try (EventStore store = ingest(dir.resolve("a.duckdb"), List.of(
                meeting("a2", "daily.example", LocalDate.of(2031, 3, 11), MARCH_10)))) {
            String before = store.mentionEventId("m-a2");
            store.ingest(article("a1", "wire.example", MARCH_10),
                    List.of(Fixtures.event("m-a1", "a1").on(MARCH_10).build()));
            String after = store.mentionEventId("m-a2");
            assertThat(after).isNotEqualTo(before).isEqualTo(store.mentionEventId("m-a1"));
            EventDetail e = store.event(before).orElseThrow();
            assertThat(e.id()).isEqualTo(after);
            assertThat(e.requestedId()).isEqualTo(before);
            assertThat(e.aliases()).containsExactly(before);
            assertThat(e.history()).extracting(EventDetail.Change::field).contains("merged");
        }
    }

    @Test
    void aLaterArticleThatSharpensTheDateKeepsTheIdAndRecordsTheChange() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("a.duckdb"))) {
            store.ingest(article("a1", "wire.example", LocalDate.of(2031, 3, 14)), List.of(Fixtures.event("m-a1", "a1")
                    .during("2031-W11", LocalDate.of(2031, 3, 10), LocalDate.of(2031, 3, 16), Precision.WEEK).build()));
            String id = store.mentionEventId("m-a1");
            store.ingest(article("a2", "daily.example", LocalDate.of(2031, 3, 15)),
                    List.of(Fixtures.event("m-a2", "a2").on(LocalDate.of(2031, 3, 12)).build()));
            assertThat(store.mentionEventId("m-a2")).isEqualTo(id);
            EventDetail e = store.event(id).orElseThrow();
            assertThat(e.dateBegin()).isEqualTo(LocalDate.of(2031, 3, 12));
            assertThat(e.datePrecision()).isEqualTo("day");
            assertThat(e.history()).extracting(EventDetail.Change::field)
                    .contains("date_begin", "date_end", "date_precision");
            assertThat(e.history()).filteredOn(c -> c.field().equals("date_begin"))
                    .extracting(EventDetail.Change::oldValue, EventDetail.Change::newValue, EventDetail.Change::articleId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("2031-03-10", "2031-03-12", "a2"));
        }
    }

    @Test
    void linksTheMentionsOfAStoreWrittenBeforeEventsWereMerged() throws Exception {
        Path file = dir.resolve("a.duckdb");
        String id;
        try (EventStore store = ingest(file, List.of(
                meeting("a1", "wire.example", LocalDate.of(2031, 3, 10), MARCH_10),
                meeting("a2", "daily.example", LocalDate.of(2031, 3, 11), MARCH_10)))) {
            id = store.mentionEventId("m-a1");
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE event_mentions SET event_id = NULL");
            s.execute("DELETE FROM events");
        }
        try (EventStore store = EventStore.open(file)) {
            assertThat(store.linkPendingMentions()).isEqualTo(2);
            assertThat(store.mentionEventId("m-a1")).isEqualTo(id);
            assertThat(store.mentionEventId("m-a2")).isEqualTo(id);
            assertThat(store.countMergedEvents()).isEqualTo(1);
            assertThat(store.linkPendingMentions()).isZero();
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT num_mentions, num_sources FROM events")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getInt(1)).isEqualTo(2);
            assertThat(r.getInt(2)).isEqualTo(2);
        }
    }

    @Test
    void aNearDuplicateArticleCountsAsTheSourceItCopies() throws Exception {
        Path file = dir.resolve("a.duckdb");
        try (EventStore store = ingest(file, List.of(
                meeting("a1", "wire.example", LocalDate.of(2031, 3, 10), MARCH_10),
                meeting("a2", "daily.example", LocalDate.of(2031, 3, 11), MARCH_10)))) {
            assertThat(store.event(store.mentionEventId("m-a1")).orElseThrow().numSources()).isEqualTo(2);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE articles SET near_duplicate_of = 'a1' WHERE id = 'a2'");
            s.execute("UPDATE event_mentions SET event_id = NULL");
            s.execute("DELETE FROM events");
        }
        try (EventStore store = EventStore.open(file)) {
            store.linkPendingMentions();
            EventDetail e = store.event(store.mentionEventId("m-a1")).orElseThrow();
            assertThat(e.numArticles()).isEqualTo(2);
            assertThat(e.numSources()).isEqualTo(1);
            assertThat(e.mentions()).extracting(EventDetail.Mention::nearDuplicateOf).containsExactly(null, "a1");
        }
    }

    @Test
    void anUnknownIdIsNoEvent() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("a.duckdb"))) {
            assertThat(store.event("ev-0000000000000000")).isEmpty();
        }
    }
}
