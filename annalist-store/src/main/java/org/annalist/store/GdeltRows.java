package org.annalist.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.annalist.model.Precision;
import org.annalist.ontology.CameoCatalog;
import org.annalist.ontology.CameoCode;

/**
 * Events and mentions as GDELT 2.0 writes them: tab-separated, no header, GDELT's column order and codes.
 *
 * <ul>
 * <li>FractionDate is YYYY + ((MONTH - 1) * 30 + DAY) / 365, as in GDELT's files.</li>
 * <li>GLOBALEVENTID is the event id when it is a number, else the first 60 bits of its SHA-256 (stable across
 * exports, the same in the Events and Mentions files).</li>
 * <li>EventCode has 3 or 4 digits: a bare root "04" is written "040", as GDELT does; EventBaseCode and
 * EventRootCode are its first 3 and 2 digits; QuadClass is GDELT's (roots 01-05, 06-09, 10-14, 15-20), which
 * differs from the stored one at roots 09 and 14; GoldsteinScale is GDELT's value of the code.</li>
 * <li>AvgTone and MentionDocTone are empty: Annalist does not measure tone.</li>
 * <li>Actor1Geo and Actor2Geo are empty (type 0): Annalist places events, not actors. ActionGeo_Type is 1 for a
 * country, 2/5 for a US state / other first-level division or region, 3/4 for a US / other town; the country is its FIPS 10-4
 * code; ADM1Code is the FIPS country code alone (the division is not known); FeatureID is the FIPS code for a
 * country, else the GeoNames id (GDELT uses GNS ids).</li>
 * <li>Background events (history a story recalls, {@code Modality.BACKGROUND}) are left out of both files: GDELT
 * has no field to mark them, and its events are what the news reports as happening.</li>
 * <li>DATEADDED and the Mentions times are the 15-minute slot (UTC) in which the event was first stored or the
 * article ingested.</li>
 * </ul>
 */
final class GdeltRows implements StoreExport.EventLines {

