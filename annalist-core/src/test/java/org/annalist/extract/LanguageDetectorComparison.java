package org.annalist.extract;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures Lingua against {@link EnglishDetector} on the samples of {@code language-samples.tsv} (written for
 * this purpose): accuracy of the English-or-not answer, load time, heap after loading, time per sample. Run
 * with the test classpath: {@code java -Xmx2g -cp ... org.annalist.extract.LanguageDetectorComparison [all]};
 * "all" loads Lingua's 75 languages instead of the 15 of the samples. The figures are in the README.
 */
public final class LanguageDetectorComparison {

    record Sample(String language, String text) {
    }

    public static void main(String[] args) throws IOException {
        List<Sample> samples = samples();
        long english = samples.stream().filter(s -> s.language().equals("en")).count();
        System.out.printf(Locale.ROOT, "%d samples (%d English, %d in 14 other languages)%n", samples.size(), english,
                samples.size() - english);

        long t0 = System.nanoTime();
        int functionWordsRight = 0;
        int functionWordsRefusedEnglish = 0;
        int functionWordsKeptForeign = 0;
        for (int round = 0; round < 100; round++) {
            for (Sample s : samples) {
                EnglishDetector.Result r = EnglishDetector.detect(s.text());
                if (round > 0) continue;
                boolean en = s.language().equals("en");
                if (r.isEnglish() == en) functionWordsRight++;
                if (en && r.isClearlyNotEnglish()) functionWordsRefusedEnglish++;
                if (!en && !r.isClearlyNotEnglish()) functionWordsKeptForeign++;
            }
        }
        double fwMicros = (System.nanoTime() - t0) / 1e3 / (100.0 * samples.size());
        System.out.printf(Locale.ROOT, "EnglishDetector: accuracy %.3f (en vs not), English refused %d, other kept %d"
                        + " (fewer than 20 words are never refused); %.1f us/sample; no model to load%n",
                (double) functionWordsRight / samples.size(), functionWordsRefusedEnglish, functionWordsKeptForeign,
                fwMicros);

        long before = usedHeap();
        long load = System.nanoTime();
        LanguageDetectorBuilder builder = args.length > 0 && args[0].equals("all")
                ? LanguageDetectorBuilder.fromAllLanguages()
                : LanguageDetectorBuilder.fromLanguages(Language.ENGLISH, Language.FRENCH, Language.GERMAN,
                        Language.SPANISH, Language.PORTUGUESE, Language.ITALIAN, Language.DUTCH, Language.INDONESIAN,
                        Language.TURKISH, Language.POLISH, Language.SWEDISH, Language.ROMANIAN, Language.AZERBAIJANI,
                        Language.RUSSIAN, Language.ARABIC);
        LanguageDetector lingua = builder.withPreloadedLanguageModels().build();
        double loadSeconds = (System.nanoTime() - load) / 1e9;
        long heap = usedHeap() - before;
        int linguaRight = 0;
        int linguaExact = 0;
        for (int warm = 0; warm < 3; warm++) samples.forEach(s -> lingua.detectLanguageOf(s.text()));
        long t1 = System.nanoTime();
        for (Sample s : samples) {
            Language l = lingua.detectLanguageOf(s.text());
            String code = l == Language.UNKNOWN ? "und" : l.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
            if (code.equals("en") == s.language().equals("en")) linguaRight++;
            if (code.equals(s.language())) linguaExact++;
        }
        double linguaMicros = (System.nanoTime() - t1) / 1e3 / samples.size();
        System.out.printf(Locale.ROOT, "Lingua 1.2.2 (%s): accuracy %.3f (en vs not), exact language %.3f; load %.1f s,"
                        + " heap +%.0f MiB; %.0f us/sample after warm-up%n", args.length > 0 ? "all languages" : "15 languages",
                (double) linguaRight / samples.size(), (double) linguaExact / samples.size(), loadSeconds,
                heap / 1048576.0, linguaMicros);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    static List<Sample> samples() throws IOException {
        List<Sample> out = new ArrayList<>();
        try (InputStream in = LanguageDetectorComparison.class.getResourceAsStream("language-samples.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", 2);
                out.add(new Sample(cols[0], cols[1]));
            }
        }
        return out;
    }
}
