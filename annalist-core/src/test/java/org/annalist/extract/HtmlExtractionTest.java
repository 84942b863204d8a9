package org.annalist.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.annalist.model.Article;
import org.annalist.model.EmbeddedPost;
import org.annalist.model.RawDocument;
import org.junit.jupiter.api.Test;

class HtmlExtractionTest {

    private static final String P1 = "The regional council voted on Thursday to rebuild the old bridge over the "
            + "river, which was closed after the floods of last spring.";
    private static final String P2 = "Work is expected to begin in the autumn, and the council said that the "
            + "bridge would carry both cars and the new tram line.";
    private static final String P3 = "Residents of the eastern districts, who have had to drive around the lake "
            + "for months, welcomed the decision.";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article extract(String html, RawDocument.Format format, String url) throws ExtractionException {
        return extractor.extract(new RawDocument("test", url, html.getBytes(StandardCharsets.UTF_8), format, null, null));
    }

    private Article extract(String html) throws ExtractionException {
        return extract(html, RawDocument.Format.HTML, null);
    }

    @Test
    void prefersJsonLdArticleBody() throws Exception {
        String html = """
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Daily Example"},
                 {"@type":"NewsArticle","headline":"Council votes to rebuild bridge",
                  "datePublished":"2023-03-16T09:30:00+02:00",
                  "articleBody":"%s\\n%s"}]}
                </script></head>
                <body><div class="teaser"><p>A short teaser that is not the article at all, only a summary.</p></div>
                </body></html>""".formatted(P1, P2);

        Article article = extract(html);

        assertThat(article.text()).isEqualTo(P1 + "\n\n" + P2);
        assertThat(article.title()).isEqualTo("Council votes to rebuild bridge");
        assertThat(article.date()).isEqualTo(LocalDate.of(2023, 3, 16));
    }

