package org.annalist.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.annalist.model.Article;
import org.annalist.model.Dateline;
import org.annalist.model.RawDocument;
import org.junit.jupiter.api.Test;

class DatelineTest {

    private static final String STORY = " The two delegations met for a second round of talks on the border and "
            + "agreed to continue the work of the joint commission in the spring.";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Article extract(String text, LocalDate dateHint) throws ExtractionException {
        return extractor.extract(RawDocument.ofText("test", text, dateHint));
    }

    private static String covered(Article article) {
        Dateline d = article.dateline();
        return article.text().substring(d.start(), d.end());
    }

    @Test
    void parsesPlaceDayMonthYearAndSourceBeforeColon() throws Exception {
        Article article = extract("Moscow, 14 March 2023 (TDI):" + STORY, null);

        Dateline d = article.dateline();
        assertThat(d.place()).isEqualTo("Moscow");
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(d.source()).isEqualTo("TDI");
        assertThat(covered(article)).isEqualTo("Moscow, 14 March 2023 (TDI):");
        assertThat(article.text().substring(d.placeStart(), d.placeEnd())).isEqualTo("Moscow");
    }

    @Test
    void parsesReutersDatelineWithoutDate() throws Exception {
        Article article = extract("WASHINGTON (Reuters) -" + STORY, null);

        Dateline d = article.dateline();
        assertThat(d.place()).isEqualTo("Washington");
        assertThat(d.source()).isEqualTo("Reuters");
        assertThat(d.date()).isNull();
        assertThat(covered(article)).isEqualTo("WASHINGTON (Reuters) -");
    }

    @Test
    void resolvesMonthAndDayAgainstTheDateHint() throws Exception {
        Article article = extract("KYIV, March 5 (AP) —" + STORY, LocalDate.of(2024, 3, 6));

        Dateline d = article.dateline();
        assertThat(d.place()).isEqualTo("Kyiv");
        assertThat(d.source()).isEqualTo("AP");
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(covered(article)).isEqualTo("KYIV, March 5 (AP) —");
    }

