package org.annalist.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Runs article extractors over the pages of an extraction benchmark and scores them (FORMATS.md section 4).
 * Each page is read once and handed to every system in turn, so all systems see the same bytes in the
 * same run.
 */
public final class ExtractionEvaluation {

    private ExtractionEvaluation() {
    }

    /**
     * Extracts and scores every page with every system.
     *
     * @param pages    the benchmark pages ({@link ExtractionGold#read})
     * @param systems  the systems, in the order of the result
     * @param progress told the number of pages done after each page
     * @return one score set per system, in the order given
     * @throws GoldFileException       when a page cannot be read
     * @throws ExtractionToolException when a system cannot run
     */
    public static List<ExtractionScores> run(List<ExtractionPage> pages, List<? extends ExtractionSystem> systems,
                                             IntConsumer progress) throws GoldFileException, ExtractionToolException {
        int n = systems.size();
        List<List<ExtractionPageScore>> scores = new ArrayList<>();
        List<Map<String, String>> refusals = new ArrayList<>();
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            scores.add(new ArrayList<>());
            refusals.add(new LinkedHashMap<>());
        }
        int done = 0;
        for (ExtractionPage page : pages) {
            byte[] html = page.readHtml();
            for (int i = 0; i < n; i++) {
                ExtractionOutput out = systems.get(i).extract(page, html.clone());
                nanos[i] += out.nanos();
                if (out.refusal() != null) refusals.get(i).put(page.id(), out.refusal());
                scores.get(i).add(ExtractionPageScore.of(page.id(), page.url(), page.goldBody(), out.text()));
            }
            progress.accept(++done);
        }
        List<ExtractionScores> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            result.add(new ExtractionScores(systems.get(i).name(), scores.get(i), nanos[i], refusals.get(i)));
        }
        return result;
    }
}
