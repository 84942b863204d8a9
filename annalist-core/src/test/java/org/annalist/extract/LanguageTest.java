package org.annalist.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.annalist.extract.ExtractionException.Reason;
import org.annalist.model.Article;
import org.annalist.model.RawDocument;
import org.junit.jupiter.api.Test;

class LanguageTest {

    private static final String ENGLISH = "The ministers of the two countries met in the capital on Monday and said "
            + "that they had agreed to reopen the border crossing for trade by the end of the year.";
    private static final String FRENCH = "Les ministres des deux pays se sont rencontrés lundi dans la capitale et "
            + "ont déclaré qu'ils avaient convenu de rouvrir le poste frontière pour le commerce avant la fin "
            + "de l'année prochaine.";
    private static final String RUSSIAN = "Министры двух стран встретились в понедельник в столице и заявили, "
            + "что договорились открыть пограничный переход для торговли до конца года.";

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void labelsEnglishProseAsEnglish() throws Exception {
        Article article = extractor.extract(RawDocument.ofText("test", ENGLISH, null));

        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void refusesFrenchProseWithTheEvidenceInTheMessage() {
        assertThatThrownBy(() -> extractor.extract(RawDocument.ofText("test", FRENCH, null)))
                .hasMessageStartingWith("no English text (English function words are ")
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo(Reason.NOT_ENGLISH);
    }

    @Test
    void acceptsANameHeavyEnglishListWhoseFewFunctionWordsAreEnglish() throws Exception {
        String text = "The new board: Anna Petrova, chair; Karen Melikyan, deputy chair; Davit Gelashvili, "
                + "treasurer; Lena Hartmann, secretary; Omar Haddad, Ruth Okafor, Tomas Novak, Ines Duarte, "
                + "Piotr Zielinski, Mariam Sargsyan, members. Elected unanimously on Friday.";

        Article article = extractor.extract(RawDocument.ofText("test", text, null));

        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void refusesCyrillicTextNamingItsScript() {
        assertThatThrownBy(() -> extractor.extract(RawDocument.ofText("test", RUSSIAN, null)))
                .hasMessage("no English text (mostly Cyrillic script)");
    }

    @Test
    void keepsNonEnglishTextWhenAllowed() throws Exception {
        ArticleExtractor lenient = new ArticleExtractor(ExtractorOptions.defaults().allowingNonEnglish());

        Article article = lenient.extract(RawDocument.ofText("test", RUSSIAN, null));

        assertThat(article.language()).isEqualTo("und");
        assertThat(article.text()).isEqualTo(RUSSIAN);
    }

    @Test
    void doesNotRefuseTextTooShortToJudge() throws Exception {
        Article article = extractor.extract(RawDocument.ofText("test", "Armenia, Georgia sign trade pact", null));

        assertThat(article.language()).isEqualTo("und");
    }

    @Test
    void keepsEnglishArticleQuotingAForeignPhrase() throws Exception {
        String text = ENGLISH + " The minister added in French: « nous sommes prêts », and the talks ended.";

        assertThat(extractor.extract(RawDocument.ofText("test", text, null)).language()).isEqualTo("en");
    }
}
