package org.annalist.store;

import static org.annalist.store.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.annalist.model.EventMention;
import org.junit.jupiter.api.Test;

class StoredEventFormatTest {

    private static StoredEvent stored(Fixtures.Event e) {
        return StoredEvent.of(e.build(), CodeInfo.UNKNOWN);
    }

    private static StoredEvent withEvidence(String evidence) {
        EventMention m = event("e1", "a1").build();
        EventMention changed = new EventMention(m.id(), m.articleId(), m.sentence(), m.cameo(), m.plover(), m.modality(),
                m.attribution(), m.reciprocal(), m.fatalities(), m.trigger(), m.source(), m.target(), m.date(), m.place(),
                evidence, m.rule(), m.confidence(), m.coderVersion());
        return StoredEvent.of(changed, CodeInfo.UNKNOWN);
    }

    @Test
    void tableHasAHeaderARuleAndOneLinePerEvent() {
        String table = StoredEventFormat.table(List.of(stored(event("e1", "a1")), stored(event("e2", "a1"))));

        List<String> lines = table.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("date").contains("cameo", "source", "target", "modality", "place", "evidence");
        assertThat(lines.get(1)).matches("[- ]+");
    }

    @Test
    void tableAlignsColumns() {
        String table = StoredEventFormat.table(List.of(
                stored(event("e1", "a1").source("ARMGOVMILITARY")), stored(event("e2", "a1").source("RUS"))));

        List<String> lines = table.lines().toList();
        int targetColumn = lines.get(0).indexOf("target");
        assertThat(lines.get(2).substring(targetColumn)).startsWith("AZE");
        assertThat(lines.get(3).substring(targetColumn)).startsWith("AZE");
    }

    @Test
    void tableShowsTheDateCodesActorsAndPlaceOfAnEvent() {
        String row = StoredEventFormat.table(List.of(stored(event("e1", "a1").cameo("190").fatalities(2))))
                .lines().toList().get(2);

        assertThat(row).contains("2031-03-10", "190", "ARMGOV", "AZE", "asserted", "2", "Lakeport (LP)", "a1");
    }

    @Test
    void tableQuotesTheWordsOfAnUncodedActor() {
        String table = StoredEventFormat.table(List.of(stored(event("e1", "a1").uncodedSource("the rebels"))));

        assertThat(table).contains("\"the rebels\"");
    }

    @Test
    void tableCutsLongEvidenceToOneShortLine() {
        String table = StoredEventFormat.table(List.of(withEvidence("A very long sentence\nthat goes on " + "and on ".repeat(20))));

        String row = table.lines().toList().get(2);
        assertThat(table.lines()).hasSize(3);
        assertThat(row).endsWith("…").contains("A very long sentence that goes on");
    }

    @Test
    void tableOfNoEventsIsJustTheHeader() {
        assertThat(StoredEventFormat.table(List.of()).lines()).hasSize(2);
    }

    @Test
    void csvStartsWithAHeaderOfEveryColumn() {
        String header = StoredEventFormat.csv(List.of()).lines().findFirst().orElseThrow();

        assertThat(header).isEqualTo(StoredEvent.COLUMNS.stream().map(StoredEvent.Column::name).collect(Collectors.joining(",")));
    }

    @Test
    void csvEndsRecordsWithCrLf() {
        String csv = StoredEventFormat.csv(List.of(stored(event("e1", "a1"))));

        assertThat(csv).endsWith("\r\n").doesNotContain("\n\n");
        assertThat(csv.split("\r\n")).hasSize(2);
    }

    @Test
    void csvQuotesFieldsWithCommasQuotesAndLineBreaksAndDoublesQuotes() {
        String csv = StoredEventFormat.csv(List.of(withEvidence("He said, \"we will\nrespond\".")));

        assertThat(csv).contains(",\"He said, \"\"we will\nrespond\"\".\",");
    }

    @Test
    void csvWritesNullAsAnEmptyField() {
        String record = StoredEventFormat.csv(List.of(stored(event("e1", "a1")))).split("\r\n")[1];

        // goldstein and quad_class are unknown without code values
        assertThat(record).startsWith("e1,a1,0,040,04,CONSULT,,,asserted,");
    }

    @Test
    void jsonIsAnArrayOfObjectsWithEveryColumn() throws Exception {
        String json = StoredEventFormat.json(List.of(stored(event("e1", "a1")), stored(event("e2", "a1"))));

        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.isArray()).isTrue();
        assertThat(root).hasSize(2);
        List<String> keys = new java.util.ArrayList<>();
        root.get(0).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyElementsOf(StoredEvent.COLUMNS.stream().map(StoredEvent.Column::name).toList());
    }

    @Test
    void jsonWritesDatesAsIsoStringsNumbersAsNumbersAndNullAsNull() throws Exception {
        JsonNode e = new ObjectMapper().readTree(StoredEventFormat.json(List.of(stored(event("e1", "a1").fatalities(3)
                .on(LocalDate.of(2031, 3, 10)))))).get(0);

        assertThat(e.get("date_begin").asText()).isEqualTo("2031-03-10");
        assertThat(e.get("fatalities").isInt()).isTrue();
        assertThat(e.get("fatalities").asInt()).isEqualTo(3);
        assertThat(e.get("place_lat").asDouble()).isEqualTo(41.5);
        assertThat(e.get("reciprocal").isBoolean()).isTrue();
        assertThat(e.get("goldstein").isNull()).isTrue();
    }

    @Test
    void jsonOfNoEventsIsAnEmptyArray() throws Exception {
        assertThat(new ObjectMapper().readTree(StoredEventFormat.json(List.of())).size()).isZero();
    }
}
