package org.annalist.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * One page of an article-extraction benchmark (FORMATS.md section 4).
 *
 * @param id       the page id (the name of its HTML file without {@code .html.gz})
 * @param url      the page URL from the ground truth, or null
 * @param goldBody the article body the extractor should return
 * @param html     the gzip-compressed page, {@code html/<id>.html.gz}
 */
public record ExtractionPage(String id, String url, String goldBody, Path html) {

    /**
     * Reads and decompresses the page.
     *
     * @throws GoldFileException when the file is missing or not valid gzip; the message names the file
     */
    public byte[] readHtml() throws GoldFileException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new GoldFileException("cannot read page " + html + ": " + e.getMessage(), e);
        }
    }
}
