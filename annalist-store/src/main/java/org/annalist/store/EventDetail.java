package org.annalist.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One real-world event as stored: the merged fields, every mention that reports it with its sentence, what later
 * articles changed, and the ids of events merged into it.
 *
 * @param id             the event's id
 * @param requestedId    the id asked for: an alias of {@code id} when that event merged into this one
 * @param cameo          CAMEO code
 * @param plover         PLOVER type, or null
 * @param quadClass      QuadClass, or null
 * @param goldstein      Goldstein score, or null
 * @param reciprocal     whether the actors acted on each other
 * @param modality       asserted, negated, ...
 * @param sourceCode     source actor code, or null
 * @param targetCode     target actor code, or null
 * @param dateBegin      first day, or null
 * @param dateEnd        last day, or null
 * @param datePrecision  day, week, ..., or null
 * @param placeName      place, or null
 * @param placeCountry   ISO alpha-2 country of the place, or null
 * @param lat            latitude, or null
 * @param lon            longitude, or null
 * @param placePrecision exact, near, admin, country, or null
 * @param fatalities     highest reported toll, or null
 * @param numMentions    mentions
 * @param numSources     independent sources
 * @param numArticles    articles
 * @param confidence     0..1
 * @param mergeReason    why the mentions are one event
 * @param firstSeen      when the event was first stored (UTC)
 * @param updatedAt      when it last changed (UTC)
 * @param views          the event's views in the other ontologies, as stored (PLOVER mode, ACLED type, ...)
 * @param mentions       the reports, earliest published first
 * @param history        what later articles changed, oldest first
 * @param aliases        ids of events that merged into this one
 */
public record EventDetail(String id, String requestedId, String cameo, String plover, Integer quadClass, Double goldstein,
                          boolean reciprocal, String modality, String sourceCode, String targetCode, LocalDate dateBegin,
                          LocalDate dateEnd, String datePrecision, String placeName, String placeCountry, Double lat,
                          Double lon, String placePrecision, Integer fatalities, int numMentions, int numSources,
                          int numArticles, double confidence, String mergeReason, LocalDateTime firstSeen,
                          LocalDateTime updatedAt, Views views, List<Mention> mentions, List<Change> history,
                          List<String> aliases) {

    /**
     * The views of the event in the other ontologies, as {@link EventRecord} holds them; each may be null.
     *
     * @param ploverMode        PLOVER mode ("aerial")
     * @param ploverAuxMode     PLOVER auxiliary mode ("negation", "historical", ...)
     * @param ploverContext     PLOVER contexts, comma-separated
     * @param acledEventType    ACLED event type
     * @param acledSubEventType ACLED sub-event type
     * @param penta             ConfliBERT five-way class 0-4
     */
    public record Views(String ploverMode, String ploverAuxMode, String ploverContext, String acledEventType,
                        String acledSubEventType, Integer penta) {
    }

    public EventDetail {
        mentions = List.copyOf(mentions);
        history = List.copyOf(history);
        aliases = List.copyOf(aliases);
    }

    /**
     * One report of the event.
     *
     * @param id              mention id
     * @param articleId       article id
     * @param articleTitle    the article's title, or null
     * @param articleUrl      the article's URL, or null
     * @param articleDate     publication date, or null
     * @param outlet          the outlet (domain), or null
     * @param nearDuplicateOf the article this one copies, or null
     * @param sentence        0-based sentence index
     * @param cameo           the mention's CAMEO code
     * @param trigger         the trigger words
     * @param source          source code, or null
     * @param target          target code, or null
     * @param date            the mention's date value, or null
     * @param place           the mention's place, or null
     * @param text            the sentence
     */
    public record Mention(String id, String articleId, String articleTitle, String articleUrl, LocalDate articleDate,
                          String outlet, String nearDuplicateOf, int sentence, String cameo, String trigger,
                          String source, String target, String date, String place, String text) {
    }

    /**
     * A change a later article made.
     *
     * @param changedAt when (UTC)
     * @param articleId the article that brought it
     * @param field     the column ("date_begin", "place_name", or "merged" for an event merged in)
     * @param oldValue  before, or null
     * @param newValue  after, or null
     */
    public record Change(LocalDateTime changedAt, String articleId, String field, String oldValue, String newValue) {
    }
}
