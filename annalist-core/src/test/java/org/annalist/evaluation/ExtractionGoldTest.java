package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionGoldTest {

    @TempDir
    Path dir;

    static void writePage(Path dir, String id, String html) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/" + id + ".html.gz")))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void listsPagesInGroundTruthOrderWithTheirUrlAndBody() throws Exception {
        Files.writeString(dir.resolve("ground-truth.json"), """
                {"b2": {"articleBody": "Second body.", "url": "https://example.org/b"},
                 "a1": {"articleBody": "First body.", "url": "https://example.org/a"}}""");
        writePage(dir, "a1", "<html><body><p>First body.</p></body></html>");
        writePage(dir, "b2", "<html><body><p>Second body.</p></body></html>");

        List<ExtractionPage> pages = ExtractionGold.read(dir);

        assertThat(pages).extracting(ExtractionPage::id).containsExactly("b2", "a1");
        assertThat(pages.get(1).url()).isEqualTo("https://example.org/a");
        assertThat(pages.get(1).goldBody()).isEqualTo("First body.");
        assertThat(new String(pages.get(1).readHtml(), StandardCharsets.UTF_8)).contains("<p>First body.</p>");
    }

    @Test
    void aPageWithoutArticleBodyHasAnEmptyGoldBody() throws Exception {
        Files.writeString(dir.resolve("ground-truth.json"), "{\"a1\": {\"url\": \"https://example.org/a\"}}");
        writePage(dir, "a1", "<html></html>");

        assertThat(ExtractionGold.read(dir).get(0).goldBody()).isEmpty();
    }

    @Test
    void aMissingPageFileIsAnErrorNamingTheId() throws Exception {
        Files.writeString(dir.resolve("ground-truth.json"), "{\"a1\": {\"articleBody\": \"x\", \"url\": null}}");

        assertThatThrownBy(() -> ExtractionGold.read(dir)).isInstanceOf(GoldFileException.class)
                .hasMessageContaining("\"a1\"").hasMessageContaining("a1.html.gz");
    }

    @Test
    void aFolderWithoutGroundTruthIsAnErrorNamingTheFile() {
        assertThatThrownBy(() -> ExtractionGold.read(dir)).isInstanceOf(GoldFileException.class)
                .hasMessageContaining("ground-truth.json");
    }

    @Test
    void aPageThatIsNotGzipIsAnErrorNamingTheFile() throws Exception {
        Files.writeString(dir.resolve("ground-truth.json"), "{\"a1\": {\"articleBody\": \"x\"}}");
        Files.createDirectories(dir.resolve("html"));
        Files.writeString(dir.resolve("html/a1.html.gz"), "<html>not compressed</html>");

        ExtractionPage page = ExtractionGold.read(dir).get(0);

        assertThatThrownBy(page::readHtml).isInstanceOf(GoldFileException.class).hasMessageContaining("a1.html.gz");
    }
}
