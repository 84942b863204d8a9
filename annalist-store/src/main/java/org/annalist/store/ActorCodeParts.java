package org.annalist.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A CAMEO actor code split into the parts GDELT keeps in separate columns: country, known group, ethnic group,
 * two religions and three types. The code is a chain of 3-letter parts ("USAGOVMIL", "IGOUNO"); ethnic parts are
 * lower case. Kinds come from the bundled {@code cameo_actor_parts.tsv}.
 */
record ActorCodeParts(String country, String knownGroup, String ethnic, String religion1, String religion2,
                      List<String> types) {

    private static final Set<String> TYPES = new HashSet<>();
    private static final Set<String> KNOWN_GROUPS = new HashSet<>();
    private static final Set<String> RELIGIONS = new HashSet<>();

    static {
        for (String[] f : SyntheticEvents.tsv("cameo_actor_parts.tsv", 2)) {
            switch (f[1]) {
                case "type" -> TYPES.add(f[0]);
                case "knowngroup" -> KNOWN_GROUPS.add(f[0]);
                case "religion" -> RELIGIONS.add(f[0]);
                default -> throw new IllegalStateException("cameo_actor_parts.tsv: unknown kind " + f[1]);
            }
        }
    }

    /** The type in position {@code i} (0..2), or null. */
    String type(int i) {
        return i < types.size() ? types.get(i) : null;
    }

    /**
     * Splits {@code code}; {@code country} is the actor's CAMEO country as stored (null when the code has none, as
     * for "IGOUNO"). Parts of no known kind are left out; a part that is both a type and a known group (UNO, AMN,
     * IRC) is the known group when a type came before it.
     */
    static ActorCodeParts of(String code, String country) {
        List<String> types = new ArrayList<>();
        String knownGroup = null;
        String ethnic = null;
        String religion1 = null;
        String religion2 = null;
        if (code == null) return new ActorCodeParts(null, null, null, null, null, List.of());
        int start = country != null && code.startsWith(country) ? country.length() : 0;
        for (int i = start; i + 3 <= code.length(); i += 3) {
            String part = code.substring(i, i + 3);
            boolean type = TYPES.contains(part);
            boolean group = KNOWN_GROUPS.contains(part);
            if (part.equals(part.toLowerCase(java.util.Locale.ROOT)) && !part.equals(part.toUpperCase(java.util.Locale.ROOT))) {
                if (ethnic == null) ethnic = part;
            } else if (group && (!type || !types.isEmpty()) && knownGroup == null) {
                knownGroup = part;
            } else if (type && types.size() < 3) {
                types.add(part);
            } else if (RELIGIONS.contains(part)) {
                if (religion1 == null) religion1 = part;
                else if (religion2 == null) religion2 = part;
            }
        }
        return new ActorCodeParts(start > 0 ? country : null, knownGroup, ethnic, religion1, religion2, List.copyOf(types));
    }
}
