package org.annalist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ingest with SIGKILL half-way and checks that the store holds whole articles only, each with its
 * mentions linked to consistent events, and that running the same ingest again completes it without duplicates.
 */
class IngestKillTest {

    @TempDir
    Path dir;

    /** The dedup evaluation articles twice over, the second time as updates, so that every body is new. */
    private Path manyArticles() throws Exception {
        Path source = Path.of(getClass().getClassLoader().getResource("dedup/articles.jsonl").toURI());
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(lines);
        for (String line : lines) {
            out.add(line.replace("\"id\": \"a", "\"id\": \"update-a").replace("\"text\": \"", "\"text\": \"Update: "));
        }
        Path file = dir.resolve("many.jsonl");
        Files.write(file, out, StandardCharsets.UTF_8);
        return file;
    }

    private Process ingest(Path input, Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", input.toString(), "--db", db.toString(), "--threads", "1");
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("child-" + System.nanoTime() + ".log").toFile());
        return pb.start();
    }

    @Test
    void aKilledIngestLeavesWholeArticlesAndARerunCompletesWithoutDuplicates() throws Exception {
        Path input = manyArticles();
        Path db = dir.resolve("store.duckdb");
        File wal = new File(db + ".wal");

        Process child = ingest(input, db);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        // the schema is written at open; articles follow once CoreNLP has loaded: wait for several commits
        while (!wal.exists() && child.isAlive() && System.nanoTime() < deadline) Thread.sleep(100);
        Thread.sleep(1000);
        long size = wal.length();
        int growths = 0;
        while (growths < 8 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            if (wal.length() > size) {
                size = wal.length();
                growths++;
            }
        }
        assertThat(child.isAlive()).as("the ingest is still running when it is killed").isTrue();
        new ProcessBuilder("kill", "-9", Long.toString(child.pid())).start().waitFor();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(137);

        long storedBeforeKill;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            storedBeforeKill = count(c, "SELECT count(*) FROM articles");
            assertThat(storedBeforeKill).isBetween(1L, 87L);
            assertConsistent(c);
        }
        System.out.println("ingest killed with SIGKILL after " + storedBeforeKill + " of 88 articles; store consistent");

        Process rerun = ingest(input, db);
        assertThat(rerun.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(rerun.exitValue()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            assertThat(count(c, "SELECT count(*) FROM articles")).isEqualTo(88);
            assertThat(count(c, "SELECT count(DISTINCT origin) FROM articles")).isEqualTo(88);
            assertConsistent(c);
        }
    }

    /** Whole articles only: every mention has its article and its event, and every event counts its mentions. */
    private static void assertConsistent(Connection c) throws Exception {
        assertThat(count(c, "SELECT count(*) FROM event_mentions m LEFT JOIN articles a ON a.id = m.article_id "
                + "WHERE a.id IS NULL")).as("mentions without an article").isZero();
        assertThat(count(c, "SELECT count(*) FROM event_mentions WHERE event_id IS NULL")).as("unlinked mentions").isZero();
        assertThat(count(c, "SELECT count(*) FROM event_mentions m LEFT JOIN events e ON e.id = m.event_id "
                + "WHERE e.id IS NULL")).as("mentions of a missing event").isZero();
        assertThat(count(c, "SELECT count(*) FROM events e WHERE num_mentions <> "
                + "(SELECT count(*) FROM event_mentions m WHERE m.event_id = e.id)")).as("miscounted events").isZero();
        assertThat(count(c, "SELECT count(*) FROM (SELECT id FROM event_mentions GROUP BY id HAVING count(*) > 1)"))
                .as("duplicate mentions").isZero();
        assertThat(count(c, "SELECT count(*) FROM event_mentions")).isPositive();
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
