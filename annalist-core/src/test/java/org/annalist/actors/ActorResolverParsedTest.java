package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.nlp.CoreNlpAnnotator;
import org.annalist.nlp.SharedAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Resolution on sentences parsed by the real CoreNLP annotator. */
class ActorResolverParsedTest {

    static CoreNlpAnnotator nlp;
    static final ActorResolver BUILT_IN = ActorResolver.builtIn();

    @BeforeAll
    static void loadAnnotatorOnce() {
        nlp = SharedAnnotator.get();
    }

    static List<List<ActorMention>> resolve(ActorResolver r, LocalDate date, String text) {
        AnnotatedArticle a = nlp.annotate(new Article("t", null, null, date, "en", text, null, List.of(),
                "test", List.of()));
        return r.resolve(a);
    }

    static List<ActorMention> first(String text) {
        return resolve(BUILT_IN, LocalDate.of(2023, 5, 14), text).get(0);
    }

    static ActorMention mentionWithText(List<ActorMention> mentions, String text) {
        return mentions.stream().filter(m -> m.span().text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions));
    }

    @Test
    void codesDemonymAndTroopsAsThatCountrysMilitary() {
        ActorMention m = mentionWithText(first("Azerbaijani troops shelled a village near the border."),
                "Azerbaijani troops");
        assertThat(m.codes()).containsExactly("AZEMIL");
    }

    @Test
    void codesAnOfficeOfACountryAsItsGovernment() {
        List<ActorMention> m = first("The President of Russia spoke by telephone with his counterpart.");
        assertThat(mentionWithText(m, "President of Russia").codes()).containsExactly("RUSGOV");
    }

    @Test
    void codesAPossessiveCountryWithItsMinistry() {
        List<ActorMention> m = first("Russia's foreign ministry condemned the decision.");
        assertThat(mentionWithText(m, "Russia's foreign ministry").codes()).containsExactly("RUSGOV");
    }

    @Test
    void codesADefenceMinistryAsMilitary() {
        List<ActorMention> m = first("The Russian Defense Ministry said the drills had ended.");
        assertThat(mentionWithText(m, "Russian Defense Ministry").codes()).containsExactly("RUSMIL");
    }

    @Test
    void codesAFormerOfficeHolderAsElite() {
        List<ActorMention> m = first("Former Georgian President Levan Tsiklauri criticised the reform.");
        assertThat(mentionWithText(m, "Former Georgian President Levan Tsiklauri").codes()).containsExactly("GEOELI");
    }

    @Test
    void codesRolesWithoutACountryWithTheUnknownCountry() {
        List<ActorMention> m = first("Police arrested three rebels in the north.");
        assertThat(mentionWithText(m, "Police").codes()).containsExactly("---COP");
        assertThat(mentionWithText(m, "rebels").codes()).containsExactly("---REB");
    }

    @Test
    void givesCoordinatedCountriesTheirSharedRole() {
        List<ActorMention> m = first("Armenian and Azerbaijani troops exchanged fire overnight.");
        assertThat(m).anySatisfy(x -> assertThat(x.codes()).containsExactly("ARMMIL", "AZEMIL"));
    }

    @Test
    void givesARoleTheCountryOfTheRoleItIsCoordinatedWith() {
        List<ActorMention> m = first("Turkish media and officials welcomed the agreement.");
        assertThat(mentionWithText(m, "Turkish media").codes()).containsExactly("TURMED");
        assertThat(mentionWithText(m, "officials").codes()).containsExactly("TURGOV");
    }

    @Test
    void doesNotMakeAHyphenatedBackerTheHeadOfThePhrase() {
        List<ActorMention> m = first("Russian-backed separatists attacked the town.");
        assertThat(mentionWithText(m, "separatists").codes()).containsExactly("---SEP");
        assertThat(mentionWithText(m, "Russian").codes()).containsExactly("RUS");
    }

    @Test
    void doesNotGiveAnInternationalOrganisationAGovernmentRole() {
        List<ActorMention> m = first("A United Nations spokesman said the convoy had arrived.");
        assertThat(mentionWithText(m, "United Nations spokesman").codes()).containsExactly("IGOUNO");
    }

    @Test
    void ignoresARoleWordUsedAsAnAdjectiveOfAThing() {
        assertThat(first("Exports rose in May, according to official figures.")).isEmpty();
    }

    @Test
    void keepsAnUnknownOrganisationWithoutACode() {
        List<ActorMention> m = first("The Halvorsen Institute criticised the plan.");
        ActorMention org = mentionWithText(m, "Halvorsen Institute");
        assertThat(org.codes()).isEmpty();
        assertThat(org.kind()).isEqualTo(ActorMention.Kind.UNCODED);
    }

    @Test
    void carriesATitleToLaterMentionsOfTheSurname() {
        List<List<ActorMention>> s = resolve(BUILT_IN, LocalDate.of(2023, 5, 14),
                "Armenian Deputy Prime Minister Aram Vartanyan arrived in Brussels on Monday. "
                        + "Vartanyan said the talks had been useful.");
        assertThat(mentionWithText(s.get(0), "Armenian Deputy Prime Minister Aram Vartanyan").codes())
                .containsExactly("ARMGOV");
        ActorMention later = mentionWithText(s.get(1), "Vartanyan");
        assertThat(later.codes()).containsExactly("ARMGOV");
        assertThat(later.kind()).isEqualTo(ActorMention.Kind.PERSON);
    }

    @Test
    void codesAKnownPersonByTheRoleHeldAtTheArticleDate() {
        assumeTrue(ActorResolver.class.getResource("people.tsv") != null, "no people.tsv on the class path");
        String text = "Nikol Pashinyan addressed the crowd in Yerevan.";
        assertThat(mentionWithText(resolve(BUILT_IN, LocalDate.of(2023, 5, 14), text).get(0), "Nikol Pashinyan").codes())
                .containsExactly("ARMGOV");
        assertThat(mentionWithText(resolve(BUILT_IN, LocalDate.of(2015, 5, 14), text).get(0), "Nikol Pashinyan").codes())
                .containsExactly("ARM");
    }

    static ActorResolver withTestPeople() throws Exception {
        return BUILT_IN.withDictionaries(List.of(BuiltInDictionariesTest.testPeople()), false);
    }

    @Test
    void takesASurnameAloneForAKnownPersonWhoHeldOfficeAtTheArticleDate() throws Exception {
        List<ActorMention> m = resolve(withTestPeople(), LocalDate.of(2012, 3, 3), "Quillon said the talks had failed.").get(0);
        assertThat(mentionWithText(m, "Quillon").codes()).containsExactly("VELGOV");
    }

    @Test
    void doesNotTakeASurnameAloneForAFormerOfficeHolderWithoutAnyClue() throws Exception {
        List<ActorMention> m = resolve(withTestPeople(), null, "Arden said the talks had failed.").get(0);
        assertThat(mentionWithText(m, "Arden").codes()).isEmpty();
    }

    @Test
    void takesASurnameAloneInAnUndatedArticleForSomeoneStillInOffice() throws Exception {
        List<ActorMention> m = resolve(withTestPeople(), null, "Quillon said the talks had failed.").get(0);
        assertThat(mentionWithText(m, "Quillon").codes()).containsExactly("VELGOV");
    }

    @Test
    void matchesANameWithAPossessiveAsTheTokenizerSplitsIt() {
        List<ActorMention> m = first("The Democratic People's Republic of Korea rejected the offer.");
        assertThat(m).extracting(ActorMention::codes).containsExactly(List.of("PRK"));
    }

    @Test
    void takesASurnameForAKnownPersonOnceTheArticleNamedThemInFull() throws Exception {
        List<List<ActorMention>> s = resolve(withTestPeople(), LocalDate.of(2015, 2, 2),
                "Joss Arden arrived in Paris on Monday. Arden said the talks had failed.");
        assertThat(mentionWithText(s.get(1), "Arden").codes()).containsExactly("KST");
    }

    @Test
    void doesNotTakeAMonthForAPersonWithThatSurname() {
        assertThat(first("Exports rose in May.")).isEmpty();
    }

    @Test
    void givesTheTwoLeadersTheCodesOfTheTwoPeopleNamedBefore() {
        List<List<ActorMention>> s = resolve(BUILT_IN, LocalDate.of(2023, 5, 14),
                "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Brussels. "
                        + "The two leaders agreed to continue the talks.");
        assertThat(s.get(1)).anySatisfy(m -> assertThat(m.codes()).containsExactly("ARMGOV", "AZEGOV"));
    }

    @Test
    void reportsMentionsInSentenceOrderWithoutOverlap() {
        List<ActorMention> m = first("The foreign minister of Armenia met Russian officials and Georgian envoys.");
        for (int i = 1; i < m.size(); i++) {
            assertThat(m.get(i).firstToken()).isGreaterThan(m.get(i - 1).lastToken());
        }
        assertThat(m).extracting(ActorMention::codes)
                .containsExactly(List.of("ARMGOV"), List.of("RUSGOV"), List.of("GEOGOV"));
    }

    // ------------------------------------------------------------------ with the PETRARCH suite's dictionaries

    static ActorResolver suiteResolver() throws DictionaryException {
        String shared = System.getProperty("annalist.shared");
        assumeTrue(shared != null, "annalist.shared not set");
        Path dir = Path.of(shared, "eval", "petrarch", "dictionaries");
        assumeTrue(Files.isDirectory(dir), "no PETRARCH dictionaries at " + dir);
        return BUILT_IN.withDictionaries(List.of(PetrarchDictionaryLoader.load(dir)), true);
    }

    @Test
    void codesTheSuitesGollumByTheStoryDate() throws Exception {
        ActorResolver r = suiteResolver();
        String text = "Smeagol scolded Gondor about the ring.";
        assertThat(resolve(r, LocalDate.of(1994, 2, 2), text).get(0).get(0).codes()).containsExactly("HOB");
        assertThat(resolve(r, LocalDate.of(1996, 2, 2), text).get(0).get(0).codes()).containsExactly("HOBGOV");
        assertThat(resolve(r, LocalDate.of(2003, 2, 2), text).get(0).get(0).codes()).containsExactly("HOBREB");
    }

    @Test
    void givesTheSuitesMultiCodeActorAllItsCodes() throws Exception {
        List<ActorMention> m = resolve(suiteResolver(), null, "The Shire complained to Gondor.").get(0);
        assertThat(m.get(0).codes()).containsExactly("FRO", "BIL", "SAM");
    }

    @Test
    void usesTheSuitesGeneratedPluralsAndSubstitutionSets() throws Exception {
        List<ActorMention> m = resolve(suiteResolver(), null,
                "Gondor congresswomen and Arnor ministries of silly walks praised the treaty.").get(0);
        assertThat(m).extracting(ActorMention::codes).contains(List.of("GONLEG"), List.of("ARNGOV"));
    }

    @Test
    void aPlaceAfterForcesOwnedByAPronounSaysWhereNotWhose() {
        List<ActorMention> m = first("Veldoria said it has strengthened its forces in Lebanon.");
        assertThat(m).noneMatch(x -> x.codes().contains("LBNMIL"));
        assertThat(mentionWithText(m, "Lebanon").codes()).containsExactly("LBN");
    }

    @Test
    void aRoleInAppositionToANameCodesTheName() {
        List<ActorMention> m = first("Tomas Verhoeven, Belgium's prime minister, met the Georgian president on Monday.");
        assertThat(mentionWithText(m, "Tomas Verhoeven, Belgium's prime minister").codes()).containsExactly("BELGOV");
    }

    @Test
    void anUnknownNameInAppositionToARoleJoinsTheRolesPhrase() {
        List<ActorMention> m = first("The Belgian minister agreed with his Dutch counterpart, Pieter Aalberts, to share data.");
        assertThat(mentionWithText(m, "Dutch counterpart, Pieter Aalberts").codes()).containsExactly("NLDGOV");
    }

    @Test
    void aPeopleOfAPlaceTakesThePlacesCountry() {
        List<ActorMention> m = first("The Hungarians of northern Romania held a rally on Sunday.");
        assertThat(mentionWithText(m, "Hungarians of northern Romania").codes()).containsExactly("ROM");
    }

    @Test
    void anEthnicPeopleIsNoCitizenOfItsNamesake() {
        List<ActorMention> m = first("Police detained two ethnic Hungarians near the border.");
        assertThat(mentionWithText(m, "ethnic Hungarians").codes()).containsExactly("---");
    }

    @Test
    void aRoleNamedWithAPlaceTakesThePlacesCountryFromTheGazetteer() {
        ActorResolver withPlaces = BUILT_IN.withPlaces(name -> name.equals("Darfur") ? "SD" : null);
        List<ActorMention> m = resolve(withPlaces, LocalDate.of(2023, 5, 14), "Darfur rebels attacked a convoy on Monday.").get(0);
        assertThat(mentionWithText(m, "Darfur rebels").codes()).containsExactly("SDNREB");
        assertThat(mentionWithText(first("Darfur rebels attacked a convoy on Monday."), "rebels").codes()).containsExactly("---REB");
    }

    @Test
    void aRegionWordBeforeAStatesNameNamesPartOfTheState() {
        List<ActorMention> m = first("The army retook a village in Western Cambodia on Monday.");
        assertThat(mentionWithText(m, "Western Cambodia").codes()).containsExactly("KHM");
    }

    @Test
    void anAppositiveRoleRunsToItsHeadNoun() {
        List<ActorMention> m = first("Ingrid Halvorsen, the United Nations Emergency Relief Coordinator, visited the camp.");
        assertThat(mentionWithText(m, "Ingrid Halvorsen, the United Nations Emergency Relief Coordinator").codes())
                .containsExactly("IGOUNO");
    }
}