    @Test
    void placesDecemberDatelineInThePreviousYearOfAJanuaryArticle() throws Exception {
        Article article = extract("KYIV, Dec. 31 (AP) —" + STORY, LocalDate.of(2024, 1, 2));

        assertThat(article.dateline().date()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void leavesDateNullWhenYearIsMissingAndNoDateIsKnown() throws Exception {
        Article article = extract("KYIV, March 5 (AP) —" + STORY, null);

        assertThat(article.dateline().date()).isNull();
        assertThat(article.dateline().place()).isEqualTo("Kyiv");
        assertThat(article.date()).isNull();
    }

    @Test
    void keepsCountryAfterCityInThePlace() throws Exception {
        Article article = extract("BEIRUT, Lebanon (AP) —" + STORY, null);

        Dateline d = article.dateline();
        assertThat(d.place()).isEqualTo("Beirut, Lebanon");
        assertThat(d.source()).isEqualTo("AP");
        assertThat(article.text().substring(d.placeStart(), d.placeEnd())).isEqualTo("BEIRUT, Lebanon");
    }

    @Test
    void parsesCapitalisedPlaceBeforeColonAndTitleCasesIt() throws Exception {
        Article article = extract("NEW DELHI:" + STORY, null);

        Dateline d = article.dateline();
        assertThat(d.place()).isEqualTo("New Delhi");
        assertThat(d.source()).isNull();
        assertThat(covered(article)).isEqualTo("NEW DELHI:");
    }

    @Test
    void parsesAgencyInParenthesesWithoutSeparator() throws Exception {
        Article article = extract("London, March 14 (IANS)" + STORY, LocalDate.of(2023, 3, 14));

        Dateline d = article.dateline();
        assertThat(d.place()).isEqualTo("London");
        assertThat(d.source()).isEqualTo("IANS");
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(covered(article)).isEqualTo("London, March 14 (IANS)");
    }

    @Test
    void parsesAgencyBetweenSlashes() throws Exception {
        Article article = extract("YEREVAN, March 14, 2023 /ARKA/." + STORY, null);

        Dateline d = article.dateline();
        assertThat(d.place()).isEqualTo("Yerevan");
        assertThat(d.source()).isEqualTo("ARKA");
        assertThat(d.date()).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(covered(article)).isEqualTo("YEREVAN, March 14, 2023 /ARKA/.");
    }

    @Test
    void usesDatelineDateAsArticleDateWhenNothingElseIsKnown() throws Exception {
        Article article = extract("YEREVAN, March 14, 2023 /ARKA/." + STORY, null);

        assertThat(article.date()).isEqualTo(LocalDate.of(2023, 3, 14));
    }

    @Test
    void findsDatelineAfterATitleLineKeptInTheText() throws Exception {
        RawDocument doc = new RawDocument("test", null,
                ("Talks resume on the border\nTBILISI, March 2 (Reuters) -" + STORY).getBytes(),
                RawDocument.Format.TEXT, "Another headline", null);

        Article article = extractor.extract(doc);

        assertThat(article.dateline().place()).isEqualTo("Tbilisi");
        assertThat(covered(article)).isEqualTo("TBILISI, March 2 (Reuters) -");
    }

    @Test
    void findsDatelineAfterABylineSentence() throws Exception {
        Article article = extract("By Ann Smith. BOSTON (Reuters) -" + STORY, null);

        assertThat(article.dateline().place()).isEqualTo("Boston");
        assertThat(covered(article)).isEqualTo("BOSTON (Reuters) -");
    }

    @Test
    void keepsAbbreviatedRegionsInCapitals() throws Exception {
        Article article = extract("HORRY COUNTY, SC (WMBF) -" + STORY, null);

        assertThat(article.dateline().place()).isEqualTo("Horry County, SC");
    }

    @Test
    void keepsAbbreviationsInsideThePlace() throws Exception {
        Article article = extract("ST. LOUIS –" + STORY, null);

        assertThat(article.dateline().place()).isEqualTo("St. Louis");
    }

    @Test
    void parsesCapitalisedCityWithTitleCaseStateBeforeDash() throws Exception {
        Article article = extract("CLEVELAND, Ohio –" + STORY, null);

        assertThat(article.dateline().place()).isEqualTo("Cleveland, Ohio");
        assertThat(covered(article)).isEqualTo("CLEVELAND, Ohio –");
    }

    @Test
    void parsesTitleCaseCityWithRegionBeforeDash() throws Exception {
        Article article = extract("Dekalb, Ill. —" + STORY, null);

        assertThat(article.dateline().place()).isEqualTo("Dekalb, Ill.");
    }

    @Test
    void parsesDashWithoutSpaces() throws Exception {
        Article article = extract("WASHINGTON—President" + STORY, null);

        assertThat(covered(article)).isEqualTo("WASHINGTON—");
    }

    @Test
    void parsesTitleCasePlaceWithAgencyAndNoSeparator() throws Exception {
        Article article = extract("Hong Kong (CNN Business)" + STORY, null);

        assertThat(article.dateline().place()).isEqualTo("Hong Kong");
        assertThat(article.dateline().source()).isEqualTo("CNN Business");
    }

    @Test
    void doesNotTakeAColumnSalutationForADateline() throws Exception {
        Article article = extract("DEAR ABBY: My neighbour has parked his car in front of our house for three "
                + "weeks, and he says that the street is public.", null);

        assertThat(article.dateline()).isNull();
    }

    @Test
    void doesNotTakeAListOfCountriesForADateline() throws Exception {
        Article article = extract("Russia, Iran and Turkey met in Astana on Tuesday to discuss the war, and "
                + "their ministers said that the talks would continue in the spring.", null);

        assertThat(article.dateline()).isNull();
    }

    @Test
    void doesNotTakeACapitalisedPhraseWithoutSeparatorForADateline() throws Exception {
        Article article = extract("Prime Minister Nikol Pashinyan said on Monday that the government was "
                + "ready to sign the agreement with its neighbours.", null);

        assertThat(article.dateline()).isNull();
    }

    @Test
    void doesNotTakeATitleCasePlaceBeforeADashForADateline() throws Exception {
        Article article = extract("Washington - The administration said on Friday that it would send a "
                + "delegation to the talks in the region next week.", null);

        assertThat(article.dateline()).isNull();
    }

    @Test
    void doesNotTakeAHeadlineLabelForADateline() throws Exception {
        Article article = extract("BREAKING: The government has resigned after a vote in the parliament, and "
                + "the president is expected to name a new prime minister.", null);

        assertThat(article.dateline()).isNull();
    }

    @Test
    void doesNotTakeAParentheticalRemarkForAnAgency() throws Exception {
        Article article = extract("Foreign Minister Ararat Mirzoyan (pictured) - who met his counterpart in "
                + "Vienna - said that the talks were useful for both sides.", null);

        assertThat(article.dateline()).isNull();
    }
}
