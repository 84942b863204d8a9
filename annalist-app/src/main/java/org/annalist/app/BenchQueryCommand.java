package org.annalist.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.annalist.store.EventFilter;
import org.annalist.store.EventSearch;
import org.annalist.store.EventStore;
import org.annalist.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Times the event filters of {@code annalist events} on a store (made with {@code annalist synth} or by ingest). */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Time representative event queries on a store: a dyad and a month, one actor, a CAMEO root in "
                + "a year, a radius around a place in a month, and QuadClass with a minimum of sources in a quarter.",
                "Each query fetches its rows (at most --limit, ordered by date) and counts all matches; the median of "
                        + "--runs runs is printed. The dyad is the store's most frequent pair of actor countries, the "
                        + "month the one of its median date."})
final class BenchQueryCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--runs", defaultValue = "9", description = "timed runs per query (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "2", description = "untimed runs per query first (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--limit", defaultValue = "1000", description = "rows fetched per query at most (default ${DEFAULT-VALUE})")
    int limit;

    record Query(String name, EventFilter filter) {
    }

    @Override
    public Integer call() throws Exception {
        if (runs < 1 || warmup < 0 || limit < 1) {
            System.err.println("annalist: --runs and --limit must be at least 1, --warmup at least 0");
            return 2;
        }
        try (EventStore db = store.open()) {
            EventSearch search = new EventSearch(db);
            long total = search.count(EventFilter.all());
            if (total == 0) {
                System.err.println("annalist: the store " + store.db + " holds no events (make some with: annalist synth "
                        + "--events 1000000 --db FILE)");
                return 1;
            }
            List<Query> queries = queries(db);
            System.out.printf(Locale.ROOT, "store             %s, %,d events%n", store.db, total);
            System.out.printf(Locale.ROOT, "runs              %d timed after %d warm-up, median ms; rows fetched at most %d%n",
                    runs, warmup, limit);
            System.out.printf(Locale.ROOT, "%-15s %9s %7s %9s %9s %9s  %s%n", "query", "matches", "rows", "fetch ms",
                    "count ms", "max ms", "filter");
            for (Query q : queries) {
                EventFilter f = q.filter().withLimit(limit);
                double[] fetch = new double[runs];
                double[] counting = new double[runs];
                int rows = 0;
                long matches = 0;
                for (int i = 0; i < warmup + runs; i++) {
                    long t0 = System.nanoTime();
                    rows = search.find(f).size();
                    long t1 = System.nanoTime();
                    matches = search.count(f);
                    long t2 = System.nanoTime();
                    if (i >= warmup) {
                        fetch[i - warmup] = (t1 - t0) / 1e6;
                        counting[i - warmup] = (t2 - t1) / 1e6;
                    }
                }
                System.out.printf(Locale.ROOT, "%-15s %,9d %,7d %9.1f %9.1f %9.1f  %s%n", q.name(), matches, rows,
                        median(fetch), median(counting), Arrays.stream(fetch).max().orElse(0), describe(q.filter()));
            }
        }
        return 0;
    }

    /** Queries built from what the store holds, so that they find something in any store. */
    static List<Query> queries(EventStore db) throws StoreException {
        EventSearch.Profile p = new EventSearch(db).profile();
        LocalDate month = p.medianDate().withDayOfMonth(1);
        LocalDate monthEnd = month.plusMonths(1).minusDays(1);
        LocalDate year = p.medianDate().withDayOfYear(1);
        LocalDate quarter = month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1);
        List<Query> out = new ArrayList<>();
        out.add(new Query("dyad+month", EventFilter.all().withActors(p.dyad().get(0), p.dyad().get(1))
                .between(month, monthEnd)));
        out.add(new Query("actor", EventFilter.all().withActors(p.dyad().get(0))));
        out.add(new Query("root+year", EventFilter.all().withCameo("19").between(year, year.plusYears(1).minusDays(1))));
        if (p.busiestPlace() != null) {
            out.add(new Query("radius+month", EventFilter.all()
                    .withNear(new EventFilter.Circle(p.busiestPlace()[0], p.busiestPlace()[1], 50))
                    .between(month, monthEnd)));
        }
        out.add(new Query("quad+sources", EventFilter.all().withQuadClass(4).withMinSources(3)
                .between(quarter, quarter.plusMonths(3).minusDays(1))));
        return out;
    }

    private static String describe(EventFilter f) {
        List<String> parts = new ArrayList<>();
        f.actors().forEach(a -> parts.add("--actor " + a));
        if (f.cameo() != null) parts.add("--cameo " + f.cameo());
        if (f.quadClass() != null) parts.add("--quad " + f.quadClass());
        if (f.near() != null) {
            parts.add(String.format(Locale.ROOT, "--near %.2f,%.2f --radius %.0f", f.near().lat(), f.near().lon(),
                    f.near().radiusKm()));
        }
        if (f.minSources() != null) parts.add("--min-sources " + f.minSources());
        if (f.from() != null) parts.add("--from " + f.from());
        if (f.to() != null) parts.add("--to " + f.to());
        return String.join(" ", parts);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
