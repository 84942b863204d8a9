package org.annalist.evaluation;

import java.util.Arrays;
import java.util.Optional;

/** The fields of an expected event that FORMATS.md section 1 defines, with the JSON type each must have. */
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
    EVENT_DATE("event_date", Kind.DATE);

    /** JSON type of a field's value: a string, an integral number, or an ISO date string. */
    public enum Kind { TEXT, INTEGER, DATE }

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
