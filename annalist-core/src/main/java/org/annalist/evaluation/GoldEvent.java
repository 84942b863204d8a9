package org.annalist.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One expected event of a gold record: every field exactly as the gold file gives it, including
 * {@code null} fields (not scored) and fields this version of Annalist does not know (reported).
 *
 * @param fields field name to value: {@code String}, {@code Integer}/{@code Long}, {@code Double},
 *               {@code Boolean}, {@code List}, {@code Map} or {@code null}, in file order
 */
public record GoldEvent(Map<String, Object> fields) {

    public GoldEvent {
        // Map.copyOf refuses null values, and a null value is meaningful here ("not scored").
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The value of a field, or null when the field is absent or null. */
    public Object get(String field) {
        return fields.get(field);
    }

    /** Names of the fields that carry a value and are therefore scored, sorted. */
    public Set<String> scoredFields() {
        Set<String> out = new TreeSet<>();
        fields.forEach((k, v) -> { if (v != null) out.add(k); });
        return out;
    }
}
