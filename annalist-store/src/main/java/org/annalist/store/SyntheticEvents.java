package org.annalist.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.annalist.model.Modality;
import org.annalist.model.Precision;
import org.annalist.ontology.CameoCatalog;
import org.annalist.ontology.CameoCode;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes synthetic but plausible rows into the {@code events} table of an empty store, for benchmarks and
 * export tests: a few countries draw most of the attention, partners come mostly from the same region,
 * protests, coercion and fighting are mostly domestic and carry the roles that do them (civilians and
 * opposition protest against governments, armed forces and rebels fight), codes follow a GDELT-like mix of
 * roots with their Goldstein value, QuadClass and PLOVER type from {@link CameoCatalog}, dates spread over
 * years with growth, quieter weekends and bursts of crisis, places are towns of the countries involved
 * with their coordinates, and report counts have a long tail.
 *
 * <p>The rows are stored sorted by their first day, the layout the date filters read fastest, and the same seed
 * gives the same rows. Every row's merge reason is {@code synthetic}.
 */
public final class SyntheticEvents {

    /** The first day of the generated dates. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    /** Years the dates span. */
    public static final int YEARS = 10;

    /** GDELT-like share of each CAMEO root among events, in per mille. */
    private static final Map<String, Integer> ROOT_WEIGHTS = Map.ofEntries(
            Map.entry("01", 150), Map.entry("02", 50), Map.entry("03", 70), Map.entry("04", 200),
            Map.entry("05", 80), Map.entry("06", 25), Map.entry("07", 30), Map.entry("08", 20),
            Map.entry("09", 10), Map.entry("10", 20), Map.entry("11", 70), Map.entry("12", 20),
            Map.entry("13", 20), Map.entry("14", 25), Map.entry("15", 5), Map.entry("16", 10),
            Map.entry("17", 50), Map.entry("18", 35), Map.entry("19", 60), Map.entry("20", 1));

    private record Country(String code, String iso2, String name, String region, int weight, double lat, double lon,
                           List<Town> towns) {
    }

    private record Town(String name, double lat, double lon) {
    }

    /** Items with integer weights, drawn by binary search over the running sum. */
    private static final class Weighted<T> {
        private final List<T> items = new ArrayList<>();
        private final List<Long> cumulative = new ArrayList<>();
        private long total;

        Weighted<T> add(T item, long weight) {
            if (weight <= 0) return this;
            total += weight;
            items.add(item);
            cumulative.add(total);
            return this;
        }

