package org.annalist.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.annalist.model.Article;
import org.annalist.model.DateEvidence;
import org.annalist.model.PageMetadata;
import org.annalist.model.RawDocument;
import org.junit.jupiter.api.Test;

class PageMetadataTest {

    static final String BODY = "<p>The harbour authority of Port Ellis said on Monday that the northern pier would close"
            + " for repairs after storm damage was found during an inspection last week.</p>"
            + "<p>Fishing boats will use the southern quay until the work is finished, officials said.</p>";

    final ArticleExtractor extractor = new ArticleExtractor();

    Article html(String head, String url) throws ExtractionException {
        String page = "<html><head>" + head + "</head><body><article>" + BODY + "</article></body></html>";
        return extractor.extract(new RawDocument("t.html", url, page.getBytes(StandardCharsets.UTF_8),
                RawDocument.Format.HTML, null, null));
    }

    @Test
    void authorAndSiteFromOpenGraphAndMeta() throws ExtractionException {
        Article a = html("<meta name=\"author\" content=\"By Mara Quinn\"><meta property=\"og:site_name\" content=\"Ellis Gazette\">"
                + "<link rel=\"canonical\" href=\"https://gazette.example/news/pier\">", "https://gazette.example/news/pier?utm=x");
        assertThat(a.metadata().author()).isEqualTo("Mara Quinn");
        assertThat(a.metadata().siteName()).isEqualTo("Ellis Gazette");
        assertThat(a.metadata().canonicalUrl()).isEqualTo("https://gazette.example/news/pier");
        assertThat(a.metadata().documentUrl()).isEqualTo("https://gazette.example/news/pier?utm=x");
        assertThat(a.urls()).containsExactly("https://gazette.example/news/pier", "https://gazette.example/news/pier?utm=x");
        assertThat(a.metadata().domain()).isEqualTo("gazette.example");
    }

    @Test
    void authorsAndPublisherFromJsonLd() throws ExtractionException {
        Article a = html("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Pier closes\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Mara Quinn\"},{\"@type\":\"Person\",\"name\":\"Leo Park\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Ellis Gazette\"}}</script>", null);
        assertThat(a.metadata().author()).isEqualTo("Mara Quinn and Leo Park");
        assertThat(a.metadata().siteName()).isEqualTo("Ellis Gazette");
    }

    @Test
    void authorFromItempropAndNoneWhenThePageHasNone() throws ExtractionException {
        String page = "<html><body><article><span itemprop=\"author\"><span itemprop=\"name\">Ines Duarte</span></span>"
                + BODY + "</article></body></html>";
        Article a = extractor.extract(new RawDocument("t.html", null, page.getBytes(StandardCharsets.UTF_8),
                RawDocument.Format.HTML, null, null));
        assertThat(a.metadata().author()).isEqualTo("Ines Duarte");
        assertThat(html("", null).metadata().author()).isNull();
        assertThat(html("", null).metadata().siteName()).isNull();
    }

    @Test
    void feedHintsWinOverThePage() throws ExtractionException {
        String page = "<html><head><meta name=\"author\" content=\"Desk\"></head><body><article>" + BODY + "</article></body></html>";
        Article a = extractor.extract(new RawDocument("f#1", "https://x.example/a", page.getBytes(StandardCharsets.UTF_8),
                RawDocument.Format.HTML, null, null, null, "Mara Quinn", "Ellis Gazette"));
        assertThat(a.metadata().author()).isEqualTo("Mara Quinn");
        assertThat(a.metadata().siteName()).isEqualTo("Ellis Gazette");
    }

    @Test
    void urlDatePatterns() {
        assertThat(PageMetadata.urlDate("https://www.nytimes.com/2019/11/19/opinion/x.html")).isEqualTo(LocalDate.of(2019, 11, 19));
        assertThat(PageMetadata.urlDate("https://x.example/news/2023-03-14-pier-closes")).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(PageMetadata.urlDate("https://x.example/20230314/pier")).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(PageMetadata.urlDate("https://www.theguardian.com/world/2023/mar/14/pier")).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(PageMetadata.urlDate("https://x.example/2023/02/30/no")).isNull();
        assertThat(PageMetadata.urlDate("https://x.example/story/123456789")).isNull();
        assertThat(PageMetadata.urlDate(null)).isNull();
    }

    @Test
    void aDateInTheUrlDatesAPageWithoutDateMetadata() throws ExtractionException {
        Article a = html("", "https://gazette.example/2023/03/13/pier-closes");
        assertThat(a.date()).isEqualTo(LocalDate.of(2023, 3, 13));
        assertThat(a.dateEvidence()).containsExactly(new DateEvidence(DateEvidence.URL, LocalDate.of(2023, 3, 13)));
        Article withMeta = html("<meta property=\"article:published_time\" content=\"2023-03-14T08:00:00Z\">",
                "https://gazette.example/2023/03/13/pier-closes");
        assertThat(withMeta.date()).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(withMeta.dateConflicts()).containsExactly("url says 2023-03-13, metadata says 2023-03-14");
    }

    @Test
    void undeclaredCharsetsAreDetected() throws ExtractionException {
        DocumentDecoder decoder = new DocumentDecoder(1 << 20);
        String russian = "Правительство объявило в понедельник о новых мерах поддержки для пострадавших от наводнения"
                + " районов, сообщили официальные лица. Помощь получат более десяти тысяч семей.";
        assertThat(decoder.decode(russian.getBytes(Charset.forName("windows-1251")))).isEqualTo(russian);
        assertThat(decoder.decode(russian.getBytes(Charset.forName("KOI8-R")))).isEqualTo(russian);
        String french = "Le gouvernement a annoncé lundi de nouvelles mesures pour les régions touchées par les"
                + " inondations. Près de dix mille familles recevront une aide d'ici à la fin du mois, a précisé le ministère.";
        assertThat(decoder.decode(french.getBytes(Charset.forName("windows-1252")))).isEqualTo(french);
    }

    @Test
    void mislabelledCharsetsAreOverruled() throws ExtractionException {
        DocumentDecoder decoder = new DocumentDecoder(1 << 20);
        String text = "<p>Café owners in Zürich said the “new rules” were fair.</p>";
        // labelled Latin-1 by the server and the page, but UTF-8
        String labelled = "<meta charset=\"iso-8859-1\">" + text;
        assertThat(decoder.decode(labelled.getBytes(StandardCharsets.UTF_8), "ISO-8859-1")).endsWith(text);
        // labelled UTF-8, but windows-1252
        assertThat(decoder.decode(text.getBytes(Charset.forName("windows-1252")), "utf-8")).isEqualTo(text);
        // a header's charset is used when the bytes are not UTF-8
        String greek = "<p>Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης.</p>";
        assertThat(decoder.decode(greek.getBytes(Charset.forName("ISO-8859-7")), "ISO-8859-7")).isEqualTo(greek);
    }
}
