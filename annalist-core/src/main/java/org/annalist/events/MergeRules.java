package org.annalist.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.annalist.model.Modality;
import org.annalist.model.Precision;

/**
 * When two event mentions report the same real-world event, and why. They must agree on all of:
 * <ul>
 *   <li>dyad: source with source and target with target, or crosswise when either mention is reciprocal;
 *       a code agrees with a more specific one of the same country (RUS with RUSGOV), an unknown actor with
 *       anyone, but at least one side must be known on both;</li>
 *   <li>CAMEO root: the same, or a pair listed in {@code compatible-roots.tsv} (a fight is also told as an attack);</li>
 *   <li>date: the intervals overlap, or lie at most a tolerance apart that grows with the coarser precision (a day
 *       for days, two for weeks); a date taken from the article rather than the sentence may be up to
 *       {@value #LATE_REPORT_DAYS} days late;</li>
 *   <li>place: the same name, within a distance that grows with the coarser precision, or one inside the other's
 *       country when either is only known to the country; never two different countries; a place taken from the
 *       dateline rather than the sentence does not block a merge;</li>
 *   <li>modality: what happened, what did not, what is planned, and what a story recalls as background (history
 *       long before the story: "the 2020 war") are four different things; a background mention never merges
 *       with a current report, even of the same dyad and year.</li>
 * </ul>
 * Unknown dates or places do not block a merge; the dyad and root still must agree.
 */
public final class MergeRules {

    /** How many days after an event an article may report it without saying when it was. */
    public static final int LATE_REPORT_DAYS = 3;

    private static final String RESOURCE = "/org/annalist/events/compatible-roots.tsv";

    private final Set<String> compatiblePairs;

    /**
     * Rules with the given compatible CAMEO root pairs.
     *
     * @param compatiblePairs pairs written "18/19"; order does not matter
     */
    public MergeRules(Set<String> compatiblePairs) {
        TreeSet<String> pairs = new TreeSet<>();
        for (String p : compatiblePairs) {
            String[] ab = p.split("/");
            if (ab.length != 2) throw new IllegalArgumentException("root pair must be written a/b: " + p);
            pairs.add(pair(ab[0].strip(), ab[1].strip()));
        }
        this.compatiblePairs = Set.copyOf(pairs);
    }

    /** The rules with the compatible roots shipped in {@code compatible-roots.tsv}. */
    public static MergeRules load() {
        try (InputStream in = MergeRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = r.readLine();
            if (header == null || !header.startsWith("root_a\troot_b")) {
                throw new IllegalStateException(RESOURCE + ": header must start with root_a, root_b");
            }
            TreeSet<String> pairs = new TreeSet<>();
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 2 || !f[0].matches("\\d\\d") || !f[1].matches("\\d\\d")) {
                    throw new IllegalStateException(RESOURCE + " line " + n + ": two two-digit CAMEO roots expected");
                }
                pairs.add(f[0] + "/" + f[1]);
            }
            return new MergeRules(pairs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "/" + b : b + "/" + a;
    }

    /** Whether two CAMEO roots may report the same event. */
    public boolean rootsCompatible(String a, String b) {
        return Objects.equals(a, b) || (a != null && b != null && compatiblePairs.contains(pair(a, b)));
    }

    /** The roots compatible with {@code root}, itself included, sorted. */
    public Set<String> compatibleRoots(String root) {
        TreeSet<String> out = new TreeSet<>();
        out.add(root);
        for (String p : compatiblePairs) {
            String[] ab = p.split("/");
            if (ab[0].equals(root)) out.add(ab[1]);
            if (ab[1].equals(root)) out.add(ab[0]);
        }
        return out;
    }

    /**
     * Why {@code a} and {@code b} report the same event ("dyad AZEMIL-ARMMIL; root 19; dates overlap; place
     * within 4 km"), or empty when any field disagrees.
     */
    public Optional<String> reason(MentionFacts a, MentionFacts b) {
        String dyad = dyad(a, b);
        if (dyad == null) return Optional.empty();
        if (!rootsCompatible(a.root(), b.root())) return Optional.empty();
        if (!modalityGroup(a.modality()).equals(modalityGroup(b.modality()))) return Optional.empty();
        String date = date(a, b);
        if (date == null) return Optional.empty();
        String place = place(a, b);
        if (place == null) return Optional.empty();
        String root = a.root().equals(b.root()) ? "root " + a.root() : "roots " + pair(a.root(), b.root());
        return Optional.of(dyad + "; " + root + "; " + date + "; " + place);
    }

    /** Whether {@code a} and {@code b} report the same event: {@link #reason} without building the reason. */
    public boolean sameEvent(MentionFacts a, MentionFacts b) {
        return rootsCompatible(a.root(), b.root())
                && modalityGroup(a.modality()).equals(modalityGroup(b.modality()))
                && dyad(a, b) != null && date(a, b) != null && place(a, b) != null;
    }

    /** Whether the dyads of two mentions agree (the first test of {@link #reason}). */
    public boolean dyadsCompatible(MentionFacts a, MentionFacts b) {
        return dyad(a, b) != null;
    }