        T draw(SplittableRandom r) {
            long u = r.nextLong(total);
            int lo = 0;
            int hi = cumulative.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative.get(mid) > u) hi = mid;
                else lo = mid + 1;
            }
            return items.get(lo);
        }
    }

    private static final Weighted<String> ROLES_DEFAULT = roles("", 30, "GOV", 38, "MIL", 7, "LEG", 4, "JUD", 3,
            "OPP", 4, "BUS", 3, "MED", 2, "CVL", 5, "COP", 2, "REB", 1, "EDU", 1);
    private static final Weighted<String> ROLES_PROTESTER = roles("CVL", 50, "OPP", 25, "LAB", 15, "EDU", 10);
    private static final Weighted<String> ROLES_FIGHTER = roles("MIL", 40, "REB", 20, "INS", 10, "UAF", 10,
            "COP", 10, "", 10);
    private static final Weighted<String> ROLES_FOUGHT = roles("CVL", 30, "MIL", 30, "REB", 20, "", 20);
    private static final Weighted<String> ROLES_PROTESTED = roles("GOV", 1);
    private static final Weighted<String> ROLES_COERCER = roles("COP", 40, "GOV", 30, "MIL", 20, "JUD", 10);
    private static final Weighted<String> ROLES_COERCED = roles("CVL", 30, "OPP", 30, "MED", 10, "REB", 10, "", 20);

    private static Weighted<String> roles(Object... roleAndWeight) {
        Weighted<String> w = new Weighted<>();
        for (int i = 0; i < roleAndWeight.length; i += 2) w.add((String) roleAndWeight[i], (Integer) roleAndWeight[i + 1]);
        return w;
    }

    private final List<Country> countries;
    private final Weighted<Country> byAttention = new Weighted<>();
    private final Map<String, Weighted<Country>> partnersByRegion = new HashMap<>();
    private final Map<String, Weighted<CameoCode>> codesByRoot = new HashMap<>();
    private final Weighted<String> roots = new Weighted<>();

    /** A generator over the bundled country and town tables and the CAMEO catalog. */
    public SyntheticEvents() {
        this.countries = readCountries();
        for (Country c : countries) byAttention.add(c, c.weight());
        for (Country c : countries) {
            partnersByRegion.computeIfAbsent(c.region(), k -> {
                Weighted<Country> w = new Weighted<>();
                for (Country p : countries) w.add(p, (long) p.weight() * (p.region().equals(k) ? 3 : 1));
                return w;
            });
        }
        for (CameoCode code : CameoCatalog.load().all()) {
            if (code.isRoot()) continue; // GDELT never emits a bare root: the root's own event is "x0"
            int w = code.code().length() == 4 ? 1 : code.code().endsWith("0") ? 4 : 3;
            codesByRoot.computeIfAbsent(code.root(), k -> new Weighted<>()).add(code, w);
        }
        ROOT_WEIGHTS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> roots.add(e.getKey(), e.getValue()));
    }

    /**
     * Appends {@code count} synthetic events to the empty {@code events} table of {@code store}, stored sorted by their first day.
     *
     * @param progress told the number of events written so far, every 100,000 events and at the end
     * @return the number of events written
     * @throws StoreException           when the table already holds events, or writing fails
     * @throws IllegalArgumentException when count is negative
     */
    public long write(EventStore store, long count, long seed, LongConsumer progress) throws StoreException {
        Objects.requireNonNull(store, "store");
        if (count < 0) throw new IllegalArgumentException("count must not be negative: " + count);
        return store.onConnection("write synthetic events", c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM events")) {
                r.next();
                if (r.getLong(1) > 0) {
                    throw new java.sql.SQLException("the events table already holds " + r.getLong(1)
                            + " events; synthetic events go into a store of their own");
                }
            }
            SplittableRandom random = new SplittableRandom(seed);
            int[] perDay = spreadOverDays(count, random);
            long written = 0;
            // Rows go to a temporary copy first and reach the table sorted by their first day, so that each column
            // segment covers a narrow span of dates and a date filter skips the rest by its zone map.
            try (Statement s = c.createStatement()) {
                s.execute("CREATE OR REPLACE TEMP TABLE synthetic_events AS SELECT * FROM events LIMIT 0");
            }
            try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "synthetic_events")) {
                for (int day = 0; day < perDay.length; day++) {
                    LocalDate date = FIRST_DAY.plusDays(day);
                    for (int k = 0; k < perDay[day]; k++) {
                        append(a, random, seed, written, date);
                        written++;
                        if (written % 100_000 == 0 && progress != null) progress.accept(written);
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO events SELECT * FROM temp.synthetic_events ORDER BY date_begin, id");
                s.execute("DROP TABLE temp.synthetic_events");
                s.execute("CHECKPOINT");
            }
            if (progress != null) progress.accept(written);
            return written;
        });
    }

    /** How many events fall on each day: growth over the years, quieter weekends, and bursts of crisis. */
    private static int[] spreadOverDays(long count, SplittableRandom r) {
        int days = (int) ChronoUnit.DAYS.between(FIRST_DAY, FIRST_DAY.plusYears(YEARS));
        double[] weight = new double[days];
        for (int d = 0; d < days; d++) {
            LocalDate date = FIRST_DAY.plusDays(d);
            double w = 1 + 0.08 * d / 365.0;
            if (date.getDayOfWeek().getValue() >= 6) w *= 0.7;
            weight[d] = w;
        }
        for (int b = 0; b < 3 * YEARS; b++) {
            int start = r.nextInt(days);
            int length = 5 + r.nextInt(26);
            double lift = 1.5 + 1.5 * r.nextDouble();
            for (int d = start; d < Math.min(days, start + length); d++) weight[d] *= lift;
        }
        double[] cumulative = new double[days];
        double total = 0;
        for (int d = 0; d < days; d++) cumulative[d] = total += weight[d];
        int[] perDay = new int[days];
        for (long i = 0; i < count; i++) {
            double u = r.nextDouble() * total;
            int lo = 0;
            int hi = days - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] > u) hi = mid;
                else lo = mid + 1;
            }
            perDay[lo]++;
        }
        return perDay;
    }

    private void append(DuckDBAppender a, SplittableRandom r, long seed, long index, LocalDate day)
            throws java.sql.SQLException {
        String root = roots.draw(r);
        CameoCode code = codesByRoot.get(root).draw(r);
        int rootNumber = Integer.parseInt(root);
        boolean protest = rootNumber == 14;
        boolean violent = rootNumber >= 18;
        boolean coercive = rootNumber == 17 || rootNumber == 15;
        boolean domestic = r.nextDouble() < (protest || violent || coercive ? 0.7 : 0.25);

        Country sourceCountry = byAttention.draw(r);
        Country targetCountry = domestic ? sourceCountry : partner(sourceCountry, r);
        boolean hasTarget = !(rootNumber == 1 && r.nextDouble() < 0.15) && !(protest && r.nextDouble() < 0.3);
        String sourceRole = (protest ? ROLES_PROTESTER : violent ? ROLES_FIGHTER : coercive ? ROLES_COERCER
                : ROLES_DEFAULT).draw(r);
        String targetRole = (protest ? ROLES_PROTESTED : violent ? ROLES_FOUGHT : coercive ? ROLES_COERCED
                : ROLES_DEFAULT).draw(r);
        if (domestic && sourceRole.equals(targetRole) && !violent) targetRole = sourceRole.equals("GOV") ? "OPP" : "GOV";

        // date interval and its precision
        double p = r.nextDouble();
        Precision datePrecision;
        LocalDate begin = day;
        LocalDate end = day;
        if (p < 0.80) {
            datePrecision = Precision.DAY;
        } else if (p < 0.88) {
            datePrecision = Precision.WEEK;
            begin = day.minusDays(day.getDayOfWeek().getValue() - 1);
            end = begin.plusDays(6);
        } else if (p < 0.96) {
            datePrecision = Precision.MONTH;
            begin = day.withDayOfMonth(1);
            end = day.withDayOfMonth(day.lengthOfMonth());
        } else if (p < 0.97) {
            datePrecision = Precision.YEAR;
            begin = day.withDayOfYear(1);
            end = day.withDayOfYear(day.lengthOfYear());
        } else {
            datePrecision = Precision.RANGE;
            end = day.plusDays(1 + r.nextInt(4));
        }

        // place: visits happen at the host's, hosting at home, the rest mostly where the target is
        Country placeCountry = !hasTarget ? sourceCountry
                : code.code().startsWith("042") ? targetCountry
                : code.code().startsWith("043") ? sourceCountry
                : r.nextBoolean() ? targetCountry : sourceCountry;
        double pp = r.nextDouble();
        String placeName = null;
        Double lat = null;
        Double lon = null;
        Precision placePrecision = null;
        if (pp < 0.75) {
            Town town = placeCountry.towns().isEmpty() || r.nextInt(placeCountry.towns().size() + 2) < 3
                    ? placeCountry.towns().get(0) : placeCountry.towns().get(r.nextInt(placeCountry.towns().size()));
            placeName = town.name();
            double jitter = pp < 0.55 ? 0 : pp < 0.65 ? 0.1 : 0.4;
            placePrecision = pp < 0.55 ? Precision.EXACT : pp < 0.65 ? Precision.NEAR : Precision.ADMIN;
            lat = round(town.lat() + jitter * (2 * r.nextDouble() - 1), 4);
            lon = round(town.lon() + jitter * (2 * r.nextDouble() - 1), 4);
        } else if (pp < 0.92) {
            placeName = placeCountry.name();
            placePrecision = Precision.COUNTRY;
            lat = placeCountry.lat();
            lon = placeCountry.lon();
        }

        Integer fatalities = null;
        if (violent && r.nextDouble() < 0.7) {
            fatalities = r.nextDouble() < 0.35 ? 0 : Math.min(500, (int) Math.floor(Math.pow(r.nextDouble(), -1.3)));
        }
        int articles = Math.min(500, (int) Math.floor(Math.pow(1 - r.nextDouble(), -1 / 1.4)));
        int sources = Math.max(1, (int) Math.round(articles * (0.4 + 0.6 * r.nextDouble())));
        int mentions = articles + (r.nextDouble() < 0.3 ? 1 + r.nextInt(Math.max(1, articles)) : 0);
        double confidence = round(1 - 0.4 * Math.pow(0.7, sources - 1), 3);
        double m = r.nextDouble();
        Modality modality = m < 0.86 ? Modality.ASSERTED : m < 0.92 ? Modality.REPORTED : m < 0.96 ? Modality.INTENDED
                : m < 0.98 ? Modality.NEGATED : Modality.HYPOTHETICAL;
        String c3 = code.code().length() >= 3 ? code.code().substring(0, 3) : code.code();
        boolean reciprocal = (c3.equals("040") || c3.equals("043") || c3.equals("046") || c3.equals("036")
                || c3.equals("057")) && hasTarget && r.nextDouble() < 0.6;
        LocalDateTime firstSeen = end.atStartOfDay().plusMinutes(15L * r.nextInt(4 * 48));
        LocalDateTime updated = sources > 1 ? firstSeen.plusMinutes(15L * r.nextInt(4 * 72)) : firstSeen;

        a.beginRow();
        a.append(String.format("syn-%016x", mix(seed, index)));
        a.append(code.code());
        a.append(code.root());
        a.append(code.plover());
        a.append(code.quadClass());
        a.append(code.goldstein());
        a.append(reciprocal);
        a.append(modality.label());
        a.append(sourceCountry.code() + sourceRole);
        a.append(sourceCountry.code());
        a.append(hasTarget ? targetCountry.code() + targetRole : null);
        a.append(hasTarget ? targetCountry.code() : null);
        a.append(begin);
        a.append(end);
        a.append(datePrecision.label());
        a.append(placeName);
        a.append(placeName == null ? null : placeCountry.iso2());
        a.appendNull(); // no GeoNames id: the towns are not looked up
        a.append(lat);
        a.append(lon);
        a.append(placePrecision == null ? null : placePrecision.label());
        a.append(fatalities);
        a.append(mentions);
        a.append(sources);
        a.append(articles);
        a.append(confidence);
        a.append("synthetic");
        a.append(firstSeen);
        a.append(updated);
        // views: what the code alone fixes (no sentence to read cues from)
        a.append(code.ploverMode());
        a.append(org.annalist.ontology.EventViews.auxMode(modality));
        a.appendNull(); // contexts need the sentence
        boolean happened = modality.happened();
        a.append(happened ? code.acledType() : null);
        a.append(happened ? code.acledSubType() : null);
        a.append(code.penta());
        a.endRow();
    }

    private Country partner(Country of, SplittableRandom r) {
        Weighted<Country> w = partnersByRegion.get(of.region());
        for (int tries = 0; tries < 8; tries++) {
            Country c = w.draw(r);
            if (c != of) return c;
        }
        return of;
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }

    /** A 64-bit mix of seed and index (SplitMix64 finaliser), so ids look alike and never repeat within a seed. */
    private static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index + 1;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static List<Country> readCountries() {
        Map<String, List<Town>> towns = new HashMap<>();
        for (String[] f : tsv("synthetic_places.tsv", 4)) {
            towns.computeIfAbsent(f[0], k -> new ArrayList<>())
                    .add(new Town(f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3])));
        }
        List<Country> out = new ArrayList<>();
        for (String[] f : tsv("synthetic_countries.tsv", 7)) {
            List<Town> t = towns.remove(f[0]);
            if (t == null) throw new IllegalStateException("synthetic_places.tsv has no town in " + f[0]);
            out.add(new Country(f[0], f[1], f[2], f[3], Integer.parseInt(f[4]), Double.parseDouble(f[5]),
                    Double.parseDouble(f[6]), List.copyOf(t)));
        }
        if (!towns.isEmpty()) {
            throw new IllegalStateException("synthetic_places.tsv has towns of unlisted countries " + towns.keySet());
        }
        return out;
    }

    /** Data lines of a bundled TSV (comment lines start with '#', the first other line is the header). */
    static List<String[]> tsv(String resource, int columns) {
        try (InputStream in = SyntheticEvents.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource + " in org.annalist.store");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean header = false;
            int n = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException("cannot read " + resource + " line " + n + ": expected " + columns
                            + " tab-separated cells, found " + cells.length);
                }
                if (!header) {
                    header = true;
                    continue;
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
