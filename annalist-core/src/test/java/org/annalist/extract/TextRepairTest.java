package org.annalist.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.model.Article;
import org.annalist.model.RawDocument;
import org.junit.jupiter.api.Test;

class TextRepairTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article extract(String text) throws ExtractionException {
        return extractor.extract(RawDocument.ofText("test", text, null));
    }

    @Test
    void repairsUtf8ThatWasReadAsWindows1252() throws Exception {
        Article article = extract("The governorâ€™s office said the â€œagreementâ€\u009d was signed in ZÃ¼rich "
                + "on Monday, and that the talks would go on.");

        assertThat(article.text()).isEqualTo("The governor’s office said the “agreement” was signed in Zürich "
                + "on Monday, and that the talks would go on.");
    }

    @Test
    void restoresAClosingQuoteWhoseLastByteWasLost() throws Exception {
        Article article = extract("The minister called it â€œa good startâ€\uFFFD and left the building before the "
                + "vote of the committee on Monday.");

        assertThat(article.text()).startsWith("The minister called it “a good start” and left");
    }

    @Test
    void leavesGenuineAccentedLettersAlone() throws Exception {
        String text = "The café in Â Coruña and the Ãland islands were mentioned in the report of the council.";

        assertThat(extract(text).text()).isEqualTo(text);
    }

    @Test
    void removesTheStoryIsFromLine() throws Exception {
        Article article = extract("This story is from March 10, 2002\n\nThe state government has set up a "
                + "committee to look into the complaints of the farmers in the district.");

        assertThat(article.title()).isNull();
        assertThat(article.text()).startsWith("The state government");
    }

    @Test
    void findsAColonDatelineInALowerCasedStory() throws Exception {
        Article article = extract("new delhi: the state government has set up a committee to look into the "
                + "complaints of the farmers in the district, officials said on monday.");

        assertThat(article.dateline().place()).isEqualTo("New Delhi");
        assertThat(article.text().substring(article.dateline().start(), article.dateline().end()))
                .isEqualTo("new delhi:");
    }

    @Test
    void doesNotTakeALowerCaseWordBeforeAColonForADatelineInCasedText() throws Exception {
        Article article = extract("however: the state government has set up a Committee to look into the "
                + "complaints of the farmers in the district, officials said on Monday.");

        assertThat(article.dateline()).isNull();
    }
}
