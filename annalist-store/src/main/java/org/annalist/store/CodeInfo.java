package org.annalist.store;

/**
 * The values the store keeps beside each CAMEO event code. The store does not know the ontology; the
 * caller passes what it knows, so the stored rows can be filtered and exported without it.
 */
public interface CodeInfo {

    /** Knows nothing: Goldstein and QuadClass are stored as NULL. */
    CodeInfo UNKNOWN = new CodeInfo() {
        @Override
        public Double goldstein(String cameo) { return null; }

        @Override
        public Integer quadClass(String cameo) { return null; }
    };

    /** The Goldstein value (-10..+10) of the code, or null when unknown. */
    Double goldstein(String cameo);

    /** The QuadClass (1 verbal cooperation .. 4 material conflict) of the code, or null when unknown. */
    Integer quadClass(String cameo);

    /** The root code (the two-digit top-level category: "19" for "193"). */
    default String root(String cameo) {
        return cameo == null || cameo.length() <= 2 ? cameo : cameo.substring(0, 2);
    }
}