    /** The 61 column names of GDELT's header-row file, in order. */
    static final List<String> EVENT_COLUMNS = List.of(
            "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
            "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    /** The 16 column names of GDELT's Mentions table, in order. */
    static final List<String> MENTION_COLUMNS = List.of(
            "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
            "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
            "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final CameoCatalog catalog;
    private final CountryCodes countries = CountryCodes.load();

    GdeltRows(CameoCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String header() {
        return null;
    }

    @Override
    public String line(ReportedEvent r) {
        EventRecord e = r.event();
        // GDELT records what the news reports as happening; history a story recalls has no place in it
        if (e.modality() == org.annalist.model.Modality.BACKGROUND) return null;
        List<String> f = new ArrayList<>(EVENT_COLUMNS.size());
        f.add(Long.toString(globalEventId(e.id())));
        LocalDate day = e.dateBegin() != null ? e.dateBegin() : e.dateEnd() != null ? e.dateEnd()
                : e.firstSeen().toLocalDate();
        f.add(day.format(DAY));
        f.add(String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
        f.add(Integer.toString(day.getYear()));
        // The codebook writes (MONTH * 30 + DAY) / 365 but says the fraction stays below 1, and GDELT's files agree
        // with the month counted from 0 (2013-04-01 is 2013.2493).
        f.add(String.format(Locale.ROOT, "%.4f",
                day.getYear() + ((day.getMonthValue() - 1) * 30 + day.getDayOfMonth()) / 365.0));
        actor(f, e.sourceCode(), e.sourceCountry(), r.sourceText());
        actor(f, e.targetCode(), e.targetCountry(), r.targetText());
        f.add(r.firstSentence() != null && r.firstSentence() == 0 ? "1" : "0");
        String code = e.cameo().length() == 2 ? e.cameo() + "0" : e.cameo();
        f.add(code);
        f.add(code.substring(0, 3));
        f.add(code.substring(0, 2));
        int root = Integer.parseInt(code.substring(0, 2));
        f.add(Integer.toString(root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4));
        Double goldstein = catalog.get(code).map(CameoCode::goldstein).orElse(e.goldstein());
        f.add(goldstein == null ? "" : String.format(Locale.ROOT, "%.1f", goldstein));
        f.add(Integer.toString(e.numMentions()));
        f.add(Integer.toString(e.numSources()));
        f.add(Integer.toString(e.numArticles()));
        f.add(""); // AvgTone: not measured
        for (int actorGeo = 0; actorGeo < 2; actorGeo++) {
            f.add("0");
            for (int i = 0; i < 7; i++) f.add("");
        }
        actionGeo(f, e);
        f.add(e.firstSeen() == null ? "" : slot(e.firstSeen()));
        f.add(clean(r.url()));
        return String.join("\t", f);
    }

    private static void actor(List<String> f, String code, String country, String text) {
        ActorCodeParts p = ActorCodeParts.of(code, country);
        f.add(clean(code));
        f.add(text == null ? "" : clean(text).toUpperCase(Locale.ROOT));
        f.add(clean(p.country()));
        f.add(clean(p.knownGroup()));
        f.add(clean(p.ethnic()));
        f.add(clean(p.religion1()));
        f.add(clean(p.religion2()));
        f.add(clean(p.type(0)));
        f.add(clean(p.type(1)));
        f.add(clean(p.type(2)));
    }

    private void actionGeo(List<String> f, EventRecord e) {
        CountryCodes.Country c = countries.byIso2(e.placeCountry());
        if (c == null && e.placeLat() == null) {
            f.add("0");
            for (int i = 0; i < 7; i++) f.add("");
            return;
        }
        boolean us = c != null && c.iso2().equals("US");
        Precision p = e.placePrecision();
        // GDELT has no type for a region that is no administrative unit (Donbas, Sahel): the nearest is a division
        int type = p == Precision.COUNTRY ? 1 : p == Precision.ADMIN || p == Precision.REGION ? (us ? 2 : 5)
                : (us ? 3 : 4);
        if (type == 1 && c == null) type = 4;
        f.add(Integer.toString(type));
        String name = e.placeName() == null ? (c == null ? "" : c.name())
                : type == 1 || c == null || e.placeName().equals(c.name()) ? e.placeName()
                : e.placeName() + ", " + c.name();
        f.add(clean(name));
        String fips = c == null ? "" : inGazaStrip(c, e) ? "GZ" : c.fips();
        f.add(fips);
        f.add(fips);
        f.add("");
        f.add(coordinate(e.placeLat()));
        f.add(coordinate(e.placeLon()));
        f.add(type == 1 && c != null ? fips : e.placeGeonameid() == null ? "" : e.placeGeonameid().toString());
    }

    /**
     * ISO has one code for the Palestinian territories (PS), FIPS two: WE for the West Bank and GZ for the Gaza Strip,
     * which a place inside the strip's bounding box gets.
     */
    private static boolean inGazaStrip(CountryCodes.Country c, EventRecord e) {
        return c.iso2().equals("PS") && e.placeLat() != null && e.placeLon() != null
                && e.placeLat() >= 31.21 && e.placeLat() <= 31.60 && e.placeLon() >= 34.20 && e.placeLon() <= 34.58;
    }

    /** One line of the Mentions table from a row of the query in {@link StoreExport}. */
    static String mention(ResultSet r) throws SQLException {
        List<String> f = new ArrayList<>(MENTION_COLUMNS.size());
        f.add(Long.toString(globalEventId(r.getString("event_id"))));
        LocalDateTime first = r.getObject("first_seen", LocalDateTime.class);
        LocalDateTime ingested = r.getObject("ingested_at", LocalDateTime.class);
        f.add(first == null ? "" : slot(first));
        f.add(ingested == null ? "" : slot(ingested));
        String url = r.getString("url");
        boolean web = url != null && !url.isBlank();
        f.add(web ? "1" : "2");
        String name = r.getString("source_name");
        if (name == null) name = r.getString("site_name");
        if (name == null && web) name = host(url);
        f.add(clean(name));
        f.add(clean(web ? url : r.getString("origin")));
        f.add(Integer.toString(r.getInt("sentence") + 1));
        f.add(offset(r.getObject("source_start", Integer.class)));
        f.add(offset(r.getObject("target_start", Integer.class)));
        f.add(offset(r.getObject("trigger_start", Integer.class)));
        f.add("1"); // found in the text as written: Annalist does not rewrite articles
        f.add(Long.toString(Math.max(0, Math.min(100, Math.round(r.getDouble("confidence") * 100)))));
        Long len = r.getObject("doc_len", Long.class);
        f.add(len == null ? "" : len.toString());
        f.add("");
        f.add("");
        f.add("");
        return String.join("\t", f);
    }

    /**
     * GDELT's numeric event id for an Annalist event id: the id itself when it is a non-negative number that fits,
     * else the first 60 bits of the SHA-256 of its UTF-8 bytes.
     */
    static long globalEventId(String id) {
        if (id.matches("\\d{1,18}")) return Long.parseLong(id);
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) v = (v << 8) | (h[i] & 0xff);
            return v >>> 4;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    private static String slot(LocalDateTime t) {
        LocalDateTime s = t.withSecond(0).withNano(0).withMinute(t.getMinute() / 15 * 15);
        return s.format(STAMP);
    }

    private static String host(String url) {
        try {
            String h = java.net.URI.create(url.strip()).getHost();
            return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String offset(Integer start) {
        return start == null ? "-1" : start.toString();
    }

    private static String coordinate(Double v) {
        if (v == null) return "";
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceFirst("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** No tab or line break may reach a field. */
    static String clean(String s) {
        if (s == null) return "";
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\r' || c == '\n') return s.replaceAll("[\\t\\r\\n]+", " ").strip();
        }
        return s.strip();
    }
}