    private static String dyad(MentionFacts a, MentionFacts b) {
        if (agree(a.sourceCode(), b.sourceCode()) && agree(a.targetCode(), b.targetCode())
                && (known(a.sourceCode(), b.sourceCode()) || known(a.targetCode(), b.targetCode()))) {
            return "dyad " + name(a.sourceCode(), b.sourceCode()) + "-" + name(a.targetCode(), b.targetCode());
        }
        if ((a.reciprocal() || b.reciprocal()) && agree(a.sourceCode(), b.targetCode())
                && agree(a.targetCode(), b.sourceCode())
                && (known(a.sourceCode(), b.targetCode()) || known(a.targetCode(), b.sourceCode()))) {
            return "dyad " + name(a.sourceCode(), b.targetCode()) + "-" + name(a.targetCode(), b.sourceCode())
                    + " (reciprocal, either order)";
        }
        return null;
    }

    private static boolean known(String x, String y) {
        return x != null && y != null;
    }

    private static String name(String x, String y) {
        if (x == null) return y == null ? "?" : y;
        if (y == null) return x;
        return x.length() >= y.length() ? x : y;
    }

    /** RUS agrees with RUSGOV, ---GOV with RUSGOV, an unknown actor with anyone; RUSGOV not with RUSMIL. */
    static boolean agree(String x, String y) {
        if (x == null || y == null) return true;
        if (x.equals(y)) return true;
        if (x.length() < 3 || y.length() < 3) return false;
        String cx = x.substring(0, 3);
        String cy = y.substring(0, 3);
        if (!cx.equals(cy) && !cx.equals("---") && !cy.equals("---")) return false;
        String rx = x.substring(3);
        String ry = y.substring(3);
        return rx.isEmpty() || ry.isEmpty() || rx.startsWith(ry) || ry.startsWith(rx);
    }

    private static String modalityGroup(Modality m) {
        if (m == null) return "occurred";
        return switch (m) {
            case ASSERTED, REPORTED -> "occurred";
            case NEGATED -> "negated";
            case HYPOTHETICAL, INTENDED -> "planned";
            case BACKGROUND -> "background";
        };
    }

    /** Days two intervals of these precisions may lie apart and still be one event. */
    static int toleranceDays(Precision p) {
        if (p == null) return 0;
        return switch (p) {
            case DAY, RANGE -> 1;
            case WEEK -> 2;
            default -> 0;
        };
    }

    private static String date(MentionFacts a, MentionFacts b) {
        if (!a.dated() || !b.dated()) return "date unknown on one side";
        LocalDate aBegin = a.dateInferred() ? a.dateBegin().minusDays(LATE_REPORT_DAYS) : a.dateBegin();
        LocalDate bBegin = b.dateInferred() ? b.dateBegin().minusDays(LATE_REPORT_DAYS) : b.dateBegin();
        long gap = Math.max(ChronoUnit.DAYS.between(a.dateEnd(), bBegin), ChronoUnit.DAYS.between(b.dateEnd(), aBegin));
        if (gap <= 0) return "dates overlap";
        int tolerance = Math.max(toleranceDays(a.datePrecision()), toleranceDays(b.datePrecision()));
        return gap <= tolerance ? "dates " + gap + " day" + (gap == 1 ? "" : "s") + " apart" : null;
    }

    /** Kilometres two places of these precisions may lie apart and still be one event's place. */
    static double toleranceKm(Precision p) {
        if (p == null) return 25;
        return switch (p) {
            case NEAR -> 50;
            case ADMIN -> 150;
            case COUNTRY -> Double.POSITIVE_INFINITY;
            default -> 25;
        };
    }

    private static int rank(Precision p) {
        if (p == null) return 0;
        return switch (p) {
            case EXACT -> 0;
            case NEAR -> 1;
            case ADMIN -> 2;
            case COUNTRY -> 3;
            default -> 0;
        };
    }

    private static String place(MentionFacts a, MentionFacts b) {
        boolean aKnown = a.placeName() != null || a.placeCountry() != null;
        boolean bKnown = b.placeName() != null || b.placeCountry() != null;
        if (!aKnown || !bKnown) return "place unknown on one side";
        if (a.placeName() != null && b.placeName() != null
                && a.placeName().strip().equalsIgnoreCase(b.placeName().strip())) {
            return "same place " + a.placeName().strip();
        }
        if (a.placeInferred() || b.placeInferred()) return "place from a dateline on one side";
        if (a.placeCountry() != null && b.placeCountry() != null
                && !a.placeCountry().equalsIgnoreCase(b.placeCountry())) {
            return null;
        }
        Precision coarser = rank(a.placePrecision()) >= rank(b.placePrecision()) ? a.placePrecision() : b.placePrecision();
        if (coarser == Precision.COUNTRY) return "one place inside the other's country";
        if (a.located() && b.located()) {
            double km = kilometres(a.lat(), a.lon(), b.lat(), b.lon());
            return km <= toleranceKm(coarser) ? "places " + Math.round(km) + " km apart" : null;
        }
        // two names without coordinates in one country: containment cannot be checked, so it is not ruled out
        return "places in one country";
    }

    /** Great-circle distance in kilometres. */
    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        return org.annalist.places.Geo.km(lat1, lon1, lat2, lon2);
    }
}
