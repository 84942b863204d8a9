package org.annalist.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The built-in TSV dictionaries: their integrity, and the people reader. */
class BuiltInDictionariesTest {

    static List<String[]> rows(String resource) throws Exception {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                BuiltInDictionariesTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            List<String[]> out = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) out.add(line.split("\t", -1));
            return out;
        }
    }

    @Test
    void countriesHaveAHeaderAndSevenColumnsOnEveryLine() throws Exception {
        List<String[]> rows = rows("countries.tsv");
        assertThat(rows.get(0)).containsExactly("code", "iso2", "name", "aliases", "demonyms", "capitals", "government");
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(7));
    }

    @Test
    void countryCodesAreThreeCapitalsAndUnique() throws Exception {
        Set<String> seen = new HashSet<>();
        for (String[] r : rows("countries.tsv").subList(1, rows("countries.tsv").size())) {
            assertThat(r[0]).matches("[A-Z]{3}");
            assertThat(seen.add(r[0])).as("duplicate code " + r[0]).isTrue();
            assertThat(r[1]).matches("([A-Z]{2})?");
        }
        assertThat(seen).hasSizeGreaterThan(240).contains("USA", "RUS", "ARM", "AZE", "ROM", "MTN", "TMP");
    }

    @Test
    void noCountryNameStandsForTwoCountries() throws Exception {
        Map<String, String> owner = new HashMap<>();
        List<String[]> rows = rows("countries.tsv");
        for (String[] r : rows.subList(1, rows.size())) {
            for (int c = 2; c <= 6; c++) {
                for (String n : r[c].split("\\|")) {
                    if (n.isBlank()) continue;
                    String prev = owner.putIfAbsent(n.toUpperCase(), r[0]);
                    assertThat(prev == null || prev.equals(r[0])).as(n + " in " + prev + " and " + r[0]).isTrue();
                }
            }
        }
    }

    @Test
    void agentCodesAreRoleBlocksAppendedOrPrefixed() throws Exception {
        List<String[]> rows = rows("agents.tsv");
        assertThat(rows.get(0)).startsWith("phrases", "code");
        for (String[] r : rows.subList(1, rows.size())) assertThat(r[1]).matches("~([A-Z]{3})+|([A-Z]{3})+~");
    }

    @Test
    void organisationCodesAreBlocksOfThree() throws Exception {
        List<String[]> rows = rows("organizations.tsv");
        assertThat(rows.get(0)).startsWith("code", "names", "from", "to");
        for (String[] r : rows.subList(1, rows.size())) assertThat(r[0]).matches("([A-Z]{3})+");
    }

    @Test
    void coversEveryCameoCountryCodeOfTheReferenceTable() throws Exception {
        String shared = System.getProperty("annalist.shared");
        assumeTrue(shared != null, "annalist.shared not set");
        Path ref = Path.of(shared, "ref", "cameo", "cameo_actor_country.tsv");
        assumeTrue(Files.isReadable(ref), "no CAMEO country table at " + ref);
        Set<String> ours = new HashSet<>();
        for (String[] r : rows("countries.tsv")) ours.add(r[0]);
        for (String line : Files.readAllLines(ref)) {
            String[] f = line.split("\t", -1);
            if (f.length > 2 && (f[2].equals("country_or_territory") || f[2].equals("region"))) {
                assertThat(ours).as("CAMEO code " + f[0] + " " + f[1]).contains(f[0]);
            }
        }
    }

    @Test
    void loadsTheBuiltInsInPrecedenceOrder() {
        List<ActorDictionary> all = BuiltInDictionaries.load();
        assertThat(all).extracting(ActorDictionary::name)
                .containsExactly("people.tsv", "organizations.tsv", "countries.tsv", "agents.tsv");
    }

    @Test
    void codesAnOrganisationByPeriodWhenItsRowsHaveDates() throws Exception {
        String text = "code\tnames\tfrom\tto\tnote\nNRDREB\tGrey Hand\t\t2010-12-31\t\nNRDGOV\tGrey Hand\t2011-01-01\t\t\n";
        ActorDictionary orgs = BuiltInDictionaries.readOrganizations("o.tsv", new StringReader(text));
        ActorDictionary.Entry hand = orgs.longestAt(List.of("GREY", "HAND"), 0).orElseThrow().entry();
        assertThat(hand.codesAt(LocalDate.of(2005, 1, 1))).containsExactly("NRDREB");
        assertThat(hand.codesAt(LocalDate.of(2015, 1, 1))).containsExactly("NRDGOV");
        assertThat(hand.codesAt(null)).containsExactly("NRDGOV");
    }

    @Test
    void codesOrganisationsWithoutAGroupCodeByTheirKindAndArmedGroupsByPeriod() {
        ActorDictionary orgs = BuiltInDictionaries.load().stream()
                .filter(d -> d.name().equals("organizations.tsv")).findFirst().orElseThrow();
        assertThat(orgs.longestAt(List.of("APEC"), 0).orElseThrow().entry().codes()).containsExactly("IGO");
        assertThat(orgs.longestAt(List.of("SAVE", "THE", "CHILDREN"), 0).orElseThrow().entry().codes()).containsExactly("NGO");
        ActorDictionary.Entry unita = orgs.longestAt(List.of("UNITA"), 0).orElseThrow().entry();
        assertThat(unita.codesAt(LocalDate.of(1998, 3, 1))).containsExactly("AGOREB");
        assertThat(unita.codesAt(LocalDate.of(2012, 3, 1))).containsExactly("AGOOPP");
    }

    @Test
    void usesTheSameArmedGroupAndAllianceCodesAsThePeopleFile() {
        ActorDictionary orgs = BuiltInDictionaries.load().stream()
                .filter(d -> d.name().equals("organizations.tsv")).findFirst().orElseThrow();
        assertThat(orgs.longestAt(List.of("NATO"), 0).orElseThrow().entry().codes()).containsExactly("IGONAT");
        assertThat(orgs.longestAt(List.of("HAMAS"), 0).orElseThrow().entry().codes()).containsExactly("PSEHMS");
        assertThat(orgs.longestAt(List.of("TALIBAN"), 0).orElseThrow().entry().codes()).containsExactly("AFGTAL");
    }

    // ------------------------------------------------------------------ people

    static ActorDictionary testPeople() throws Exception {
        return BuiltInDictionaries.readPeople("test-people.tsv", new InputStreamReader(
                BuiltInDictionariesTest.class.getResourceAsStream("test-people.tsv"), StandardCharsets.UTF_8));
    }

    static List<String> codeOf(ActorDictionary d, String name, LocalDate date) {
        List<String> words = ActorDictionary.normalizeAll(List.of(name.split(" ")));
        return d.longestAt(words, 0).orElseThrow().entry().codesAt(date);
    }

    @Test
    void givesAPersonTheCodeOfTheRoleHeldAtTheDate() throws Exception {
        assertThat(codeOf(testPeople(), "Mara Quillon", LocalDate.of(2012, 6, 1))).containsExactly("VELGOV");
        assertThat(codeOf(testPeople(), "Quillon", LocalDate.of(2020, 6, 1))).containsExactly("VELGOV");
    }

    @Test
    void givesAPersonBetweenRolesTheCountryOfTheEarlierRole() throws Exception {
        assertThat(codeOf(testPeople(), "Mara Quillon", LocalDate.of(2016, 6, 1))).containsExactly("VEL");
        assertThat(codeOf(testPeople(), "Joss Arden", LocalDate.of(2015, 1, 1))).containsExactly("KST");
    }

    @Test
    void givesAPersonBeforeTheFirstRoleTheCountryOfThatRole() throws Exception {
        assertThat(codeOf(testPeople(), "Mara Quillon", LocalDate.of(2001, 1, 1))).containsExactly("VEL");
    }

    @Test
    void takesNoNationalityFromARoleInAnInternationalOrganisation() throws Exception {
        assertThat(codeOf(testPeople(), "Ilse Brann", LocalDate.of(2014, 1, 1))).containsExactly("IGOGRY");
        assertThat(codeOf(testPeople(), "Ilse Brann", LocalDate.of(2010, 1, 1))).containsExactly("NRD");
        assertThat(codeOf(testPeople(), "Ilse Brann", LocalDate.of(2020, 1, 1))).containsExactly("NRD");
    }

    @Test
    void givesAPersonWithoutArticleDateTheLatestRole() throws Exception {
        assertThat(codeOf(testPeople(), "Joss Arden", null)).containsExactly("KSTMIL");
        assertThat(codeOf(testPeople(), "Mara Quillon", null)).containsExactly("VELGOV");
    }

    @Test
    void matchesPeopleNamesOnlyWhenCapitalised() throws Exception {
        ActorDictionary d = testPeople();
        List<String> words = List.of("QUILLON");
        assertThat(d.longestAt(words, List.of("quillon"), 0)).isEmpty();
        assertThat(d.longestAt(words, List.of("Quillon"), 0)).isPresent();
    }

    @Test
    void rejectsAnInvalidRoleDateNamingTheLine() {
        String text = "name\taliases\tcountry\tcode\tfrom\tto\toffice\nAl Vey\t\tVEL\tVELGOV\t2020-13-01\t\tMayor\n";
        assertThatThrownBy(() -> BuiltInDictionaries.readPeople("p.tsv", new StringReader(text)))
                .isInstanceOf(DictionaryException.class).hasMessageContaining("p.tsv line 2");
    }
}
