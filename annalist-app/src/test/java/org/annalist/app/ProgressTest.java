package org.annalist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void showsCountsRateAndEtaOnATerminalAndNothingWhenPiped() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        Progress shown = new Progress(new PrintStream(terminal, true, StandardCharsets.UTF_8), true);
        shown.update(40, 120, 3, 100);
        String line = terminal.toString(StandardCharsets.UTF_8);
        assertThat(line).startsWith("\r40 documents, ").contains(" docs/s, 120 events, 3 skipped, ETA ");
        shown.update(50, 130, 3, -1);
        shown.done();

        ByteArrayOutputStream piped = new ByteArrayOutputStream();
        Progress quiet = new Progress(new PrintStream(piped, true, StandardCharsets.UTF_8), false);
        quiet.update(40, 120, 3, 100);
        quiet.done();
        assertThat(piped.size()).isZero();
    }

    @Test
    void noEtaWhenTheTotalIsUnknown() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        new Progress(new PrintStream(terminal, true, StandardCharsets.UTF_8), true).update(7, 0, 0, -1);
        assertThat(terminal.toString(StandardCharsets.UTF_8)).contains("7 documents").doesNotContain("ETA");
    }
}
