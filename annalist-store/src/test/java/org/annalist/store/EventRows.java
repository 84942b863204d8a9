package org.annalist.store;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Collectors;
import org.annalist.model.Modality;
import org.annalist.model.Precision;
import org.annalist.ontology.CameoCatalog;
import org.annalist.ontology.CameoCode;

/** Rows of the events table written for these tests, with sensible defaults; change what a test is about. */
final class EventRows {

    private EventRows() {
    }

    static Row row(String id) {
        return new Row(id);
    }

    static void insert(EventStore store, Row... rows) throws StoreException {
        String sql = "INSERT INTO events (" + EventSearch.COLUMNS + ") VALUES ("
                + EventRecord.COLUMNS.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        store.onConnection("insert test events", c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (Row r : rows) {
                    EventRecord e = r.build();
                    for (int i = 0; i < EventRecord.COLUMNS.size(); i++) {
                        p.setObject(i + 1, EventRecord.COLUMNS.get(i).value().apply(e));
                    }
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    static final class Row {
        private final String id;
        String cameo = "042";
        String plover = "CONSULT";
        Integer quad = 1;
        Double goldstein = 1.9;
        String source = "FRAGOV";
        String target = "DEUGOV";
        LocalDate begin = LocalDate.of(2031, 3, 10);
        LocalDate end = LocalDate.of(2031, 3, 10);
        Precision datePrecision = Precision.DAY;
        String placeName = "Paris";
        String placeCountry = "FR";
        Double lat = 48.8566;
        Double lon = 2.3522;
        Modality modality = Modality.ASSERTED;
        Integer fatalities;
        int mentions = 1;
        int sources = 1;
        int articles = 1;
        // views: by default what the CAMEO code alone gives, as the linker would store them without cue words
        boolean ownViews;
        String ploverMode;
        String acledType;
        String acledSubType;

        private Row(String id) {
            this.id = id;
        }

        Row cameo(String cameo, String plover, int quad) {
            this.cameo = cameo;
            this.plover = plover;
            this.quad = quad;
            return this;
        }

        Row dyad(String source, String target) {
            this.source = source;
            this.target = target;
            return this;
        }

        Row on(LocalDate begin, LocalDate end) {
            this.begin = begin;
            this.end = end;
            return this;
        }

        Row at(String name, String country, Double lat, Double lon) {
            this.placeName = name;
            this.placeCountry = country;
            this.lat = lat;
            this.lon = lon;
            return this;
        }

        Row modality(Modality m) {
            this.modality = m;
            return this;
        }

        Row views(String ploverMode, String acledType, String acledSubType) {
            this.ploverMode = ploverMode;
            this.acledType = acledType;
            this.acledSubType = acledSubType;
            this.ownViews = true;
            return this;
        }

        Row fatalities(Integer n) {
            this.fatalities = n;
            return this;
        }

        Row counts(int mentions, int sources, int articles) {
            this.mentions = mentions;
            this.sources = sources;
            this.articles = articles;
            return this;
        }

        EventRecord build() {
            LocalDateTime seen = LocalDateTime.of(2031, 3, 11, 8, 15);
            CameoCode code = CameoCatalog.load().get(cameo.length() == 2 ? cameo + "0" : cameo).orElse(null);
            if (!ownViews && code != null) {
                ploverMode = code.ploverMode();
                acledType = modality.happened() ? code.acledType() : null;
                acledSubType = modality.happened() ? code.acledSubType() : null;
            }
            return new EventRecord(id, cameo, cameo.substring(0, 2), plover, quad, goldstein, false, modality,
                    source, source == null ? null : source.substring(0, 3), target,
                    target == null ? null : target.substring(0, 3), begin, end, datePrecision,
                    placeName, placeCountry, null, lat, lon, placeName == null ? null : Precision.EXACT, fatalities,
                    mentions, sources, articles, 0.6, "test", seen, seen, ploverMode,
                    org.annalist.ontology.EventViews.auxMode(modality), null, acledType, acledSubType,
                    code == null ? null : code.penta());
        }
    }
}
