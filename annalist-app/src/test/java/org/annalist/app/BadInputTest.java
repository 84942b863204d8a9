package org.annalist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken inputs: a one-line message from analyze, a recorded skip from ingest, and the batch goes on. */
class BadInputTest {

    @TempDir
    static Path dir;
    static Path empty;
    static Path binary;
    static Path huge;
    static Path latin1;
    static Path foreign;
    static Path good;

    @BeforeAll
    static void writeInputs() throws IOException {
        Path in = Files.createDirectories(dir.resolve("inbox"));
        empty = Files.writeString(in.resolve("a-empty.txt"), "");
        byte[] bin = new byte[4096];
        for (int i = 0; i < bin.length; i++) bin[i] = (byte) (i * 31);
        binary = Files.write(in.resolve("b-binary.txt"), bin);
        huge = in.resolve("c-huge.txt");
        try (OutputStream out = Files.newOutputStream(huge)) {
            byte[] line = "The council met again on Tuesday and agreed to meet again next week.\n".getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < 50L * 1024 * 1024; n += line.length) out.write(line);
        }
        // windows-1252 bytes, invalid as UTF-8: "café" with 0xE9
        latin1 = Files.write(in.resolve("d-latin1.txt"),
                "Freedonian police arrested two protesters outside the caf\u00e9 on Monday, officials said."
                        .getBytes(StandardCharsets.ISO_8859_1));
        foreign = Files.writeString(in.resolve("e-foreign.txt"),
                "Der Rat der Stadt hat am Dienstag beschlossen, die Brücke über den Fluss bis zum Herbst zu sperren, "
                        + "weil die Arbeiten an den Pfeilern länger dauern als geplant und die Kosten gestiegen sind.");
        good = Files.writeString(in.resolve("f-good.txt"),
                "Freedonia's foreign minister met his Sylvanian counterpart in Geneva on Monday.");
    }

    @Test
    void analyzeRefusesAnEmptyFileWithOneLine() {
        assertRefused(Cli.run("analyze", empty.toString()), "empty");
    }

    @Test
    void analyzeRefusesABinaryFileWithOneLine() {
        assertRefused(Cli.run("analyze", binary.toString()), "binary");
    }

    @Test
    void analyzeRefusesAFiftyMegabyteFileWithOneLine() {
        assertRefused(Cli.run("analyze", huge.toString()), "too large");
    }

    @Test
    void analyzeRefusesANonEnglishArticleWithOneLine() {
        assertRefused(Cli.run("analyze", foreign.toString()), "English");
    }

    @Test
    void analyzeReadsInvalidUtf8AsWindows1252() {
        Cli.Result r = Cli.run("analyze", latin1.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("café");
    }

    @Test
    void analyzeSaysWhenTheFileDoesNotExist() {
        assertRefused(Cli.run("analyze", dir.resolve("missing.txt").toString()), "no such file");
    }

    @Test
    void ingestRecordsEachRefusalAndStoresTheRest() {
        String db = dir.resolve("bad.duckdb").toString();
        Cli.Result r = Cli.run("ingest", dir.resolve("inbox").toString(), "--db", db);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 stored", "4 skipped");
        Cli.Result skips = Cli.run("skips", "--db", db);
        assertThat(skips.out()).contains("a-empty.txt", "b-binary.txt", "c-huge.txt", "e-foreign.txt");
        assertThat(skips.out()).doesNotContain("f-good.txt", "d-latin1.txt");
        // the skips are recorded once however often the batch is re-run
        Cli.run("ingest", dir.resolve("inbox").toString(), "--db", db);
        Cli.Result again = Cli.run("skips", "--db", db);
        assertThat(again.out().lines().filter(l -> l.contains("b-binary.txt")).count()).isEqualTo(1);
    }

    private static void assertRefused(Cli.Result r, String reason) {
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("annalist: cannot analyze").containsIgnoringCase(reason);
    }
}
