package org.annalist.model;

/**
 * Whether the sentence says an event happened, and how.
 *
 * <ul>
 *   <li>{@code ASSERTED}: the sentence says it happened;</li>
 *   <li>{@code NEGATED}: it says it did not ("did not attack");</li>
 *   <li>{@code HYPOTHETICAL}: it might happen ("could attack if ...");</li>
 *   <li>{@code INTENDED}: someone means or threatens to do it ("vowed to attack");</li>
 *   <li>{@code REPORTED}: someone else says it happened, named in the event's attribution;</li>
 *   <li>{@code BACKGROUND}: it happened, but long before the story: historical context ("the 44-day war in 2020"
 *       in a story of 2023), decided after dating by {@code org.annalist.time.HistoricalBackground}.</li>
 * </ul>
 */
public enum Modality {
    ASSERTED, NEGATED, HYPOTHETICAL, INTENDED, REPORTED, BACKGROUND;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }

    /** Whether the sentence says the event took place (asserted, reported or as background). */
    public boolean happened() {
        return this == ASSERTED || this == REPORTED || this == BACKGROUND;
    }
}
