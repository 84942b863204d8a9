package org.annalist.events;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.annalist.model.Modality;
import org.annalist.model.Precision;

/**
 * What one event mention contributes to a real-world event: who did what to whom, when and where, how precisely,
 * and which article and outlet reported it.
 *
 * @param mentionId      the mention's stable id
 * @param articleId      the article it came from
 * @param articleDate    the article's publication date, or null; the earliest published report names the event
 * @param sentence       0-based sentence index in the article
 * @param cameo          CAMEO event code
 * @param plover         PLOVER type, or null
 * @param quadClass      QuadClass, or null
 * @param goldstein      Goldstein score, or null
 * @param sourceCode     CAMEO code of who acted, or null when unknown
 * @param targetCode     CAMEO code of whom it was done to, or null
 * @param reciprocal     whether the actors did it to each other (talks, clashes), so the dyad has no order
 * @param modality       asserted, negated, ...; null counts as asserted
 * @param dateBegin      first day of the event's date interval, or null when undated
 * @param dateEnd        last day (inclusive), or null
 * @param datePrecision  day, week, month, year or range, or null
 * @param dateInferred   true when the date is the article's or dateline's, not said in the sentence: the event may
 *                       have happened a few days before
 * @param placeName      place name, or null
 * @param placeCountry   ISO alpha-2 country of the place, or null
 * @param placeGeonameid GeoNames id of the place, or null
 * @param lat            latitude, or null
 * @param lon            longitude, or null
 * @param placePrecision exact, near, admin or country, or null
 * @param placeInferred  true when the place is the dateline's or an actor's, not said in the sentence: a reporter
 *                       files from one city about events elsewhere, and the two ends of a phone call have two datelines
 * @param outlet         the outlet that published the article (a domain), or null when unknown
 * @param copyOf         the earlier article this article is a near duplicate (syndicated copy) of, or null
 * @param fatalities     deaths reported, or null
 * @param confidence     the coder's confidence in the mention, 0..1
 */
public record MentionFacts(String mentionId, String articleId, LocalDate articleDate, int sentence, String cameo,
                           String plover, Integer quadClass, Double goldstein, String sourceCode, String targetCode,
                           boolean reciprocal, Modality modality, LocalDate dateBegin, LocalDate dateEnd,
                           Precision datePrecision, boolean dateInferred, String placeName, String placeCountry,
                           Long placeGeonameid, Double lat, Double lon, Precision placePrecision,
                           boolean placeInferred, String outlet, String copyOf,
                           Integer fatalities, double confidence) {

    public MentionFacts {
        Objects.requireNonNull(mentionId, "mentionId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(cameo, "cameo");
        if (dateBegin == null) dateBegin = dateEnd;
        if (dateEnd == null) dateEnd = dateBegin;
        if (dateBegin != null && dateEnd.isBefore(dateBegin)) {
            LocalDate t = dateBegin;
            dateBegin = dateEnd;
            dateEnd = t;
        }
    }

    /** The CAMEO root: the code's first two digits. */
    public String root() {
        return cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
    }

    /** Whether the mention has a date interval. */
    public boolean dated() {
        return dateBegin != null;
    }

    /** Whether the mention has coordinates. */
    public boolean located() {
        return lat != null && lon != null;
    }

    /**
     * The report this mention's article stands for when counting independent sources: the original of a
     * syndicated copy, else the article itself.
     */
    public String independentArticle() {
        return copyOf != null ? copyOf : articleId;
    }

    /**
     * The key that orders mentions canonically: earliest published article first, then article id, sentence and
     * mention id. It depends on the mention alone, never on the order mentions arrive in.
     */
    public String key() {
        return (articleDate == null ? "9999-12-31" : articleDate.toString()) + "|" + articleId + "|"
                + String.format(Locale.ROOT, "%06d", sentence) + "|" + mentionId;
    }
}