    @Test
    void readsJsonLdArticleBodyThatIsEscapedHtml() throws Exception {
        String html = """
                <html><head><script type="application/ld+json">
                {"@type":"NewsArticle","articleBody":"&lt;p&gt;%s&lt;/p&gt;&lt;div class=\\"x\\"&gt;&lt;p&gt;%s&lt;/p&gt;&lt;/div&gt;"}
                </script></head><body><p>A teaser only, which is not the article text that we want.</p></body></html>"""
                .formatted(P1, P2);

        assertThat(extract(html).text()).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void leavesOutPhotoGalleriesAndCaptions() throws Exception {
        String html = "<html><body><article><p>" + P1 + "</p>"
                + "<div class=\"photo-gallery\"><p>A long row of parked cars waits at the closed bridge on Monday.</p>"
                + "<p>Image 1 of 8</p></div>"
                + "<p>" + P2 + "</p><p class=\"image-caption\">The old bridge in the evening light, seen from the "
                + "east bank.</p></article></body></html>";

        assertThat(extract(html).text()).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void takesTheArticleElementAndLeavesOutNavigationAndFooter() throws Exception {
        String html = """
                <!DOCTYPE html><html><head><title>Bridge to be rebuilt | Daily Example</title></head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <header><h1>Bridge to be rebuilt</h1></header>
                <article><h1>Bridge to be rebuilt</h1><p>%s</p><p>%s</p>
                <div class="share-buttons"><p>Share on Facebook, share on X, or copy the link to this story.</p></div>
                </article>
                <footer><p>Copyright Daily Example. All rights reserved, all the time, everywhere.</p></footer>
                </body></html>""".formatted(P1, P2);

        Article article = extract(html);

        assertThat(article.text()).isEqualTo(P1 + "\n\n" + P2);
        assertThat(article.title()).isEqualTo("Bridge to be rebuilt");
    }

    @Test
    void picksTheDensestBlockWhenThereIsNoArticleElement() throws Exception {
        String html = """
                <html><body>
                <div class="links">
                  <p><a href="/a">Council approves new budget for the coming year</a></p>
                  <p><a href="/b">Floods close the lake road for the third time this spring</a></p>
                  <p><a href="/c">Tram line extension opens to passengers next month</a></p>
                </div>
                <div class="story"><p>%s</p><p>%s</p><p>%s</p></div>
                <div class="note"><p>Comments are closed for this story, please write to us.</p></div>
                </body></html>""".formatted(P1, P2, P3);

        Article article = extract(html);

        assertThat(article.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void sniffsHtmlWhenTheFormatIsUnknown() throws Exception {
        Article article = extract("<!doctype html><html><body><article><p>" + P1 + "</p></article></body></html>",
                RawDocument.Format.UNKNOWN, null);

        assertThat(article.text()).isEqualTo(P1);
    }

    @Test
    void keepsLineBreaksAndDropsLinkOnlyParagraphs() throws Exception {
        String html = "<html><body><article><p>" + P1 + "<br>" + P2 + "</p>"
                + "<p><a href=\"/more\">More stories about the bridge and the river</a></p>"
                + "<p>Also Read: <a href=\"/old\">Floods close the lake road</a></p>"
                + "<p>" + P3 + "</p></article></body></html>";

        Article article = extract(html);

        assertThat(article.text()).isEqualTo(P1 + "\n" + P2 + "\n\n" + P3);
    }

    @Test
    void treatsAFullPageAsHtmlEvenWhenTheSourceCallsItText() throws Exception {
        Article article = extract("<!DOCTYPE html>\n<html><body><nav><a href=\"/\">Home</a></nav><article><p>" + P1
                + "</p></article></body></html>", RawDocument.Format.TEXT, null);

        assertThat(article.text()).isEqualTo(P1);
    }

    @Test
    void keepsAngleBracketsInPlainTextOfUnknownFormat() throws Exception {
        String text = "The index rose <1% on Monday, and traders said the move was smaller than the one of the "
                + "previous week, when it rose by more than two points.";

        assertThat(extract(text, RawDocument.Format.UNKNOWN, null).text()).isEqualTo(text);
    }

    @Test
    void readsTitleDateAndUrlFromMetadata() throws Exception {
        String html = """
                <html><head>
                <meta property="og:title" content="Council votes to rebuild the bridge">
                <meta property="article:published_time" content="2023-03-16T08:00:00Z">
                <link rel="canonical" href="/news/bridge">
                <title>Something else | Daily Example</title></head>
                <body><article><p>%s</p></article></body></html>""".formatted(P1);

        Article article = extract(html, RawDocument.Format.HTML, "https://example.org/amp/news/bridge?x=1");

        assertThat(article.title()).isEqualTo("Council votes to rebuild the bridge");
        assertThat(article.date()).isEqualTo(LocalDate.of(2023, 3, 16));
        assertThat(article.url()).isEqualTo("https://example.org/news/bridge");
    }

    @Test
    void takesTheDateFromATimeElementWhenMetaIsMissing() throws Exception {
        String html = "<html><body><article><time datetime=\"2022-11-03\">3 November</time><p>" + P1
                + "</p></article></body></html>";

        assertThat(extract(html).date()).isEqualTo(LocalDate.of(2022, 11, 3));
    }

    @Test
    void prefersTheSourceDateHintOverMetadata() throws Exception {
        String html = "<html><head><meta property=\"article:published_time\" content=\"2023-03-16\"></head>"
                + "<body><article><p>" + P1 + "</p></article></body></html>";
        RawDocument doc = new RawDocument("test", null, html.getBytes(StandardCharsets.UTF_8),
                RawDocument.Format.HTML, null, LocalDate.of(2023, 3, 17));

        assertThat(extractor.extract(doc).date()).isEqualTo(LocalDate.of(2023, 3, 17));
    }

    @Test
    void turnsAnEmbeddedTweetIntoAQuotedPost() throws Exception {
        String post = "Productive talks today on the border commission. We will continue.";
        String html = "<html><body><article><p>" + P1 + "</p>"
                + "<blockquote class=\"twitter-tweet\"><p lang=\"en\" dir=\"ltr\">" + post
                + " <a href=\"https://t.co/Qw3Er5\">pic.twitter.com/Qw3Er5</a></p>&mdash; Ani Petrosyan "
                + "(@AniPetrosyan_) <a href=\"https://twitter.com/AniPetrosyan_/status/1\">March 13, 2023</a>"
                + "</blockquote><p>" + P2 + "</p></article></body></html>";

        Article article = extract(html);

        assertThat(article.text()).isEqualTo(P1 + "\n\n" + post + "\n\n" + P2);
        EmbeddedPost embed = article.embeds().get(0);
        assertThat(embed.author()).isEqualTo("Ani Petrosyan");
        assertThat(embed.handle()).isEqualTo("AniPetrosyan_");
        assertThat(embed.date()).isEqualTo(LocalDate.of(2023, 3, 13));
        assertThat(article.text().substring(embed.start(), embed.end())).isEqualTo(post);
    }

    @Test
    void findsDatelineAtTheStartOfAnHtmlBody() throws Exception {
        String html = "<html><body><article><p>YEREVAN, March 14, 2023 /ARKA/. " + P1 + "</p></article></body></html>";

        Article article = extract(html);

        assertThat(article.dateline().place()).isEqualTo("Yerevan");
        assertThat(article.dateline().start()).isZero();
    }

    @Test
    void fallsBackToThePageWhenJsonLdHoldsOnlyATeaser() throws Exception {
        String html = """
                <html><head><script type="application/ld+json">
                {"@type":"NewsArticle","articleBody":"The regional council voted on Thursday to rebuild..."}
                </script></head>
                <body><article><p>%s</p><p>%s</p><p>%s</p></article></body></html>""".formatted(P1, P2, P3);

        assertThat(extract(html).text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void findsTextWrittenStraightIntoADivWithLineBreaks() throws Exception {
        String html = "<html><body><div class=\"menu-list\"><a href=\"/\">Home</a> <a href=\"/w\">World</a></div>"
                + "<div class=\"content\"><div class=\"text\">" + P1 + "<br><br>" + P2 + "</div></div>"
                + "<p>Copyright notice for all pages of this site.</p></body></html>";

        assertThat(extract(html).text()).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void ignoresTeaserCardsMarkedAsArticles() throws Exception {
        String html = "<html><body>"
                + "<article class=\"card\"><p>A card about another story, with a short summary of it here.</p></article>"
                + "<article class=\"card\"><p>A second card about yet another story, also with a summary.</p></article>"
                + "<div class=\"body\"><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></body></html>";

        assertThat(extract(html).text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void refusesAPageWithoutArticleText() {
        String html = "<html><body><nav><a href=\"/\">Home</a></nav><footer>Daily Example</footer></body></html>";

        assertThatThrownBy(() -> extract(html)).hasMessage("no article text found in HTML");
    }
}
