package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeGoldTest {

    @TempDir
    Path dir;

    private Path write(String... lines) throws IOException {
        Path file = dir.resolve("sample.times.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    @Test
    void readsTimexesWithTheirExtraAttributes() throws Exception {
        Path file = write("{\"id\": \"d1\", \"dct\": \"2001-02-03\", \"text\": \"It rained last week.\", \"timexes\": ["
                + "{\"start\": 10, \"end\": 19, \"text\": \"last week\", \"type\": \"DATE\", \"value\": \"2001-W04\","
                + " \"tid\": \"t1\"}]}");

        TimeGoldRecord r = TimeGold.read(file).get(0);

        assertThat(r.dct()).isEqualTo(LocalDate.of(2001, 2, 3));
        assertThat(r.timexes()).containsExactly(new GoldTimex(10, 19, "last week", "DATE", "2001-W04",
                java.util.Map.of("tid", "t1")));
    }

    @Test
    void refusesOffsetsThatDoNotHoldTheTimexText() throws Exception {
        Path file = write("{\"id\": \"d1\", \"dct\": null, \"text\": \"It rained last week.\", \"timexes\": ["
                + "{\"start\": 9, \"end\": 18, \"text\": \"last week\", \"type\": \"DATE\", \"value\": \"2001-W04\"}]}");

        assertThatThrownBy(() -> TimeGold.read(file))
                .isInstanceOf(GoldFileException.class)
                .hasMessageContaining("line 1").hasMessageContaining("offsets");
    }

    @Test
    void readsTheTempEvalPlatinumSet() throws Exception {
        String root = System.getProperty("annalist.shared");
        assumeTrue(root != null, "annalist.shared not set");
        Path file = Path.of(root, "eval/time/te3-platinum.times.jsonl");
        assumeTrue(Files.exists(file), file + " missing");

        List<TimeGoldRecord> records = TimeGold.read(file);

        assertThat(records).hasSize(20);
        assertThat(records.stream().mapToInt(r -> r.timexes().size()).sum()).isEqualTo(138);
    }
}
