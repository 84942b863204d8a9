package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventGoldTest {

    @TempDir
    Path dir;

    private Path write(String... lines) throws IOException {
        Path file = dir.resolve("sample.events.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    @Test
    void readsRecordFieldsAndTags() throws Exception {
        Path file = write("{\"id\": \"r1\", \"date\": \"2001-02-03\", \"text\": \"Veldor thanked Ostmark.\","
                + " \"dictionaries\": null, \"tags\": [\"a\", \"b\"],"
                + " \"events\": [{\"source\": \"VEL\", \"target\": \"OST\", \"cameo\": \"051\"}]}");

        GoldRecord r = EventGold.read(file).get(0);

        assertThat(r.id()).isEqualTo("r1");
        assertThat(r.date()).isEqualTo(LocalDate.of(2001, 2, 3));
        assertThat(r.text()).isEqualTo("Veldor thanked Ostmark.");
        assertThat(r.dictionaries()).isNull();
        assertThat(r.tags()).containsExactly("a", "b");
        assertThat(r.events()).hasSize(1);
        assertThat(r.events().get(0).get("cameo")).isEqualTo("051");
    }

    @Test
    void keepsNullOptionalAndUnknownFieldsInFileOrder() throws Exception {
        Path file = write("{\"id\": \"r1\", \"date\": null, \"text\": \"t\", \"tags\": [], \"events\": ["
                + "{\"plover\": null, \"fatalities\": 4, \"event_date\": \"2001-02-03\", \"mood\": \"grim\"}]}");

        GoldEvent e = EventGold.read(file).get(0).events().get(0);

        assertThat(e.fields()).containsKeys("plover", "fatalities", "event_date", "mood");
        assertThat(e.fields().keySet()).containsExactly("plover", "fatalities", "event_date", "mood");
        assertThat(e.get("plover")).isNull();
        assertThat(e.get("fatalities")).isEqualTo(4);
        assertThat(e.get("mood")).isEqualTo("grim");
        assertThat(e.scoredFields()).containsExactly("event_date", "fatalities", "mood");
    }

    @Test
    void resolvesDictionariesAgainstTheGoldFilesFolder() throws Exception {
        Path file = write("{\"id\": \"r1\", \"date\": null, \"text\": \"t\", \"dictionaries\": \"dicts\","
                + " \"tags\": [], \"events\": []}");

        GoldRecord r = EventGold.read(file).get(0);

        assertThat(r.dictionaries()).isEqualTo(dir.toAbsolutePath().resolve("dicts"));
    }

    @Test
    void readsEmptyEventListAsNoEventRecord() throws Exception {
        Path file = write("{\"id\": \"r1\", \"date\": null, \"text\": \"t\", \"tags\": [], \"events\": []}");

        assertThat(EventGold.read(file).get(0).expectsNoEvent()).isTrue();
    }

    @Test
    void skipsBlankLines() throws Exception {
        Path file = write("{\"id\": \"r1\", \"text\": \"t\", \"events\": []}", "",
                "{\"id\": \"r2\", \"text\": \"u\", \"events\": []}");

        assertThat(EventGold.read(file)).extracting(GoldRecord::id).containsExactly("r1", "r2");
    }

    @Test
    void namesTheLineOfMalformedJson() throws Exception {
        Path file = write("{\"id\": \"r1\", \"text\": \"t\", \"events\": []}", "{\"id\": \"r2\", \"text\": ");

        assertThatThrownBy(() -> EventGold.read(file))
                .isInstanceOf(GoldFileException.class)
                .hasMessageContaining("sample.events.jsonl line 2");
    }

    @Test
    void refusesARecordWithoutEvents() throws Exception {
        Path file = write("{\"id\": \"r1\", \"text\": \"t\"}");

        assertThatThrownBy(() -> EventGold.read(file))
                .isInstanceOf(GoldFileException.class)
                .hasMessageContaining("line 1").hasMessageContaining("\"events\"");
    }

    @Test
    void refusesANonIntegerFatalityCount() throws Exception {
        Path file = write("{\"id\": \"r1\", \"text\": \"t\", \"events\": [{\"fatalities\": \"many\"}]}");

        assertThatThrownBy(() -> EventGold.read(file))
                .isInstanceOf(GoldFileException.class)
                .hasMessageContaining("line 1").hasMessageContaining("fatalities");
    }

    @Test
    void refusesAStoryDateThatIsNotIso() throws Exception {
        Path file = write("{\"id\": \"r1\", \"date\": \"03/02/2001\", \"text\": \"t\", \"events\": []}");

        assertThatThrownBy(() -> EventGold.read(file))
                .isInstanceOf(GoldFileException.class)
                .hasMessageContaining("\"date\"");
    }

    @Test
    void refusesDuplicateIds() throws Exception {
        Path file = write("{\"id\": \"r1\", \"text\": \"t\", \"events\": []}",
                "{\"id\": \"r1\", \"text\": \"u\", \"events\": []}");

        assertThatThrownBy(() -> EventGold.read(file))
                .isInstanceOf(GoldFileException.class)
                .hasMessageContaining("line 2").hasMessageContaining("duplicate id");
    }

    @Test
    void reportsAMissingFileAsGoldError() {
        assertThatThrownBy(() -> EventGold.read(dir.resolve("absent.jsonl")))
                .isInstanceOf(GoldFileException.class)
                .hasMessageContaining("absent.jsonl");
    }
}
