package org.annalist.ontology;

import java.util.List;
import java.util.Optional;

/**
 * The 16 event types of the current PLOVER manual, with their quad category and modes.
 * Older PLOVER names map as follows: DEMAND became REQUEST, DISAPPROVE and INVESTIGATE became
 * ACCUSE (modes "disapprove" and "investigate"), FIGHT became ASSAULT; YIELD was split into
 * CONCEDE (verbal) and RETREAT (material).
 */
public enum PloverType {
    AGREE(1, "Agree to, offer or promise cooperation, including promises to sign agreements"),
    CONSULT(1, "Meet, visit, host, talk by phone or negotiate",
            "visit", "third-party", "multilateral", "phone"),
    SUPPORT(1, "Express political support, praise, recognise, or sign and ratify agreements"),
    CONCEDE(1, "Verbal concessions without immediate material consequence: promised easing, "
            + "declared ceasefires and withdrawals"),
    COOPERATE(2, "Material cooperation: economic, military, judicial, intelligence"),
    AID(2, "Provide economic, military or humanitarian aid, protection or asylum"),
    RETREAT(2, "Concessions with immediate material consequence: release, withdraw, disarm, "
            + "observe a ceasefire, allow access, resign",
            "withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    REQUEST(3, "Requests, demands and orders", "assist", "change", "yield", "meet"),
    ACCUSE(3, "Disapprove, criticise, accuse, sue, or investigate",
            "disapprove", "investigate", "allege"),
    REJECT(3, "Refuse requests, proposals, mediation or demands to yield",
            "assist", "change", "yield", "meet"),
    THREATEN(3, "Threats of restrictions, arrests, broken relations, expulsion, occupation or violence",
            "restrict", "arrest", "relations", "expel", "territory", "violence"),
    PROTEST(4, "Demonstrations, riots, strikes, hunger strikes, boycotts, obstruction, vandalism",
            "demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    SANCTION(4, "Reduce or end existing relations: sanctions, convictions, expulsions, withdrawals",
            "convict", "expel", "withdraw", "discontinue"),
    MOBILIZE(4, "Mobilise or raise the readiness of troops, weapons, police or militias",
            "troops", "weapons", "police", "militia"),
    COERCE(4, "Non-lethal coercion: seizures, restrictions, censorship, curfews, martial law, "
            + "arrests, deportations, withholding services, misinformation, cyber attacks",
            "seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
            "withhold", "misinformation", "cyber"),
    ASSAULT(4, "Physical violence of any kind, from beatings to weapons of mass destruction",
            "abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
            "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
            "unconventional");

    private final int quad;
    private final String description;
    private final List<String> modes;

    PloverType(int quad, String description, String... modes) {
        this.quad = quad;
        this.description = description;
        this.modes = List.of(modes);
    }

    /**
     * Returns PLOVER's quad category: 1 verbal cooperation, 2 material cooperation,
     * 3 verbal conflict, 4 material conflict. SANCTION is listed as material conflict as in its
     * own section of the manual (the manual's quad table disagrees with itself).
     */
    public int quad() {
        return quad;
    }

    /** Returns a one-line description of the type. */
    public String description() {
        return description;
    }

    /** Returns the modes of this type; empty for types without modes. */
    public List<String> modes() {
        return modes;
    }

    /** Returns true if {@code mode} is one of this type's modes. */
    public boolean hasMode(String mode) {
        return modes.contains(mode);
    }

    /**
     * Returns the type named {@code name} (case-insensitive), also accepting the PLOVER 0.5 names
     * DEMAND, DISAPPROVE, INVESTIGATE and FIGHT; empty for anything else, including YIELD, which
     * has no single current equivalent.
     */
    public static Optional<PloverType> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toUpperCase(java.util.Locale.ROOT);
        switch (n) {
            case "DEMAND": return Optional.of(REQUEST);
            case "DISAPPROVE":
            case "INVESTIGATE": return Optional.of(ACCUSE);
            case "FIGHT": return Optional.of(ASSAULT);
            default:
                for (PloverType t : values()) {
                    if (t.name().equals(n)) {
                        return Optional.of(t);
                    }
                }
                return Optional.empty();
        }
    }
}
