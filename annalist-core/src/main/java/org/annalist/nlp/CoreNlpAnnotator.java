package org.annalist.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Dependency;
import org.annalist.model.Sentence;
import org.annalist.model.TimeExpression;
import org.annalist.model.Token;
import org.annalist.time.AnchorShift;
import org.annalist.time.TimexCorrector;

/**
 * Annotates articles with Stanford CoreNLP: tokens, sentences, POS, lemmas, coarse NER, SUTime values
 * resolved against the article date (corrected to TimeML conventions by {@link TimexCorrector}; in a quoted
 * post, against the post's date by {@link AnchorShift}), and
 * enhanced++ Universal Dependencies.
 *
 * <p>Construction loads the models (several seconds, ~1 GiB of heap): make one per process and share it.
 * {@link #annotate(Article)} is safe to call from several threads.
 */
public final class CoreNlpAnnotator {

    private volatile StanfordCoreNLP pipeline;
    private final NlpConfig config;
    private final RawAnnotationCache cache = RawAnnotationCache.fromEnvironment();
    private final TimexCorrector timexCorrector = new TimexCorrector();

    public CoreNlpAnnotator() {
        this(NlpConfig.defaults());
    }

    public CoreNlpAnnotator(NlpConfig config) {
        this.config = config;
        // with an annotation cache (ANNALIST_NLP_CACHE) the models are loaded on the first miss only
        if (cache == null) this.pipeline = new StanfordCoreNLP(properties(config));
    }

    private StanfordCoreNLP pipeline() {
        StanfordCoreNLP p = pipeline;
        if (p == null) {
            synchronized (this) {
                if (pipeline == null) pipeline = new StanfordCoreNLP(properties(config));
                p = pipeline;
            }
        }
        return p;
    }

    /** The CoreNLP properties for a configuration; also used by the benchmark to time CoreNLP alone. */
    public static Properties properties(NlpConfig config) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("tokenize.language", "en");
        // a blank line ends a sentence: headlines, list items and quoted posts do not run together
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.applyFineGrained", Boolean.toString(config.fineGrainedNer()));
        p.setProperty("ner.useSUTime", Boolean.toString(config.sutime()));
        p.setProperty("ner.applyNumericClassifiers", Boolean.toString(config.sutime()));
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("depparse.maxlen", Integer.toString(config.maxSentenceTokens()));
        p.setProperty("pos.maxlen", "400");
        return p;
    }

    public NlpConfig config() {
        return config;
    }

    /** Runs CoreNLP alone on a text (for benchmarks); returns the number of sentences. */
    public int annotateRaw(String text, java.time.LocalDate date) {
        Annotation doc = new Annotation(text);
        if (date != null) doc.set(CoreAnnotations.DocDateAnnotation.class, date.format(DateTimeFormatter.ISO_LOCAL_DATE));
        pipeline().annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class).size();
    }

    /**
     * Annotates the article's text. Time expressions are normalised against {@link Article#referenceDate()}
     * (none when the article has no date: relative expressions then keep unresolved values).
     */
    public AnnotatedArticle annotate(Article article) {
        LocalDate reference = article.referenceDate();
        String key = cache == null ? null : RawAnnotationCache.key(article.text(), reference, config);
        List<Sentence> sentences = key == null ? null : cache.get(key);
        if (sentences == null) {
            sentences = runCoreNlp(article, reference);
            if (key != null) cache.put(key, sentences);
        }
        // SUTime's expressions brought to TimeML conventions (extents, types, values), then the words of a
        // quoted post counted from the post's date
        List<Sentence> corrected = timexCorrector.correct(sentences, article.text(), reference);
        return new AnnotatedArticle(article, AnchorShift.toPostDates(corrected, article.embeds(), reference));
    }

    private List<Sentence> runCoreNlp(Article article, LocalDate reference) {
        Annotation doc = new Annotation(article.text());
        if (reference != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, reference.format(DateTimeFormatter.ISO_LOCAL_DATE));
        }
        try {
            pipeline().annotate(doc);
        } catch (RuntimeException e) {
            throw new NlpException("CoreNLP failed on article " + article.id() + ": " + e.getMessage(), e);
        }
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        for (int si = 0; si < coreSentences.size(); si++) {
            sentences.add(convert(si, coreSentences.get(si)));
        }
        return sentences;
    }

    private static Sentence convert(int index, CoreMap s) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String ner = l.ner() == null ? "O" : l.ner();
            tokens.add(new Token(i, l.originalText() != null ? l.originalText() : l.word(),
                    l.beginPosition(), l.endPosition(), l.tag(), l.lemma(), ner));
        }
        List<Dependency> deps = new ArrayList<>();
        SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph != null) {
            for (IndexedWord root : graph.getRoots()) deps.add(new Dependency(-1, root.index() - 1, "root"));
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                // enhanced++ graphs may add copy nodes (index with copyCount > 0): attach them to the original token
                deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
                        e.getRelation().toString()));
            }
        }
        List<TimeExpression> times = new ArrayList<>();
        List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions != null) {
            for (CoreMap m : mentions) {
                Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                if (timex == null) continue;
                int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                String value = timex.value() != null ? timex.value() : timex.altVal();
                times.add(new TimeExpression(start, end, m.get(CoreAnnotations.TextAnnotation.class),
                        timex.timexType(), value));
            }
        }
        int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Sentence(index, start, end, tokens, deps, times);
    }
}
