package org.annalist.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.annalist.model.Article;
import org.annalist.model.Sentence;
import org.annalist.model.TimeExpression;
import org.annalist.nlp.CoreNlpAnnotator;

/**
 * Scores the annotator's time expressions against a time-gold file (FORMATS.md section 3) with
 * {@link TimexEvaluation}: each gold document is annotated as an article whose text is the record's
 * text and whose date is the record's {@code dct}.
 */
public final class TimeEvaluation {

    private TimeEvaluation() {
    }

    /**
     * Reads a time-gold file and scores the annotator on it ({@code annalist eval times --gold FILE}).
     *
     * @throws GoldFileException when the gold file cannot be read
     */
    public static TimexScores run(Path gold, CoreNlpAnnotator annotator) throws GoldFileException {
        return TimexEvaluation.run(TimeGold.read(gold), tagger(annotator));
    }

    /** Scores the annotator on gold documents already read. */
    public static TimexScores run(List<TimeGoldRecord> records, CoreNlpAnnotator annotator) {
        return TimexEvaluation.run(records, tagger(annotator));
    }

    /** The tagger that annotates a gold document's text, dated by its {@code dct}, and returns its time expressions. */
    public static Function<TimeGoldRecord, List<TimeExpression>> tagger(CoreNlpAnnotator annotator) {
        return record -> {
            Article article = new Article(record.id(), null, null, record.dct(), "en", record.text(), null,
                    List.of(), "time gold", List.of());
            List<TimeExpression> times = new ArrayList<>();
            for (Sentence s : annotator.annotate(article).sentences()) times.addAll(s.times());
            return times;
        };
    }
}
