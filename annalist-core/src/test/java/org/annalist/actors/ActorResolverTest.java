package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Sentence;
import org.annalist.model.Token;
import org.junit.jupiter.api.Test;

/** Resolution on hand-built sentences without a dependency tree (the adjacency fallback). */
class ActorResolverTest {

    /** Builds a one-sentence article from "word/POS" or "word/POS/NER" items separated by blanks. */
    static AnnotatedArticle article(LocalDate date, String tagged) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        String[] items = tagged.split(" ");
        for (int i = 0; i < items.length; i++) {
            String[] p = items[i].split("/");
            if (text.length() > 0) text.append(' ');
            int start = text.length();
            text.append(p[0]);
            tokens.add(new Token(i, p[0], start, text.length(), p[1], p[0].toLowerCase(), p.length > 2 ? p[2] : "O"));
        }
        Sentence s = new Sentence(0, 0, text.length(), tokens, List.of(), List.of());
        Article a = new Article("t", null, null, date, "en", text.toString(), null, List.of(), "test", List.of());
        return new AnnotatedArticle(a, List.of(s));
    }

    static List<ActorMention> mentions(ActorResolver r, LocalDate date, String tagged) {
        return r.resolve(article(date, tagged)).get(0);
    }

    static final ActorResolver BUILT_IN = ActorResolver.builtIn();

    @Test
    void composesDemonymAndRoleIntoOneActor() {
        List<ActorMention> m = mentions(BUILT_IN, null, "Azerbaijani/JJ troops/NNS shelled/VBD the/DT village/NN");
        assertThat(m).hasSize(1);
        assertThat(m.get(0).codes()).containsExactly("AZEMIL");
        assertThat(m.get(0).span().text()).isEqualTo("Azerbaijani troops");
        assertThat(m.get(0).kind()).isEqualTo(ActorMention.Kind.AGENT);
    }

    @Test
    void codesARoleWithoutCountryWithTheUnknownCountry() {
        List<ActorMention> m = mentions(BUILT_IN, null, "Police/NNS detained/VBD two/CD men/NNS");
        assertThat(m).extracting(ActorMention::codes).containsExactly(List.of("---COP"));
    }

    @Test
    void doesNotTakeALowerCaseCommonWordForACountry() {
        assertThat(mentions(BUILT_IN, null, "They/PRP ate/VBD turkey/NN")).isEmpty();
    }

    @Test
    void matchesCapitalisedAcronymsOnlyInCapitals() {
        assertThat(mentions(BUILT_IN, null, "The/DT US/NNP warned/VBD")).extracting(ActorMention::codes)
                .containsExactly(List.of("USA"));
        assertThat(mentions(BUILT_IN, null, "He/PRP warned/VBD us/PRP")).isEmpty();
    }

    @Test
    void matchesNamesInAnArticleWrittenWithoutCapitalsButNotAcronymsThatAreWords() {
        String tagged = "officials/NNS in/IN india/NNP said/VBD on/IN monday/NNP that/IN the/DT talks/NNS with/IN"
                + " the/DT team/NN who/WP came/VBD from/IN the/DT north/NN had/VBD gone/VBN well/RB and/CC would/MD"
                + " go/VB on/RP";
        List<ActorMention> m = mentions(BUILT_IN, null, tagged);
        assertThat(m).extracting(ActorMention::codes).contains(List.of("IND")).doesNotContain(List.of("IGOUNOWHO"));
    }

    @Test
    void findsADemonymInsideAHyphenatedWordWithoutComposingIt() {
        List<ActorMention> m = mentions(BUILT_IN, null, "Russian-backed/JJ separatists/NNS attacked/VBD");
        assertThat(m).extracting(ActorMention::codes).containsExactly(List.of("RUS"), List.of("---SEP"));
    }

    @Test
    void keepsAnUnknownOrganisationUncoded() {
        List<ActorMention> m = mentions(BUILT_IN, null,
                "The/DT Vantor/NNP Foundation/NNP/ORGANIZATION criticised/VBD the/DT plan/NN".replace(
                        "Vantor/NNP", "Vantor/NNP/ORGANIZATION"));
        assertThat(m).hasSize(1);
        assertThat(m.get(0).codes()).isEmpty();
        assertThat(m.get(0).kind()).isEqualTo(ActorMention.Kind.UNCODED);
        assertThat(m.get(0).span().text()).isEqualTo("Vantor Foundation");
    }

    @Test
    void resolvesDateRestrictedCodesAtTheArticleDate() throws Exception {
        ActorDictionary d = PetrarchDictionaryLoader.read("dated.actors.txt", new StringReader(
                "WARDEN HOLLIS\n\t[HOLREB <20000101]\n\t[HOLGOV 20000101-20101231]\n"),
                PetrarchDictionaryLoader.FileKind.ACTORS);
        ActorResolver r = new ActorResolver(List.of(d));
        String s = "Warden/NNP Hollis/NNP spoke/VBD";
        assertThat(mentions(r, LocalDate.of(1999, 6, 1), s).get(0).codes()).containsExactly("HOLREB");
        assertThat(mentions(r, LocalDate.of(2005, 6, 1), s).get(0).codes()).containsExactly("HOLGOV");
        assertThat(mentions(r, null, s).get(0).codes()).isEmpty();
    }

    @Test
    void takesASurnameTwoPeopleShareForTheOneTheArticleNamedElseTheOneInOffice() throws Exception {
        ActorDictionary d = BuiltInDictionaries.readPeople("shared.tsv", new StringReader(
                "name\taliases\tcountry\tcode\tfrom\tto\toffice\n"
                        + "Aminu Kante\tKante\tMLI\tMLIGOV\t2012-04-12\t2013-09-04\tInterim President of Mali\n"
                        + "Ibrahim Kante\tKante\tBFA\tBFAGOV\t2022-09-30\t\tPresident of Burkina Faso\n"));
        ActorResolver r = new ActorResolver(List.of(d));
        String surname = "Kante/NNP/PERSON spoke/VBD";
        assertThat(mentions(r, LocalDate.of(2013, 1, 1), surname).get(0).codes()).containsExactly("MLIGOV");
        assertThat(mentions(r, LocalDate.of(2023, 1, 1), surname).get(0).codes()).containsExactly("BFAGOV");
        assertThat(mentions(r, null, surname).get(0).codes()).containsExactly("BFAGOV");
        List<ActorMention> named = mentions(r, LocalDate.of(2023, 1, 1),
                "Aminu/NNP/PERSON Kante/NNP/PERSON met/VBD Kante/NNP/PERSON");
        assertThat(named).extracting(ActorMention::codes).containsExactly(List.of("MLI"), List.of("MLI"));
    }

    @Test
    void givesEveryCodeOfAMultiCodeEntry() throws Exception {
        ActorDictionary d = PetrarchDictionaryLoader.read("multi.actors.txt", new StringReader(
                "THE_TWIN_TOWNS [TWA/TWB]\n"), PetrarchDictionaryLoader.FileKind.ACTORS);
        List<ActorMention> m = mentions(new ActorResolver(List.of(d)), null, "The/DT Twin/NNP Towns/NNPS protested/VBD");
        assertThat(m.get(0).codes()).containsExactly("TWA", "TWB");
    }

    @Test
    void letsRecordDictionariesTakePrecedenceOverBuiltIns() throws Exception {
        ActorDictionary d = PetrarchDictionaryLoader.read("over.actors.txt", new StringReader("RUSSIA [XRU]\n"),
                PetrarchDictionaryLoader.FileKind.ACTORS);
        ActorResolver r = BUILT_IN.withDictionaries(List.of(d), false);
        assertThat(mentions(r, null, "Russia/NNP protested/VBD").get(0).codes()).containsExactly("XRU");
        assertThat(mentions(r, null, "Armenia/NNP protested/VBD").get(0).codes()).containsExactly("ARM");
    }

    @Test
    void letsARecordDictionaryClaimItsWordsBeforeALongerBuiltInPhrase() throws Exception {
        ActorDictionary d = PetrarchDictionaryLoader.read("claim.actors.txt", new StringReader("MONETARY_FUND [XMF]\n"),
                PetrarchDictionaryLoader.FileKind.ACTORS);
        ActorResolver r = BUILT_IN.withDictionaries(List.of(d), false);
        List<ActorMention> m = mentions(r, null, "The/DT International/NNP Monetary/NNP Fund/NNP warned/VBD");
        assertThat(m).extracting(ActorMention::codes).containsExactly(List.of("XMF"));
    }

    @Test
    void leavesBuiltInRolesOutWhenARecordBringsItsOwnAgents() throws Exception {
        ActorDictionary d = PetrarchDictionaryLoader.read("roles.agents.txt", new StringReader("WARDEN [~GOV]\n"),
                PetrarchDictionaryLoader.FileKind.AGENTS);
        ActorResolver r = BUILT_IN.withDictionaries(List.of(d), false);
        assertThat(mentions(r, null, "Armenian/JJ mayor/NN spoke/VBD")).extracting(ActorMention::codes)
                .containsExactly(List.of("ARM"));
        assertThat(mentions(r, null, "Armenian/JJ wardens/NNS spoke/VBD")).extracting(ActorMention::codes)
                .containsExactly(List.of("ARMGOV"));
    }

    @Test
    void dropsBuiltInsWhenAskedToReplaceThem() throws Exception {
        ActorDictionary d = PetrarchDictionaryLoader.read("only.actors.txt", new StringReader("RUSSIA [XRU]\n"),
                PetrarchDictionaryLoader.FileKind.ACTORS);
        ActorResolver r = BUILT_IN.withDictionaries(List.of(d), true);
        assertThat(mentions(r, null, "Armenia/NNP protested/VBD")).isEmpty();
    }

    @Test
    void appendsARoleOnlyOnceAndPrefixesOrganisationRoles() {
        assertThat(ActorResolver.applyAgent("ARN", "~GOV")).isEqualTo("ARNGOV");
        assertThat(ActorResolver.applyAgent("HGWGOVMED", "~GOVMED")).isEqualTo("HGWGOVMED");
        assertThat(ActorResolver.applyAgent("USAGOV", "~GOV")).isEqualTo("USAGOV");
        assertThat(ActorResolver.applyAgent("ARNGOV", "~GOVMED")).isEqualTo("ARNGOVMED");
        assertThat(ActorResolver.applyAgent("ARN", "NGO~")).isEqualTo("NGOARN");
        assertThat(ActorResolver.applyAgent("---", "NGO~")).isEqualTo("NGO");
        assertThat(ActorResolver.applyAgent("---", "~GOV")).isEqualTo("---GOV");
    }
}
