package org.annalist.places;

/**
 * How precisely a resolved place locates something, with the codes of UCDP GED ({@code where_prec}) and ACLED
 * ({@code geo_precision}).
 */
public enum PlacePrecision {
    /** a town, village or named site */
    EXACT(1, 1),
    /** near a town ("outside Kramatorsk", "near the border town of X"): UCDP 2 = within about 25 km */
    NEAR(2, 2),
    /** a first-level administrative region (state, province, oblast) */
    ADMIN1(4, 3),
    /** a whole country */
    COUNTRY(6, 3),
    /** a region that is no administrative unit, or spans countries (Donbas, Sahel, Kashmir, Europe) */
    REGION(5, 3);

    private final int ucdp;
    private final int acled;

    PlacePrecision(int ucdp, int acled) {
        this.ucdp = ucdp;
        this.acled = acled;
    }

    /** UCDP GED {@code where_prec}: 1 exact, 2 within 25 km, 4 first-order admin, 5 larger region, 6 country. */
    public int ucdpWherePrec() {
        return ucdp;
    }

    /** ACLED {@code geo_precision}: 1 exact town, 2 near a town or part of a region, 3 province or larger. */
    public int acledGeoPrecision() {
        return acled;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The event model's precision of this one. */
    public org.annalist.model.Precision toModel() {
        return switch (this) {
            case EXACT -> org.annalist.model.Precision.EXACT;
            case NEAR -> org.annalist.model.Precision.NEAR;
            case ADMIN1 -> org.annalist.model.Precision.ADMIN;
            case COUNTRY -> org.annalist.model.Precision.COUNTRY;
            case REGION -> org.annalist.model.Precision.REGION;
        };
    }

    /** The place precision of the event model's one, or null when it is no place precision (a date's). */
    public static PlacePrecision of(org.annalist.model.Precision p) {
        if (p == null) return null;
        return switch (p) {
            case EXACT -> EXACT;
            case NEAR -> NEAR;
            case ADMIN -> ADMIN1;
            case COUNTRY -> COUNTRY;
            case REGION -> REGION;
            default -> null;
        };
    }

    /** The precision a gazetteer entry has by its feature type. */
    public static PlacePrecision of(GazetteerEntry e) {
        if (e.isCountry()) return COUNTRY;
        if (e.isAdmin1()) return ADMIN1;
        if (e.isPopulatedPlace()) return EXACT;
        if (e.featureCode().equals("ADMD") || e.featureCode().startsWith("ADM")) return ADMIN1;
        return REGION;
    }
}
