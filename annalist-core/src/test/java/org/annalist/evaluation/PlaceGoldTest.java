package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceGoldTest {

    @TempDir
    Path dir;

    private Path write(String... lines) throws IOException {
        Path f = dir.resolve("t.places.jsonl");
        Files.write(f, List.of(lines));
        return f;
    }

    @Test
    void readsPlacesWithAndWithoutPoints() throws Exception {
        Path f = write("""
                {"id": "x1", "date": "2023-03-14", "text": "Snow closed roads near Brenn and in Ostmark.", "places": [\
                {"start": 36, "end": 43, "text": "Ostmark", "geonameid": 42, "lat": 50.5, "lon": 10.25, "type": "Literal"},\
                {"start": 23, "end": 28, "text": "Brenn", "geonameid": null, "lat": null, "lon": null}]}""", "");

        List<PlaceGoldRecord> records = PlaceGold.read(f);

        assertThat(records).hasSize(1);
        PlaceGoldRecord r = records.get(0);
        assertThat(r.date()).hasToString("2023-03-14");
        assertThat(r.places()).extracting(GoldPlace::text).containsExactly("Brenn", "Ostmark");
        assertThat(r.places().get(0).hasPoint()).isFalse();
        assertThat(r.places().get(1).geonameid()).isEqualTo(42L);
        assertThat(r.places().get(1).lon()).isEqualTo(10.25);
        assertThat(r.places().get(1).type()).isEqualTo("Literal");
    }

    @Test
    void refusesAPlaceWhoseOffsetsDoNotHoldItsText() throws Exception {
        Path f = write("""
                {"id": "x1", "date": null, "text": "Snow in Ostmark.", "places": [\
                {"start": 7, "end": 14, "text": "Ostmark", "geonameid": null, "lat": null, "lon": null}]}""");

        assertThatThrownBy(() -> PlaceGold.read(f)).isInstanceOf(GoldFileException.class)
                .hasMessageContaining("line 1").hasMessageContaining("do not hold its text \"Ostmark\"");
    }

    @Test
    void refusesALatitudeWithoutALongitude() throws Exception {
        Path f = write("""
                {"id": "x1", "date": null, "text": "Snow in Ostmark.", "places": [\
                {"start": 8, "end": 15, "text": "Ostmark", "geonameid": null, "lat": 50.0, "lon": null}]}""");

        assertThatThrownBy(() -> PlaceGold.read(f)).isInstanceOf(GoldFileException.class)
                .hasMessageContaining("only one of \"lat\" and \"lon\"");
    }
}
