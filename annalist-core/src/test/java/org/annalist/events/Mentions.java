package org.annalist.events;

import java.time.LocalDate;
import org.annalist.model.Modality;
import org.annalist.model.Precision;

/** Builds mention facts for tests, one field changed at a time. */
final class Mentions {
    private String id = "m1";
    private String article = "a1";
    private LocalDate published = LocalDate.of(2024, 5, 10);
    private String cameo = "190";
    private String source = "AZEMIL";
    private String target = "ARMMIL";
    private boolean reciprocal;
    private Modality modality = Modality.ASSERTED;
    private LocalDate begin = LocalDate.of(2024, 5, 9);
    private LocalDate end = LocalDate.of(2024, 5, 9);
    private Precision datePrecision = Precision.DAY;
    private boolean inferred;
    private String place = "Tartar";
    private String country = "AZ";
    private Double lat = 40.34;
    private Double lon = 46.93;
    private Precision placePrecision = Precision.EXACT;
    private boolean placeInferred;
    private String outlet = "wire.example";
    private String copyOf;
    private double confidence = 0.6;

    static Mentions mention(String id, String article) {
        Mentions m = new Mentions();
        m.id = id;
        m.article = article;
        return m;
    }

    Mentions published(LocalDate d) { published = d; return this; }
    Mentions cameo(String c) { cameo = c; return this; }
    Mentions dyad(String s, String t) { source = s; target = t; return this; }
    Mentions reciprocal() { reciprocal = true; return this; }
    Mentions modality(Modality m) { modality = m; return this; }
    Mentions on(LocalDate d) { begin = d; end = d; datePrecision = Precision.DAY; return this; }
    Mentions dated(LocalDate b, LocalDate e, Precision p) { begin = b; end = e; datePrecision = p; return this; }
    Mentions inferred() { inferred = true; return this; }
    Mentions at(String name, String cc, Double la, Double lo, Precision p) {
        place = name; country = cc; lat = la; lon = lo; placePrecision = p; return this;
    }
    Mentions placeFromDateline() { placeInferred = true; return this; }
    Mentions outlet(String o) { outlet = o; return this; }
    Mentions copyOf(String a) { copyOf = a; return this; }
    Mentions confidence(double c) { confidence = c; return this; }

    MentionFacts facts() {
        return new MentionFacts(id, article, published, 0, cameo, null, null, null, source, target, reciprocal, modality,
                begin, end, datePrecision, inferred, place, country, null, lat, lon, placePrecision, placeInferred, outlet, copyOf,
                null, confidence);
    }
}
