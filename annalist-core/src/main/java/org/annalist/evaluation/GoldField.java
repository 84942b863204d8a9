package org.annalist.evaluation;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of an expected event that FORMATS.md section 1 defines, with the JSON type each must have, and two
 * extensions that the format's "optional extra fields" admit: {@code plover_mode} and {@code plover_context}.
 */
public enum GoldField {
    SOURCE("source", Kind.TEXT),
    TARGET("target", Kind.TEXT),
    CAMEO("cameo", Kind.TEXT),
    PLOVER("plover", Kind.TEXT),
    SOURCE_TEXT("source_text", Kind.TEXT),
    TARGET_TEXT("target_text", Kind.TEXT),
    QUAD("quad", Kind.INTEGER),
    PENTA("penta", Kind.INTEGER),
    ACLED("acled", Kind.TEXT),
    FATALITIES("fatalities", Kind.INTEGER),
    LOCATION("location", Kind.TEXT),
    TRIGGER_TEXT("trigger_text", Kind.TEXT),
    EVENT_DATE("event_date", Kind.DATE),
    /** Annalist extension: a PLOVER mode ("aerial"), equal ignoring case. */
    PLOVER_MODE("plover_mode", Kind.TEXT),
    /** Annalist extension: PLOVER contexts, one or a list; agrees when the prediction has every one. */
    PLOVER_CONTEXT("plover_context", Kind.TEXTS);

    /** JSON type of a field's value: a string, an integral number, an ISO date string, or a string or list of strings. */
    public enum Kind { TEXT, INTEGER, DATE, TEXTS }

    private final String key;
    private final Kind kind;

    GoldField(String key, Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    /** The field's name in the JSON record. */
    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** The field with this JSON name, or empty for a field the format does not define. */
    public static Optional<GoldField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
