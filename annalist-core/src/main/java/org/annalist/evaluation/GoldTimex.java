package org.annalist.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One gold time expression (FORMATS.md section 3).
 *
 * @param start      char offset into the record's text
 * @param end        end offset (exclusive)
 * @param text       the words
 * @param type       TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value      TIMEX3 normalised value ("1998-W06", "P1M", "PRESENT_REF")
 * @param attributes any further attributes of the gold ({@code tid}, {@code mod}, {@code quant}, ...), kept but not scored
 */
public record GoldTimex(int start, int end, String text, String type, String value, Map<String, Object> attributes) {

    public GoldTimex {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes == null ? Map.of() : attributes));
    }
}
