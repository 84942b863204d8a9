package org.annalist.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.annalist.model.Article;

/**
 * Time of the store's insert path with near-duplicate linking as the store fills: {@code N} generated articles
 * (random words, every tenth a copy of an earlier one under a new headline), the mean insert time per thousand.
 * Run with the store's test classpath: {@code java -cp ... org.annalist.store.NearDuplicateTiming 5000}.
 */
public final class NearDuplicateTiming {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path dir = Files.createTempDirectory("nd-timing");
        Random random = new Random(1);
        String[] words = new String[5000];
        for (int i = 0; i < words.length; i++) words[i] = Long.toString(random.nextLong() & 0xffffffL, 36);
        String[] texts = new String[n];
        int linked = 0;
        try (EventStore store = EventStore.open(dir.resolve("t.duckdb"), StoreConfig.defaults())) {
            long block = System.nanoTime();
            for (int i = 0; i < n; i++) {
                if (i % 10 == 9) {
                    texts[i] = "A new headline " + i + "\n\n" + texts[random.nextInt(i)];
                } else {
                    StringBuilder t = new StringBuilder();
                    for (int w = 0; w < 400; w++) t.append(words[random.nextInt(words.length)]).append(w % 15 == 14 ? ". " : " ");
                    texts[i] = t.toString();
                }
                store.ingest(new Article("a" + i, null, null, null, "en", texts[i], null, null, "gen", List.of()), List.of());
                if ((i + 1) % 1000 == 0) {
                    System.out.printf(Locale.ROOT, "%,d articles stored: %.1f ms per insert over the last 1,000%n", i + 1,
                            (System.nanoTime() - block) / 1e6 / 1000);
                    block = System.nanoTime();
                }
            }
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("t.duckdb"));
             var s = c.createStatement();
             var r = s.executeQuery("SELECT count(near_duplicate_of) FROM articles")) {
            r.next();
            linked = r.getInt(1);
        }
        System.out.printf(Locale.ROOT, "%,d of %,d copies linked%n", linked, n / 10);
    }
}
