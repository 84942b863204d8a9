package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PetrarchDictionaryLoaderTest {

    static ActorDictionary mini;

    @BeforeAll
    static void loadMiniFolder() throws Exception {
        mini = PetrarchDictionaryLoader.load(resourceDir("petrarch-mini"));
    }

    static Path resourceDir(String name) throws URISyntaxException {
        return Path.of(PetrarchDictionaryLoaderTest.class.getResource(name).toURI());
    }

    static List<String> codes(ActorDictionary d, String phrase, LocalDate date) {
        List<String> words = ActorDictionary.normalizeAll(List.of(phrase.split(" ")));
        Optional<ActorDictionary.Match> m = d.longestAt(words, 0);
        assertThat(m).as("match for " + phrase).isPresent();
        assertThat(m.get().length()).as("whole phrase " + phrase).isEqualTo(words.size());
        return m.get().entry().codesAt(date);
    }

    static boolean matchesWholly(ActorDictionary d, String phrase) {
        List<String> words = ActorDictionary.normalizeAll(List.of(phrase.split(" ")));
        return d.longestAt(words, 0).filter(m -> m.length() == words.size()).isPresent();
    }

    @Test
    void readsPrimaryPhraseWithItsCode() {
        assertThat(codes(mini, "Velmora", null)).containsExactly("VEL");
    }

    @Test
    void givesSynonymsTheCodeOfTheirPrimaryPhrase() {
        assertThat(codes(mini, "Port Ashen", null)).containsExactly("VEL");
        assertThat(codes(mini, "velmoran", null)).containsExactly("VEL");
    }

    @Test
    void prefersTheLongestPhrase() {
        assertThat(codes(mini, "Velmoran navy", null)).containsExactly("VELMIL");
    }

    @Test
    void readsSeveralCodesFromOneBracket() {
        assertThat(codes(mini, "Kestrel Isles", null)).containsExactly("KST", "KSA", "KSB");
    }

    @Test
    void resolvesDatedCodesInFileOrderWithInclusiveBounds() {
        assertThat(codes(mini, "Baron Tarvik", LocalDate.of(1998, 3, 1))).containsExactly("TRVREB");
        assertThat(codes(mini, "Baron Tarvik", LocalDate.of(1998, 3, 2))).containsExactly("TRVGOV");
        assertThat(codes(mini, "Baron Tarvik", LocalDate.of(2005, 12, 31))).containsExactly("TRVGOV");
        assertThat(codes(mini, "Baron Tarvik", LocalDate.of(2006, 2, 1))).containsExactly("TRVELI");
    }

    @Test
    void leavesAnActorUncodedWhenNoRestrictionAppliesAndThereIsNoUndatedCode() {
        assertThat(codes(mini, "Baron Tarvik", LocalDate.of(2006, 1, 15))).isEmpty();
        assertThat(codes(mini, "Baron Tarvik", null)).isEmpty();
    }

    @Test
    void fallsBackToTheUndatedCodeLine() {
        assertThat(codes(mini, "Lady Orrin", LocalDate.of(1989, 5, 5))).containsExactly("ORR");
        assertThat(codes(mini, "Lady Orrin", LocalDate.of(1995, 5, 5))).containsExactly("ORRGOV");
        assertThat(codes(mini, "Lady Orrin", null)).containsExactly("ORRGOV");
    }

    @Test
    void readsTwoDigitYearsBelowThirtyOneAsTwentyFirstCentury() {
        assertThat(PetrarchDictionaryLoader.parseDate("060101")).isEqualTo(LocalDate.of(2006, 1, 1));
        assertThat(PetrarchDictionaryLoader.parseDate("300101")).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(PetrarchDictionaryLoader.parseDate("310101")).isEqualTo(LocalDate.of(1931, 1, 1));
    }

    @Test
    void skipsCommentsOfEveryKind() {
        assertThat(mini.entries()).extracting(ActorDictionary.Entry::label)
                .noneMatch(l -> l.contains("comment") || l.contains("<") || l.contains("#"));
        assertThat(codes(mini, "The Grey Council", null)).containsExactly("IGOGRY");
    }

    @Test
    void generatesRegularAgentPlurals() {
        assertThat(codes(mini, "harbour masters", null)).containsExactly("~GOV");
        assertThat(codes(mini, "sentries", null)).containsExactly("~REL");
        assertThat(codes(mini, "compasses", null)).containsExactly("~NAV");
    }

    @Test
    void usesAnIrregularPluralInBracesInsteadOfAGeneratedOne() {
        assertThat(codes(mini, "geese herds", null)).containsExactly("~AGR");
        assertThat(matchesWholly(mini, "goose herds")).isFalse();
    }

    @Test
    void generatesNoPluralForEmptyBraces() {
        assertThat(codes(mini, "ferry", null)).containsExactly("~CIV");
        assertThat(matchesWholly(mini, "ferries")).isFalse();
        assertThat(matchesWholly(mini, "envoy cities")).isFalse();
    }

    @Test
    void expandsSubstitutionSetsWithoutPluralForms() {
        assertThat(codes(mini, "deckhand", null)).containsExactly("~MIL");
        assertThat(codes(mini, "deckmates", null)).containsExactly("~MIL");
        assertThat(codes(mini, "bureaux of tides", null)).containsExactly("~GOV");
        assertThat(matchesWholly(mini, "deckhands")).isTrue();
        assertThat(matchesWholly(mini, "deckmateses")).isFalse();
    }

    @Test
    void keepsPrefixAgentCodesWithoutBlanks() {
        assertThat(codes(mini, "relief guild", null)).containsExactly("NGO~");
    }

    @Test
    void readsSentenceAndStoryDiscards() {
        assertThat(mini.discards()).extracting(ActorDictionary.Discard::wholeStory).containsExactly(false, true);
        assertThat(mini.findDiscard(ActorDictionary.normalizeAll(List.of("the", "chess", "tournament", "ended"))))
                .isPresent();
    }

    @Test
    void rejectsASubstitutionSetUsedBeforeItIsDefined() {
        String text = "!MISSING!_GUARD [~MIL]\n";
        assertThatThrownBy(() -> PetrarchDictionaryLoader.read("bad.agents.txt", new StringReader(text),
                PetrarchDictionaryLoader.FileKind.AGENTS))
                .isInstanceOf(DictionaryException.class)
                .hasMessageContaining("bad.agents.txt line 1");
    }

    @Test
    void rejectsAnUnreadableCodeBlockNamingFileAndLine() {
        String text = "NORTHWALD [NTH]\n\t[NTH 1999]\n";
        assertThatThrownBy(() -> PetrarchDictionaryLoader.read("bad.actors.txt", new StringReader(text),
                PetrarchDictionaryLoader.FileKind.ACTORS))
                .isInstanceOf(DictionaryException.class)
                .hasMessageContaining("bad.actors.txt line 2");
    }

    @Test
    void classifiesDictionaryFilesByName() {
        assertThat(PetrarchDictionaryLoader.kindOf("Phoenix.Countries.actors.txt"))
                .isEqualTo(PetrarchDictionaryLoader.FileKind.ACTORS);
        assertThat(PetrarchDictionaryLoader.kindOf("PETR_Validate_agents_2_02.txt"))
                .isEqualTo(PetrarchDictionaryLoader.FileKind.AGENTS);
        assertThat(PetrarchDictionaryLoader.kindOf("x_discards.txt")).isEqualTo(PetrarchDictionaryLoader.FileKind.DISCARDS);
        assertThat(PetrarchDictionaryLoader.kindOf("LICENSE")).isNull();
    }

    // ------------------------------------------------------------------ the PETRARCH validation suite's files

    static ActorDictionary suite() throws DictionaryException {
        String shared = System.getProperty("annalist.shared");
        assumeTrue(shared != null, "annalist.shared not set");
        Path dir = Path.of(shared, "eval", "petrarch", "dictionaries");
        assumeTrue(Files.isDirectory(dir), "no PETRARCH dictionaries at " + dir);
        return PetrarchDictionaryLoader.load(dir);
    }

    @Test
    void loadsTheValidationSuiteDictionaries() throws Exception {
        ActorDictionary d = suite();
        assertThat(d.entries()).hasSizeGreaterThan(250);
        assertThat(d.discards()).hasSize(9);
    }

    @Test
    void resolvesTheSuitesGollumRestrictionsAtStoryDates() throws Exception {
        ActorDictionary d = suite();
        assertThat(codes(d, "Smeagol", LocalDate.of(1995, 5, 31))).containsExactly("HOB");
        assertThat(codes(d, "Smeagol", LocalDate.of(1995, 11, 1))).containsExactly("HOBGOV");
        assertThat(codes(d, "Slinker", LocalDate.of(2001, 1, 1))).containsExactly("HOBREB");
    }

    @Test
    void prefersTheFirstOfTwoEqualPhrasesInTheSuite() throws Exception {
        assertThat(codes(suite(), "Palestinian", null)).containsExactly("pse");
    }

    @Test
    void readsTheSuitesTrailingUnderscoreAndMultiCodeEntries() throws Exception {
        ActorDictionary d = suite();
        assertThat(codes(d, "Arnor", null)).containsExactly("ARN");
        assertThat(codes(d, "The Shire", null)).containsExactly("FRO", "BIL", "SAM");
        assertThat(codes(d, "Interpol", null)).containsExactly("IGOCOPITP");
    }

    @Test
    void expandsTheSuitesSubstitutionSetsAndPlurals() throws Exception {
        ActorDictionary d = suite();
        assertThat(codes(d, "congresswomen", null)).containsExactly("~LEG");
        assertThat(codes(d, "congresses", null)).containsExactly("~LEG");
        assertThat(codes(d, "ministries of silly walks", null)).containsExactly("~GOV");
        assertThat(codes(d, "golden geese", null)).containsExactly("~GGS");
        assertThat(matchesWholly(d, "polices")).isFalse();
    }
}
