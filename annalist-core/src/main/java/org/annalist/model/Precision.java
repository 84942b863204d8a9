package org.annalist.model;

/** How precisely a date or place is known. */
public enum Precision {
    /** dates */
    DAY, WEEK, MONTH, YEAR, RANGE,
    /** places */
    EXACT, NEAR, ADMIN, COUNTRY,
    /** places: a region that is no administrative unit or spans countries (Donbas, Sahel, Kashmir) */
    REGION;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
