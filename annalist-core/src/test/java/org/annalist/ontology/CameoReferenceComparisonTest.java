package org.annalist.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks the project's own CAMEO table against the shared reference tables. Every disagreement
 * must be listed here with its reason; a new disagreement fails the test.
 */
class CameoReferenceComparisonTest {

    private final CameoCatalog catalog = CameoCatalog.load();

    /** Codes whose PLOVER type is not the one of their root in the manual's root table. */
    private static final Map<String, String> TYPE_NOT_BY_ROOT = Map.of(
            "116", "SANCTION: the current manual codes findings of guilt as SANCTION mode convict",
            "1712", "ASSAULT: intentional destruction of property is ASSAULT mode destroy",
            "175", "ASSAULT: violent repression (tear gas, water cannon) is ASSAULT mode crowd-control",
            "191", "COERCE: a blockade restricts movement (COERCE restrict), it is not an assault",
            "192", "COERCE: occupying territory is coercion, as in CAMEO2PLOVER-2021",
            "0831", "RETREAT mode resign: the current manual's RETREAT covers resignations of government officials");

    /** Codes where our PLOVER type differs from the draft CAMEO2PLOVER-2021 table. */
    private static final Map<String, String> TYPE_NOT_AS_IN_2021 = Map.of(
            "0813", "CONCEDE: the manual's root table puts 081-083 in CONCEDE; lifting a curfew is its example",
            "0814", "CONCEDE: as 0813",
            "116", "SANCTION mode convict in the current manual (the 2021 draft says ACCUSE)",
            "163", "SANCTION: the current manual codes international sanctions as SANCTION discontinue",
            "0831", "RETREAT mode resign: resignations are RETREAT in the current manual (the 2021 draft says CONCEDE)");

    /**
     * Codes where the 2021 draft gives a mode that still exists in the current manual but ours
     * differs (or is empty because the code does not determine one).
     */
    private static final Map<String, String> MODE_NOT_AS_IN_2021 = new TreeMap<>(Map.ofEntries(
            Map.entry("087", "generic de-escalation does not imply disarming"),
            Map.entry("0874", "retreat or surrender is first of all a withdrawal"),
            Map.entry("105", "demands to yield are mode yield (release, ease sanctions, ceasefire)"),
            Map.entry("112", "accusations are mode allege in the current manual"),
            Map.entry("114", "official complaints are mode disapprove ('complain')"),
            Map.entry("124", "refusals to yield are mode yield, as 105"),
            Map.entry("1241", "as 124"),
            Map.entry("1242", "as 124"),
            Map.entry("128", "defying norms is not a refusal to yield"),
            Map.entry("129", "a veto is not a refusal to yield"),
            Map.entry("133", "threatening protest is not threatening relations"),
            Map.entry("139", "an ultimatum can threaten anything"),
            Map.entry("143", "'strike or boycott' does not determine strike vs boycott"),
            Map.entry("1431", "as 143"),
            Map.entry("1432", "as 143"),
            Map.entry("1433", "as 143"),
            Map.entry("1434", "as 143"),
            Map.entry("161", "breaking diplomatic relations is discontinue"),
            Map.entry("166", "'expel or withdraw' does not determine which"),
            Map.entry("1661", "as 166"),
            Map.entry("1662", "as 166"),
            Map.entry("1663", "as 166"),
            Map.entry("183", "not every bombing is a suicide attack: explosives"),
            Map.entry("184", "using human shields is not an abduction"),
            Map.entry("192", "occupying territory is not a search or confiscation"),
            Map.entry("195", "aerial weapons are mode aerial, not heavy-weapons")));

    /** Codes absent from GDELT's Goldstein lookup; the value we chose and why. */
    private static final Map<String, String> GOLDSTEIN_NOT_IN_GDELT = Map.of(
            "1213", "-4.0 as its siblings (ICEWS: -4.0)",
            "1214", "-4.0 as its siblings",
            "155", "-7.2 as its siblings 151-154",
            "176", "-7.0 as root 17",
            "1834", "-10.0 as its siblings 1831-1833",
            "1951", "-10.0 as 195",
            "1952", "-10.0 as 195");

