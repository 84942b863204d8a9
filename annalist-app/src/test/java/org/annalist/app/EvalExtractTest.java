package org.annalist.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annalist eval extract} on a two-page benchmark folder in the Zyte layout. */
class EvalExtractTest {

    static final String BRIDGE = "The city council of Fredonia voted on Tuesday to close the old harbour bridge for "
            + "repairs. Engineers had warned in March that the pillars were failing, and the mayor said the work "
            + "would take until the autumn.";
    static final String TALKS = "Foreign ministers of Sylvania and Fredonia met in Geneva on Monday to resume talks "
            + "on the disputed border. Both sides called the meeting constructive and agreed to meet again in May.";

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeBenchmark() throws IOException {
        writeBenchmark(dir);
    }

    static void writeBenchmark(Path dir) throws IOException {
        Files.writeString(dir.resolve("ground-truth.json"), """
                {"bridge": {"articleBody": "%s", "url": "https://news.example.org/bridge"},
                 "talks": {"articleBody": "%s", "url": "https://news.example.org/talks"}}""".formatted(BRIDGE, TALKS));
        page(dir, "bridge", "Bridge to close", BRIDGE);
        page(dir, "talks", "Talks resume", TALKS);
    }

    private static void page(Path dir, String id, String title, String body) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        String html = """
                <!doctype html><html><head><meta charset="utf-8"><title>%s</title></head><body>
                <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
                <article><h1>%s</h1><p>%s</p></article>
                <footer><p>Copyright 2024 Example News. All rights reserved.</p></footer></body></html>"""
                .formatted(title, title, body);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/" + id + ".html.gz")))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void printsPagesPrecisionRecallF1AndSpeedAsATable() {
        Cli.Result r = Cli.run("eval", "extract", "--dir", dir.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 pages", "precision", "recall", "F1", "pages/s", "annalist", "Worst pages");
    }

    @Test
    void printsOneJsonObjectWithTheFiguresKeys() throws Exception {
        Cli.Result r = Cli.run("eval", "extract", "--dir", dir.toString(), "--json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertThat(n.fieldNames()).toIterable().containsExactly("pages", "precision", "recall", "f1", "pages_per_second");
        assertThat(n.get("pages").asInt()).isEqualTo(2);
        assertThat(n.get("f1").asDouble()).isGreaterThan(0.9);
        assertThat(n.get("pages_per_second").asDouble()).isPositive();
    }

    @Test
    void aFolderWithoutGroundTruthFailsWithOneLineNamingTheFile(@TempDir Path empty) {
        Cli.Result r = Cli.run("eval", "extract", "--dir", empty.toString());

        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err().strip()).doesNotContain("\n").contains("ground-truth.json");
    }

    @Test
    void anUnknownComparisonSystemIsRefused() {
        Cli.Result r = Cli.run("eval", "extract", "--dir", dir.toString(), "--compare", "boilerpipe");

        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("readability");
    }
}
