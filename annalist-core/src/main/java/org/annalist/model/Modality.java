package org.annalist.model;

/** Whether the sentence says an event happened, and how. */
public enum Modality {
    ASSERTED, NEGATED, HYPOTHETICAL, INTENDED, REPORTED;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
