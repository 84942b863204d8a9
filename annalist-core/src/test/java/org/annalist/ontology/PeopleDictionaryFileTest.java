package org.annalist.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Integrity of the data file {@code org/annalist/actors/people.tsv} (people with dated roles). */
class PeopleDictionaryFileTest {

    private static final String RESOURCE = "/org/annalist/actors/people.tsv";
    private static final String HEADER = "name\taliases\tcountry\tcode\tfrom\tto\toffice";

    /** Country codes used on purpose although GDELT's CAMEO country list lacks them. */
    private static final Map<String, String> COUNTRIES_NOT_IN_GDELT = Map.of(
            "SSD", "South Sudan, as in the PETRARCH/Phoenix dictionaries",
            "KSV", "Kosovo, as in the PETRARCH/Phoenix dictionaries (PLOVER writes KOS)",
            "IGO", "international organisations: CAMEO writes IGO + known-group code (IGOEEC, IGOUNO)");

    private static List<String> lines;

    /** Data lines with their 1-based line numbers, comments removed. */
    private static final List<String[]> rows = new ArrayList<>();
    private static final List<Integer> lineNumbers = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = PeopleDictionaryFileTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("#") && !line.isBlank()) {
                rows.add(line.split("\t", -1));
                lineNumbers.add(i + 1);
            }
        }
    }

    @Test
    void firstLineIsTheHeader() {
        assertThat(lines.get(0)).isEqualTo(HEADER);
    }

    @Test
    void everyLineHasSevenColumnsAndANameCountryCodeStartAndOffice() {
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            String where = "line " + lineNumbers.get(i);
            assertThat(r).as(where).hasSize(7);
            assertThat(r[0]).as(where + " name").isNotBlank().isEqualTo(r[0].strip());
            assertThat(r[2]).as(where + " country").matches("[A-Z]{3}");
            assertThat(r[3]).as(where + " code").matches("([A-Z]{3})+");
            assertThat(r[4]).as(where + " from").isNotBlank();
            assertThat(r[6]).as(where + " office").isNotBlank();
        }
    }

    @Test
    void aliasesAreNonEmptyAndDifferFromTheName() {
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            if (r[1].isEmpty()) {
                continue;
            }
            for (String alias : r[1].split("\\|", -1)) {
                assertThat(alias).as("line " + lineNumbers.get(i)).isNotBlank().isNotEqualTo(r[0]);
            }
        }
    }

    @Test
    void datesAreIsoAndRolesDoNotEndBeforeTheyBegin() {
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            String where = "line " + lineNumbers.get(i);
            LocalDate from = date(r[4], where);
            if (!r[5].isEmpty()) {
                assertThat(date(r[5], where)).as(where).isAfterOrEqualTo(from);
            }
        }
    }

    @Test
    void codeStartsWithTheCountry() {
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            assertThat(r[3]).as("line " + lineNumbers.get(i)).startsWith(r[2]);
        }
    }

    @Test
    void hasNoDuplicateLines() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            assertThat(seen.add(String.join("\t", rows.get(i)))).as("line " + lineNumbers.get(i)).isTrue();
        }
    }

    @Test
    void samePersonDoesNotHoldTheSameOfficeTwiceAtOnce() {
        Map<String, List<String[]>> byPersonAndOffice = rows.stream()
                .collect(Collectors.groupingBy(r -> r[0] + "\t" + r[6]));
        byPersonAndOffice.forEach((key, roles) -> {
            roles.sort((a, b) -> a[4].compareTo(b[4]));
            for (int i = 1; i < roles.size(); i++) {
                String previousEnd = roles.get(i - 1)[5];
                assertThat(previousEnd).as(key).isNotEmpty();
                assertThat(roles.get(i)[4]).as(key).isGreaterThanOrEqualTo(previousEnd);
            }
        });
    }

    @Test
    void countriesAreCameoCountryCodes() {
        Set<String> cameo = SharedReference.table("ref/cameo/cameo_actor_country.tsv").stream()
                .map(r -> r.get("code")).collect(Collectors.toSet());
        for (int i = 0; i < rows.size(); i++) {
            String country = rows.get(i)[2];
            if (!COUNTRIES_NOT_IN_GDELT.containsKey(country)) {
                assertThat(cameo).as("line " + lineNumbers.get(i)).contains(country);
            }
        }
    }

    @Test
    void coversAtLeastThreeHundredRoles() {
        assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
    }

    private static LocalDate date(String text, String where) {
        assertThat(text).as(where).matches("\\d{4}-\\d{2}-\\d{2}");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new AssertionError(where + ": not a date: " + text, e);
        }
    }
}
