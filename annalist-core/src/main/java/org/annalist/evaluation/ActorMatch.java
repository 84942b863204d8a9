package org.annalist.evaluation;

import java.util.List;

/**
 * How a gold actor code is compared with a predicted one.
 *
 * <p>Gold files come in two styles. PETRARCH-style gold gives full CAMEO codes, and a bare
 * three-letter code means exactly that: {@code ARN} is Arnor with no agent, so {@code ARNGOV} is a
 * different actor. PLOVER-style gold gives only the country (ISO alpha-3, or PLOVER's {@code IGO},
 * {@code NGO}, ...) and asks to "compare on the country part" of the predicted code, so
 * {@code HUNGOV} is the {@code HUN} of the gold.
 *
 * <p>The two styles cannot be told apart by one code, but they can by a file: a file whose gold codes
 * are all exactly three characters never states a role, so it is country-style; a file with any longer
 * code states roles, so its bare codes mean "no role". {@link #AUTO} applies that inference to the
 * records being scored; a caller scoring a small or unusual file can force either rule.
 */
public enum ActorMatch {
    /** Gold and predicted codes must be equal strings (case matters: lower-case blocks are ethnic codes). */
    EXACT,
    /**
     * A three-character gold code agrees with a predicted code whose country block is the same country,
     * after mapping CAMEO's few non-ISO country codes (ROM = ROU, ...) and reading an IGO's second block
     * ({@code IGOUNO} is {@code UNO}, also {@code IGO}). Longer gold codes still need equality.
     */
    COUNTRY,
    /** {@link #COUNTRY} when every non-null gold actor code of the scored records has three characters, else {@link #EXACT}. */
    AUTO;

    /**
     * The rule to apply to these records: this one, or for {@link #AUTO} the inferred one.
     * Records without any actor code resolve to {@link #EXACT} (nothing is compared anyway).
     */
    public ActorMatch resolve(List<GoldRecord> records) {
        if (this != AUTO) return this;
        boolean anyCode = false;
        for (GoldRecord r : records) {
            for (GoldEvent e : r.events()) {
                for (GoldField f : List.of(GoldField.SOURCE, GoldField.TARGET)) {
                    if (e.get(f.key()) instanceof String code) {
                        if (code.length() != 3) return EXACT;
                        anyCode = true;
                    }
                }
            }
        }
        return anyCode ? COUNTRY : EXACT;
    }
}
