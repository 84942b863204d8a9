package org.annalist.store;

import java.time.LocalDate;
import java.util.List;
import org.annalist.model.Actor;
import org.annalist.model.Article;
import org.annalist.model.Dateline;
import org.annalist.model.EventDate;
import org.annalist.model.EventMention;
import org.annalist.model.EventPlace;
import org.annalist.model.Modality;
import org.annalist.model.Precision;
import org.annalist.model.Span;

/** Articles and event mentions written for these tests. */
final class Fixtures {

    static final String TEXT = "Lakeport, 14 March 2031 (NWA): The foreign minister of Armenia met Azerbaijani envoys "
            + "in Lakeport on Monday. Troops shelled a border village last week, killing two.";

    private Fixtures() {
    }

    static Article article(String id) {
        return article(id, "https://news.example/" + id);
    }

    static Article article(String id, String url) {
        return new Article(id, url, "Envoys meet in Lakeport", LocalDate.of(2031, 3, 14), "en", TEXT,
                new Dateline("Lakeport", LocalDate.of(2031, 3, 14), "NWA", 0, 31, 0, 8), null,
                        "fixtures/" + id + ".txt", List.of());
    }

    static Event event(String id, String articleId) {
        return new Event(id, articleId);
    }

    /** A mention with sensible defaults; change what a test is about. */
    static final class Event {
        private final String id;
        private final String articleId;
        private String cameo = "040";
        private Actor source = new Actor("ARMGOV", "The foreign minister of Armenia", 31, 62);
        private Actor target = new Actor("AZE", "Azerbaijani envoys", 67, 85);
        private LocalDate begin = LocalDate.of(2031, 3, 10);
        private LocalDate end = LocalDate.of(2031, 3, 10);
        private String dateValue = "2031-03-10";
        private Precision datePrecision = Precision.DAY;
        private EventPlace place = new EventPlace("Lakeport", "LP", 9_000_001L, 41.5, 44.75, Precision.EXACT, "sentence",
                new Span("Lakeport", 89, 97));
        private Modality modality = Modality.ASSERTED;
        private Integer fatalities;
        private String plover = "CONSULT";
        private String evidence = "The foreign minister of Armenia met Azerbaijani envoys in Lakeport on Monday.";

        private Event(String id, String articleId) {
            this.id = id;
            this.articleId = articleId;
        }

        Event cameo(String cameo) { this.cameo = cameo; return this; }

        /** Another code with its PLOVER type and the sentence that said it (cue words for the views). */
        Event said(String cameo, String plover, String sentence) {
            this.cameo = cameo;
            this.plover = plover;
            this.evidence = sentence;
            return this;
        }

        Event source(String code) { this.source = code == null ? null : new Actor(code, "someone", 31, 38); return this; }

        Event target(String code) { this.target = code == null ? null : new Actor(code, "someone else", 67, 79); return this; }

        Event uncodedSource(String words) { this.source = new Actor(null, words, 31, 31 + words.length()); return this; }

        Event on(LocalDate day) {
            this.begin = day;
            this.end = day;
            this.dateValue = day.toString();
            this.datePrecision = Precision.DAY;
            return this;
        }

        Event during(String value, LocalDate begin, LocalDate end, Precision precision) {
            this.begin = begin;
            this.end = end;
            this.dateValue = value;
            this.datePrecision = precision;
            return this;
        }

        Event placeCountry(String iso2) {
            this.place = new EventPlace("Somewhere", iso2, null, null, null, Precision.COUNTRY, "actor", null);
            return this;
        }

        Event noPlace() { this.place = null; return this; }

        Event modality(Modality modality) { this.modality = modality; return this; }

        Event fatalities(Integer n) { this.fatalities = n; return this; }

        EventMention build() {
            return new EventMention(id, articleId, 0, cameo, plover, modality, "the ministry", true, fatalities,
                    new Span("met", 63, 66), source, target,
                    new EventDate(dateValue, begin, end, datePrecision, "explicit", new Span("on Monday", 98, 107)),
                    place, evidence, "meet-nsubj-obj", 0.8, "test-1");
        }
    }
}
