package org.annalist.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.annalist.model.Article;
import org.annalist.model.EmbeddedPost;
import org.annalist.model.RawDocument;
import org.junit.jupiter.api.Test;

class EmbeddedPostTest {

    private static final String BEFORE = "The prime minister wrote on social media after the meeting with the "
            + "delegation from the neighbouring country.";
    private static final String AFTER = "The foreign ministry of the other side has not yet commented on the talks.";
    private static final String POST = "Productive talks today on the border commission. We will continue.";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article extract(String text) throws ExtractionException {
        return extractor.extract(RawDocument.ofText("test", text, null));
    }

    private static String quoted(Article article, EmbeddedPost post) {
        return article.text().substring(post.start(), post.end());
    }

    @Test
    void recordsAPastedTweetWithSignatureOnTheSameLine() throws Exception {
        Article article = extract(BEFORE + "\n\n" + POST
                + " pic.twitter.com/Qw3Er5 — Ani Petrosyan (@AniPetrosyan_) March 13, 2023\n\n" + AFTER);

        assertThat(article.embeds()).singleElement().satisfies(post -> {
            assertThat(post.author()).isEqualTo("Ani Petrosyan");
            assertThat(post.handle()).isEqualTo("AniPetrosyan_");
            assertThat(post.date()).isEqualTo(LocalDate.of(2023, 3, 13));
            assertThat(quoted(article, post)).isEqualTo(POST);
        });
        assertThat(article.text()).isEqualTo(BEFORE + "\n\n" + POST + "\n\n" + AFTER);
    }

    @Test
    void recordsAPastedTweetWithSignatureOnItsOwnLine() throws Exception {
        Article article = extract(BEFORE + "\n\n" + POST + " https://t.co/Zx81Kq\n"
                + "— Ani Petrosyan (@AniPetrosyan_) March 13, 2023\n\n" + AFTER);

        EmbeddedPost post = article.embeds().get(0);
        assertThat(post.handle()).isEqualTo("AniPetrosyan_");
        assertThat(quoted(article, post)).isEqualTo(POST);
        assertThat(article.text()).doesNotContain("(@AniPetrosyan_)").doesNotContain("t.co");
    }

    @Test
    void takesThePreviousParagraphWhenTheSignatureStandsAlone() throws Exception {
        Article article = extract(BEFORE + "\n\n" + POST + "\n\n"
                + "— Ani Petrosyan (@AniPetrosyan_) March 13, 2023\n\n" + AFTER);

        assertThat(quoted(article, article.embeds().get(0))).isEqualTo(POST);
        assertThat(article.text()).isEqualTo(BEFORE + "\n\n" + POST + "\n\n" + AFTER);
    }

    @Test
    void keepsPostOffsetsRightAfterBoilerplateAboveItIsRemoved() throws Exception {
        Article article = extract("Council talks\n\nAlso Read: An older story about the council\n\n" + BEFORE
                + " https://t.co/Aa11Bb\n\nShare this article\n\n"
                + POST + " pic.twitter.com/Qw3Er5 — Ani Petrosyan (@AniPetrosyan_) March 13, 2023\n\n"
                + "Advertisement\n\n" + AFTER);

        EmbeddedPost post = article.embeds().get(0);
        assertThat(quoted(article, post)).isEqualTo(POST);
        assertThat(post.start()).isEqualTo(BEFORE.length() + 2);
    }

    @Test
    void recordsTwoPostsInOrder() throws Exception {
        String second = "Thank you for the warm welcome in the capital.";
        Article article = extract(BEFORE + "\n\n" + POST + " — Ani Petrosyan (@AniPetrosyan_) March 13, 2023\n\n"
                + second + " — Karen Vardanyan (@kvardanyan) 14 March 2023\n\n" + AFTER);

        assertThat(article.embeds()).extracting(EmbeddedPost::handle).containsExactly("AniPetrosyan_", "kvardanyan");
        assertThat(quoted(article, article.embeds().get(1))).isEqualTo(second);
        assertThat(article.embeds().get(1).date()).isEqualTo(LocalDate.of(2023, 3, 14));
    }

    @Test
    void doesNotTakeAHyphenInsideAWordForTheSignatureDash() throws Exception {
        Article article = extract(BEFORE + "\n\nA post-war plan was shared - Ani Petrosyan (@AniPetrosyan_) "
                + "March 13, 2023\n\n" + AFTER);

        EmbeddedPost post = article.embeds().get(0);
        assertThat(post.author()).isEqualTo("Ani Petrosyan");
        assertThat(quoted(article, post)).isEqualTo("A post-war plan was shared");
    }
}
