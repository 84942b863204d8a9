package org.annalist.ontology;

import java.util.Objects;

/**
 * One CAMEO 1.1b3 event code with everything the coder and the exporters attach to it.
 *
 * @param code        the CAMEO code as a string of 2, 3 or 4 digits ("01", "041", "1823");
 *                    never a number, since "010" and "10" are different codes
 * @param name        the codebook's short name ("Discuss by telephone")
 * @param goldstein   the Goldstein conflict-cooperation weight in [-10, 10] (GDELT's lookup value)
 * @param quadClass   1 verbal cooperation (roots 01-05), 2 material cooperation (06-08),
 *                    3 verbal conflict (09-13), 4 material conflict (14-20)
 * @param penta       ConfliBERT's five classes: 0 statement (root 01), otherwise {@code quadClass}
 * @param plover      the current PLOVER event type name ({@link PloverType}), or {@code null}
 *                    where PLOVER has no equivalent (roots 01 and 02)
 * @param ploverMode  a mode of that PLOVER type determined by the CAMEO code ("phone"), or {@code null}
 * @param acledType   the ACLED event type ("Battles") where one genuinely applies, or {@code null}
 * @param acledSubType the ACLED sub-event type ("Armed clash"), or {@code null}
 */
public record CameoCode(String code, String name, double goldstein, int quadClass, int penta,
                        String plover, String ploverMode, String acledType, String acledSubType) {

    public CameoCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!code.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("CAMEO code must have 2 to 4 digits: '" + code + "'");
        }
    }

    /** Returns the two-digit root code ("19" for "1951"). */
    public String root() {
        return code.substring(0, 2);
    }

    /** Returns the three-digit base code ("195" for "1951"), or the root itself for a root code. */
    public String base() {
        return code.length() <= 3 ? code : code.substring(0, 3);
    }

    /** Returns true for the 20 two-digit root codes. */
    public boolean isRoot() {
        return code.length() == 2;
    }

    /**
     * Returns the QuadClass as GDELT computes it, which differs from {@link #quadClass()} at two
     * roots: GDELT counts 09 INVESTIGATE as material cooperation and 14 PROTEST as verbal conflict
     * (root ranges 01-05, 06-09, 10-14, 15-20, verified on GDELT 2.0 data). Use it only when
     * writing GDELT-compatible exports.
     */
    public int gdeltQuadClass() {
        int r = Integer.parseInt(root());
        return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
    }

    /** Returns the PLOVER type as an enum constant, or {@code null} where PLOVER has none. */
    public PloverType ploverType() {
        return plover == null ? null : PloverType.valueOf(plover);
    }
}
