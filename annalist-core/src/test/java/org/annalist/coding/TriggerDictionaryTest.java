package org.annalist.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.annalist.ontology.CameoCatalog;
import org.junit.jupiter.api.Test;

class TriggerDictionaryTest {
    private final CameoCatalog catalog = CameoCatalog.load();

    @Test
    void everyTriggerCodeIsAValidCameoCode() {
        for (TriggerEntry e : TriggerDictionary.builtIn().entries()) {
            assertThat(catalog.isValid(e.cameo())).as("line %d: %s", e.line(), e.cameo()).isTrue();
        }
    }

    @Test
    void triggersCoverAllTwentyCameoRoots() {
        Set<String> roots = TriggerDictionary.builtIn().entries().stream().map(e -> e.cameo().substring(0, 2))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(roots).hasSize(20);
    }

    @Test
    void everyCodeOfTheCodebookIsReachable() {
        // a code is reachable when a trigger codes it or a governing verb composes it (embedding.tsv); the
        // two-digit categories are headers, 010 (a bare statement) is deliberately never coded, and 044 comes from
        // the coder's third-location rule (EventCoderTest)
        Set<String> reached = TriggerDictionary.builtIn().entries().stream().map(TriggerEntry::cameo)
                .collect(Collectors.toCollection(TreeSet::new));
        for (String[] row : EmbeddingTable.builtIn().rows()) reached.add(row[2]);
        Set<String> missing = new TreeSet<>();
        for (var c : catalog.all()) {
            if (c.code().length() >= 3 && !c.code().equals("010") && !c.code().equals("044") && !reached.contains(c.code())) missing.add(c.code());
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEmbeddingRuleGivesAValidCodeForAKnownClass() {
        Set<String> classes = TriggerDictionary.builtIn().entries().stream().map(TriggerEntry::embedClass)
                .filter(c -> c != null).collect(Collectors.toSet());
        for (String[] row : EmbeddingTable.builtIn().rows()) {
            assertThat(classes).as("class of %s", String.join(" ", row)).contains(row[0]);
            if (!row[2].equals(EmbeddingTable.KEEP)) assertThat(catalog.isValid(row[2])).as(String.join(" ", row)).isTrue();
            if (!row[1].startsWith("@")) assertThat(row[1]).matches("\\d{2,4}");
        }
    }

    @Test
    void everyEmbeddingClassUsedByATriggerHasRules() {
        Set<String> tableClasses = EmbeddingTable.builtIn().rows().stream().map(r -> r[0]).collect(Collectors.toSet());
        TriggerDictionary.builtIn().entries().stream().map(TriggerEntry::embedClass).filter(c -> c != null)
                .forEach(c -> assertThat(tableClasses).contains(c));
    }

    @Test
    void ruleIdNamesWordsFrameAndCode() {
        TriggerEntry e = TriggerDictionary.builtIn().entries().stream()
                .filter(x -> x.head().equals("speak") && x.cameo().equals("041")).findFirst().orElseThrow();
        assertThat(e.id()).isEqualTo("trig:speak+with:phone#041");
    }

    @Test
    void rejectsAnUnknownFrameConstraintNamingTheLine() {
        String tsv = "pattern\tpos\tframe\tcameo\tnote\nmeet\tverb\tmaybe=yes\t040\tx\n";
        assertThatThrownBy(() -> TriggerDictionary.read(new StringReader(tsv), "t.tsv"))
                .isInstanceOf(CodingException.class).hasMessageContaining("t.tsv line 2").hasMessageContaining("maybe");
    }

    @Test
    void rejectsACodeThatIsNotDigits() {
        String tsv = "pattern\tpos\tframe\tcameo\tnote\nmeet\tverb\t-\tCONSULT\tx\n";
        assertThatThrownBy(() -> TriggerDictionary.read(new StringReader(tsv), "t.tsv"))
                .isInstanceOf(CodingException.class).hasMessageContaining("not a CAMEO code");
    }

    @Test
    void composesAnAppealForAidFromTheEmbeddedCode() {
        EmbeddingTable t = EmbeddingTable.builtIn();
        assertThat(t.composeCode("APPEAL", "073")).isEqualTo("0233");
        assertThat(t.composeCode("THREATEN", "163")).isEqualTo("1312");
        assertThat(t.composeCode("INTENT", "190")).isEqualTo("1384");
        assertThat(t.composeCode("INTENT", "091")).isEqualTo(EmbeddingTable.KEEP);
        assertThat(t.composeLemma("APPEAL", "peace")).isEqualTo("027");
    }
}
