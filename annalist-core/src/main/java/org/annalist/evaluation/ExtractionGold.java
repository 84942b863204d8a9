package org.annalist.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads an article-extraction benchmark folder (FORMATS.md section 4): {@code ground-truth.json}
 * ({@code {"<id>": {"articleBody": "...", "url": "..."}}}) and {@code html/<id>.html.gz} for every id.
 */
public final class ExtractionGold {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExtractionGold() {
    }

    /**
     * Lists the pages of a benchmark folder, in the order of the ground truth. Pages are not read here.
     * A missing {@code articleBody} counts as an empty body, as in the benchmark's {@code evaluate.py}.
     *
     * @throws GoldFileException when the ground truth is missing or malformed, or a page file is missing;
     *                           the message names the file and the id
     */
    public static List<ExtractionPage> read(Path dir) throws GoldFileException {
        Path truth = dir.resolve("ground-truth.json");
        JsonNode root;
        try {
            root = JSON.readTree(truth.toFile());
        } catch (IOException e) {
            throw new GoldFileException("cannot read extraction gold " + truth + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new GoldFileException("cannot read extraction gold " + truth + ": not a JSON object of pages by id");
        }
        List<ExtractionPage> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            JsonNode page = e.getValue();
            if (!page.isObject()) {
                throw new GoldFileException("cannot read extraction gold " + truth + ": page \"" + id + "\" is not an object");
            }
            String body = text(truth, id, page, "articleBody");
            String url = text(truth, id, page, "url");
            Path html = dir.resolve("html").resolve(id + ".html.gz");
            if (!Files.isRegularFile(html)) {
                throw new GoldFileException("cannot read extraction gold " + dir + ": page \"" + id + "\" has no file " + html);
            }
            pages.add(new ExtractionPage(id, url, body == null ? "" : body, html));
        }
        return pages;
    }

    private static String text(Path file, String id, JsonNode page, String field) throws GoldFileException {
        JsonNode v = page.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) {
            throw new GoldFileException("cannot read extraction gold " + file + ": \"" + field + "\" of page \"" + id
                    + "\" must be a string");
        }
        return v.asText();
    }
}
