package org.annalist.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.annalist.extract.ExtractionException.Reason;
import org.annalist.model.Article;
import org.annalist.model.RawDocument;
import org.junit.jupiter.api.Test;

class DocumentDecodingTest {

    private static final String STORY = "The council said that the bridge over the river would reopen in the "
            + "autumn, and that the repairs were paid for by the regional government.";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static RawDocument doc(byte[] bytes, RawDocument.Format format) {
        return new RawDocument("test", null, bytes, format, null, null);
    }

    @Test
    void refusesContentWithNulBytes() {
        byte[] bytes = Arrays.copyOf(STORY.getBytes(StandardCharsets.US_ASCII), 200);

        assertThatThrownBy(() -> extractor.extract(doc(bytes, RawDocument.Format.UNKNOWN)))
                .isInstanceOf(ExtractionException.class)
                .hasMessage("binary content (NUL bytes in the first 8 KiB)")
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.BINARY);
    }

    @Test
    void refusesContentFullOfControlBytes() {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a' + i % 26);
        }

        assertThatThrownBy(() -> extractor.extract(doc(bytes, RawDocument.Format.UNKNOWN)))
                .hasMessageStartingWith("binary content (")
                .hasMessageEndingWith("% control bytes in the first 8 KiB)");
    }

    @Test
    void refusesEmptyInput() {
        assertThatThrownBy(() -> extractor.extract(doc(new byte[0], RawDocument.Format.TEXT)))
                .hasMessage("empty document");
    }

    @Test
    void refusesWhitespaceOnlyInput() {
        assertThatThrownBy(() -> extractor.extract(RawDocument.ofText("test", " \n\t \r\n  ", null)))
                .hasMessage("empty document")
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void refusesDocumentsOverTheSizeLimit() {
        ArticleExtractor small = new ArticleExtractor(ExtractorOptions.defaults().withMaxBytes(1024));
        byte[] bytes = new byte[2048];
        Arrays.fill(bytes, (byte) 'a');

        assertThatThrownBy(() -> small.extract(doc(bytes, RawDocument.Format.TEXT)))
                .hasMessage("document too large: 2,048 bytes > 1 KiB limit")
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void describesTheDefaultLimitInMebibytes() {
        assertThat(DocumentDecoder.humanSize(ExtractorOptions.DEFAULT_MAX_BYTES)).isEqualTo("20 MiB");
    }

    @Test
    void decodesInvalidUtf8AsWindows1252() throws Exception {
        String text = "The minister’s office said the “agreement” was signed in Zürich. " + STORY;
        byte[] bytes = text.getBytes(Charset.forName("windows-1252"));

        Article article = extractor.extract(doc(bytes, RawDocument.Format.TEXT));

        assertThat(article.text()).startsWith("The minister’s office said the “agreement” was signed in Zürich.");
    }

    @Test
    void decodesValidUtf8AsUtf8() throws Exception {
        String text = "The delegation arrived in Zürich and Gyumri. " + STORY;

        Article article = extractor.extract(doc(text.getBytes(StandardCharsets.UTF_8), RawDocument.Format.TEXT));

        assertThat(article.text()).startsWith("The delegation arrived in Zürich and Gyumri.");
    }

    @Test
    void followsTheByteOrderMark() throws Exception {
        byte[] body = ("The talks in Zürich ended. " + STORY).getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);

        Article article = extractor.extract(doc(bytes, RawDocument.Format.TEXT));

        assertThat(article.text()).startsWith("The talks in Zürich ended.");
    }

    @Test
    void followsTheCharsetDeclaredInHtml() throws Exception {
        String html = "<html><head><meta charset=\"koi8-r\"><title>Talks</title></head><body><article><p>"
                + STORY + " The mayor of Москва was not present.</p></article></body></html>";

        Article article = extractor.extract(doc(html.getBytes(Charset.forName("KOI8-R")), RawDocument.Format.HTML));

        assertThat(article.text()).endsWith("The mayor of Москва was not present.");
    }

    @Test
    void normalisesNewlinesAndStripsControlCharacters() throws Exception {
        String text = "The first\u0007 paragraph   is   here, and it is about the bridge.\r\n\r\n"
                + "The second\tparagraph follows.\r" + STORY;

        Article article = extractor.extract(RawDocument.ofText("test", text, null));

        assertThat(article.text()).isEqualTo("The first paragraph is here, and it is about the bridge.\n\n"
                + "The second\tparagraph follows.\n" + STORY);
    }
}