    @Test
    void hasTheSameCodesAsTheMasterTable() {
        Set<String> reference = SharedReference.table("ref/cameo/cameo_event_codes.tsv").stream()
                .map(r -> r.get("cameo_code")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> ours = catalog.all().stream().map(CameoCode::code)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(ours).isEqualTo(reference);
    }

    @Test
    void hasGdeltsGoldsteinValues() {
        Map<String, String> gdelt = SharedReference.table("ref/cameo/gdelt_CAMEO.goldsteinscale.clean.tsv")
                .stream().collect(Collectors.toMap(r -> r.get("CAMEOEVENTCODE"), r -> r.get("GOLDSTEINSCALE")));
        for (CameoCode c : catalog.all()) {
            String value = gdelt.get(c.code());
            if (value == null) {
                assertThat(GOLDSTEIN_NOT_IN_GDELT).as("undocumented code without GDELT value").containsKey(c.code());
            } else {
                assertThat(c.goldstein()).as(c.code()).isEqualTo(Double.parseDouble(value));
            }
        }
        assertThat(gdelt.keySet()).allSatisfy(code -> assertThat(catalog.isValid(code)).isTrue());
    }

    @Test
    void hasTheRootNamesOfTheCodebook() {
        for (Map<String, String> r : SharedReference.table("ref/cameo/cameo_root_codes.tsv")) {
            assertThat(catalog.rootName(r.get("root_code"))).isEqualTo(r.get("name_cameo_manual"));
        }
    }

    @Test
    void quadClassesAgreeWithBothConventions() {
        for (Map<String, String> r : SharedReference.table("ref/cameo/cameo_quadclass.tsv")) {
            CameoCode root = catalog.get(r.get("root_code")).orElseThrow();
            assertThat(root.quadClass()).as(root.code())
                    .isEqualTo(Integer.parseInt(r.get("quad_icews_andybega_convention")));
            assertThat(root.gdeltQuadClass()).as(root.code())
                    .isEqualTo(Integer.parseInt(r.get("quad_class_gdelt")));
        }
    }

    @Test
    void ploverTypesFollowTheManualsRootTableExceptDocumentedCodes() {
        for (Map<String, String> r : SharedReference.table("ref/plover/cameo_root_to_plover.tsv")) {
            String root = r.get("cameo_root");
            String expected = r.get("plover_category");
            // PLOVER has no FIGHT any more: the manual's own ASSAULT section covers root 20.
            expected = expected.startsWith("FIGHT") ? "ASSAULT" : expected.equals("dropped") ? null : expected;
            String text = r.get("cameo_text");
            for (CameoCode c : catalog.all()) {
                if (!c.root().equals(root) || TYPE_NOT_BY_ROOT.containsKey(c.code())) {
                    continue;
                }
                if (text.contains("081 to 083") && c.code().length() > 2 && c.code().compareTo("084") >= 0) {
                    continue;
                }
                if (text.contains("084 to 087") && (c.code().length() == 2 || c.code().compareTo("084") < 0)) {
                    continue;
                }
                assertThat(c.plover()).as(c.code()).isEqualTo(expected);
            }
        }
    }

    @Test
    void ploverMappingDiffersFromThe2021DraftOnlyWhereDocumented() {
        Set<String> typeDiffs = new TreeSet<>();
        Set<String> modeDiffs = new TreeSet<>();
        for (Map<String, String> r : SharedReference.table("ref/plover/cameo_to_plover_2021.tsv")) {
            CameoCode c = catalog.get(r.get("cameo_code")).orElseThrow();
            if (!r.get("plover_event").equals(c.plover())) {
                typeDiffs.add(c.code());
                continue;
            }
            String mode = r.get("plover_mode");
            boolean stillAMode = !mode.isEmpty() && c.ploverType().hasMode(mode);
            if (stillAMode && !mode.equals(c.ploverMode())) {
                modeDiffs.add(c.code());
            }
        }
        assertThat(typeDiffs).isEqualTo(TYPE_NOT_AS_IN_2021.keySet().stream()
                .collect(Collectors.toCollection(TreeSet::new)));
        assertThat(modeDiffs).isEqualTo(MODE_NOT_AS_IN_2021.keySet());
    }

    @Test
    void acledViewUsesOnlyAcledSubEventTypes() {
        List<Map<String, String>> acled = SharedReference.table("ref/acled/acled_event_types.tsv");
        Set<String> pairs = acled.stream().map(r -> r.get("event_type") + " / " + r.get("sub_event_type"))
                .collect(Collectors.toSet());
        for (CameoCode c : catalog.all()) {
            if (c.acledType() != null) {
                assertThat(pairs).as(c.code()).contains(c.acledType() + " / " + c.acledSubType());
            }
        }
    }
}
