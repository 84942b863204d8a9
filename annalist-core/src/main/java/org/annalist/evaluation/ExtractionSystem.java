package org.annalist.evaluation;

import org.annalist.extract.ArticleExtractor;
import org.annalist.extract.ExtractionException;
import org.annalist.model.RawDocument;

/** An article extractor under evaluation: a page's HTML in, its article body out. */
public interface ExtractionSystem extends AutoCloseable {

    /** @return the name shown in reports ({@code annalist}, {@code readability}) */
    String name();

    /**
     * Extracts the article body of one page. A page the system refuses is an output with empty text
     * and a refusal, not an exception.
     *
     * @param page the page (id and URL)
     * @param html the page's bytes as stored
     * @throws ExtractionToolException when the system cannot run at all
     */
    ExtractionOutput extract(ExtractionPage page, byte[] html) throws ExtractionToolException;

    /** Releases whatever the system holds (a child process); nothing by default. */
    @Override
    default void close() throws ExtractionToolException {
    }

    /**
     * Annalist's own extract stage on HTML with the page URL from the ground truth; the body is
     * {@code Article.text()}. A refused page ({@link ExtractionException}) yields empty text.
     */
    static ExtractionSystem annalist(ArticleExtractor extractor) {
        return new ExtractionSystem() {
            @Override
            public String name() {
                return "annalist";
            }

            @Override
            public ExtractionOutput extract(ExtractionPage page, byte[] html) {
                RawDocument doc = new RawDocument(page.id(), page.url(), html, RawDocument.Format.HTML, null, null);
                long start = System.nanoTime();
                try {
                    String text = extractor.extract(doc).text();
                    return new ExtractionOutput(text, System.nanoTime() - start, null);
                } catch (ExtractionException e) {
                    return new ExtractionOutput("", System.nanoTime() - start, e.getMessage());
                }
            }
        };
    }
}
