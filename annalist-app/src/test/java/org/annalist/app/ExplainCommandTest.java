package org.annalist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annalist explain} shows, sentence by sentence, the parse, the actors and why events were coded or not. */
class ExplainCommandTest {

    @TempDir
    Path dir;

    @Test
    void explainsACodedSentenceAndASentenceWithoutEvent() throws Exception {
        Path dicts = Files.createDirectories(dir.resolve("dicts"));
        Files.writeString(dicts.resolve("my.actors.txt"), "FREEDONIA [FRD]\n+FREEDONIAN\nSYLVANIA [SYL]\n");
        Files.writeString(dicts.resolve("my.agents.txt"), "WARDEN [~GOV]\n");
        Cli.Result r = Cli.run("explain",
                "The Freedonian warden accused Sylvania of shelling border villages on Monday. It rained all day.",
                "--date", "2024-05-14", "--dictionaries", dicts.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        String out = r.out();
        String first = out.substring(out.indexOf("sentence 0:"), out.indexOf("sentence 1:"));
        String second = out.substring(out.indexOf("sentence 1:"));
        // the parse: each token with its part of speech and its governor
        assertThat(first).contains("parse:", "accused", "VB", "nsubj of 3 accused");
        // the actors found, with their codes
        assertThat(first).contains("warden' FRDGOV", "'Sylvania' SYL");
        // the coder's decisions: the trigger considered and the event it emitted
        assertThat(first).contains("trigger 'accused' -> 112", "event 112 FRDGOV -> SYL");
        // the emitted event with its views and their basis
        assertThat(first).contains("#1 112", "PLOVER ACCUSE mode allege", "QuadClass verbal conflict",
                "penta 3 verbal conflict", "because plover: ");
        assertThat(second).contains("actors: none", "events: none", "coder:");
        assertThat(r.out()).startsWith("date 2024-05-14");
    }

    @Test
    void refusesAnEmptyText() {
        Cli.Result r = Cli.run("explain", "  ");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("annalist: ").contains("empty");
    }
}
