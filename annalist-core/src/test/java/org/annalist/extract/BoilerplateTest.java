package org.annalist.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.model.Article;
import org.annalist.model.RawDocument;
import org.junit.jupiter.api.Test;

class BoilerplateTest {

    private static final String FIRST = "The committee met on Monday to review the budget of the new hospital.";
    private static final String SECOND = "Its members agreed that the building work should start in the summer.";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private String body(String text) throws ExtractionException {
        return extractor.extract(RawDocument.ofText("test", text, null)).text();
    }

    @Test
    void removesAlsoReadLines() throws Exception {
        assertThat(body(FIRST + "\n\nAlso Read: Hospital plans approved by the council\n\n" + SECOND))
                .isEqualTo(FIRST + "\n\n" + SECOND);
    }

    @Test
    void removesCapitalisedAlsoReadWithoutSeparator() throws Exception {
        assertThat(body(FIRST + "\n\nALSO READ\n\nHospital plans approved by the council\n\n" + SECOND))
                .doesNotContain("ALSO READ");
    }

    @Test
    void removesReadMorePrompts() throws Exception {
        assertThat(body(FIRST + "\nRead more: The history of the hospital\nRead More\n" + SECOND))
                .isEqualTo(FIRST + "\n" + SECOND);
    }

    @Test
    void keepsSentencesThatMerelyContainRead() throws Exception {
        String sentence = "Read more carefully, the report shows that the budget was never approved.";
        String other = "She said she had already read the report and would share it with the committee.";

        assertThat(body(FIRST + "\n\n" + sentence + "\n\n" + other))
                .isEqualTo(FIRST + "\n\n" + sentence + "\n\n" + other);
    }

    @Test
    void removesShareFollowSubscribeAndClickHereLines() throws Exception {
        String text = FIRST + "\nShare this article\nFollow us on Twitter and Facebook\n"
                + "Subscribe to our daily newsletter\nClick here to download the app\n" + SECOND;

        assertThat(body(text)).isEqualTo(FIRST + "\n" + SECOND);
    }

    @Test
    void removesLinesThatAreOnlyLinks() throws Exception {
        String text = FIRST + "\n\nhttps://example.org/news/hospital-budget\n\n"
                + "www.example.org | https://example.org/about\n\n" + SECOND;

        assertThat(body(text)).isEqualTo(FIRST + "\n\n" + SECOND);
    }

    @Test
    void removesPhotoCreditsAndAdvertisementLines() throws Exception {
        String text = FIRST + "\n(Photo: City council press office)\nAdvertisement\n" + SECOND;

        assertThat(body(text)).isEqualTo(FIRST + "\n" + SECOND);
    }

    @Test
    void removesTweetLinksButKeepsTheSentence() throws Exception {
        String text = "The minister posted a photo of the site https://t.co/Ab12Cd. " + FIRST + "\n\n"
                + "The mayor shared the plans pic.twitter.com/Xy98Zw and thanked the builders.";

        assertThat(body(text)).isEqualTo("The minister posted a photo of the site. " + FIRST + "\n\n"
                + "The mayor shared the plans and thanked the builders.");
    }

    @Test
    void removesTimeStampLines() throws Exception {
        assertThat(body(FIRST + "\nUpdated 5:27 am CST, Wednesday, November 20, 2019\n" + SECOND))
                .isEqualTo(FIRST + "\n" + SECOND);
    }

    @Test
    void removesWireCreditLines() throws Exception {
        assertThat(body(FIRST + "\n\n" + SECOND + "\n\n(Reporting by Ann Smith; Editing by Tom Brown)"))
                .isEqualTo(FIRST + "\n\n" + SECOND);
    }

    @Test
    void keepsSentencesThatStartLikeTimeStamps() throws Exception {
        String sentence = "Published in 2019, the report was ignored.";

        assertThat(body(FIRST + "\n\n" + sentence)).isEqualTo(FIRST + "\n\n" + sentence);
    }

    @Test
    void takesAShortFirstLineAsTheTitle() throws Exception {
        Article article = extractor.extract(RawDocument.ofText("test",
                "Hospital budget approved\n\n" + FIRST + "\n\n" + SECOND, null));

        assertThat(article.title()).isEqualTo("Hospital budget approved");
        assertThat(article.text()).isEqualTo(FIRST + "\n\n" + SECOND);
    }

    @Test
    void keepsAFirstLineEndingWithAPeriodInTheBody() throws Exception {
        Article article = extractor.extract(RawDocument.ofText("test", FIRST + "\n\n" + SECOND, null));

        assertThat(article.title()).isNull();
        assertThat(article.text()).isEqualTo(FIRST + "\n\n" + SECOND);
    }

    @Test
    void keepsAFirstLineEndingWithAQuotedSentenceInTheBody() throws Exception {
        String quoted = "The mayor said: “We will rebuild it.”";
        Article article = extractor.extract(RawDocument.ofText("test", quoted + "\n\n" + FIRST, null));

        assertThat(article.title()).isNull();
        assertThat(article.text()).startsWith(quoted);
    }

    @Test
    void givesTheSameIdToTheSameBodyWhateverItsSpacingAndCase() throws Exception {
        Article a = extractor.extract(RawDocument.ofText("a", FIRST + "\n\n" + SECOND, null));
        Article b = extractor.extract(RawDocument.ofText("b", FIRST.toUpperCase() + "   \n\n\n" + SECOND, null));
        Article c = extractor.extract(RawDocument.ofText("c", SECOND + "\n\n" + FIRST, null));

        assertThat(a.id()).hasSize(16).matches("[0-9a-f]{16}").isEqualTo(b.id()).isNotEqualTo(c.id());
    }

    @Test
    void refusesTextThatIsNothingButBoilerplate() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        body("Share this article\n\nAdvertisement\n\nhttps://example.org/"))
                .hasMessage("no article text left after removing boilerplate");
    }
}
