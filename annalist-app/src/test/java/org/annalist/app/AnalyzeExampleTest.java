package org.annalist.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README's main command on the bundled wire story, through the CLI, asserting what a user must see. */
class AnalyzeExampleTest {

    static final Path EXAMPLE = Path.of(System.getProperty("annalist.repo", ".."), "examples", "moscow-call.txt");
    static JsonNode result;
    static String text;

    @BeforeAll
    static void analyzeOnce() throws Exception {
        Cli.Result r = Cli.run("analyze", EXAMPLE.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        result = new ObjectMapper().readTree(r.out());
        text = result.get("article").get("text").asText();
    }

    @Test
    void readsTheDatelinePlaceDateAndAgency() {
        JsonNode dateline = result.get("article").get("dateline");
        assertThat(dateline.get("place").asText()).isEqualTo("Moscow");
        assertThat(dateline.get("date").asText()).isEqualTo("2023-03-14");
        assertThat(dateline.get("source").asText()).isEqualTo("TDI");
        assertThat(result.get("article").get("date").asText()).isEqualTo("2023-03-14");
    }

    @Test
    void removesEveryBoilerplateLine() {
        assertThat(text).doesNotContain("Also Read", "Read more", "t.co/", "pic.twitter.com", "Share this article",
                "@NikolPashinyan");
        assertThat(text).contains("Held a phone conversation with President Putin.");
    }

    @Test
    void keepsTheEmbeddedTweetWithItsAuthorAndDate() {
        JsonNode embed = result.get("article").get("embeds").get(0);
        assertThat(embed.get("author").asText()).isEqualTo("Nikol Pashinyan");
        assertThat(embed.get("date").asText()).isEqualTo("2023-03-13");
        assertThat(text.substring(embed.get("start").asInt(), embed.get("end").asInt())).startsWith("Held a phone");
    }

    @Test
    void codesThePhoneCallAsDiscussByTelephoneOnMonday() {
        JsonNode call = event("041", "RUSGOV", "ARMGOV");
        assertThat(call.get("cameo_name").asText()).containsIgnoringCase("telephone");
        assertThat(call.get("plover").asText()).isEqualTo("CONSULT");
        assertThat(call.get("date").get("value").asText()).isEqualTo("2023-03-13");
        assertThat(call.get("date").get("precision").asText()).isEqualTo("day");
        assertThat(call.get("modality").asText()).isEqualTo("reported");
        assertThat(call.get("attribution").asText()).contains("Kremlin");
        assertThat(call.get("sentence").asInt()).isZero();
    }

    @Test
    void thePlaceTheLeadersDiscussedIsTheirTopicNotWhereTheyTalked() {
        JsonNode talks = events().stream().filter(e -> e.get("cameo").asText().equals("040")).findFirst().orElseThrow();
        assertThat(talks.get("place").get("name").asText()).isEqualTo("Moscow");
    }

    @Test
    void codesTheDeadlyClashLastWeekWithItsFatalitiesAndPlace() {
        JsonNode clash = events().stream().filter(e -> e.get("root").asText().equals("19")).findFirst().orElseThrow();
        assertThat(List.of(code(clash.get("source")), code(clash.get("target")))).containsExactlyInAnyOrder("AZEMIL", "ARMSEP");
        assertThat(clash.get("fatalities").asInt()).isEqualTo(5);
        assertThat(clash.get("date").get("value").asText()).isEqualTo("2023-W10");
        assertThat(clash.get("date").get("precision").asText()).isEqualTo("week");
        assertThat(clash.get("date").get("begin").asText()).isEqualTo("2023-03-06");
        assertThat(clash.get("place").get("name").asText()).isEqualTo("Nagorno-Karabakh");
        assertThat(clash.get("quad_class").asInt()).isEqualTo(4);
    }

    @Test
    void listsTheArticlesPlacesResolvedWithTheirPoints() {
        List<JsonNode> places = new ArrayList<>();
        result.get("places").forEach(places::add);
        JsonNode moscow = places.stream().filter(p -> p.get("name").asText().equals("Moscow")).findFirst().orElseThrow();
        assertThat(moscow.get("geonameid").asLong()).isEqualTo(524901L);
        assertThat(moscow.get("country").asText()).isEqualTo("RU");
        assertThat(moscow.get("feature_code").asText()).isEqualTo("PPLC");
        JsonNode karabakh = places.stream().filter(p -> p.get("name").asText().equals("Nagorno-Karabakh")).findFirst()
                .orElseThrow();
        assertThat(karabakh.get("country").asText()).isEqualTo("AZ");
        assertThat(karabakh.get("precision").asText()).isEqualTo("region");
        assertThat(karabakh.get("lat").asDouble()).isBetween(39.0, 41.0);
        for (JsonNode p : places) {
            assertThat(text.substring(p.get("start").asInt(), p.get("end").asInt())).isEqualTo(p.get("name").asText());
        }
        // "the Kremlin said" names who spoke, not a place
        assertThat(places).noneMatch(p -> p.get("name").asText().equals("Kremlin"));
    }

    @Test
    void codesTheAccusation() {
        JsonNode accuse = event("112", "AZE", "ARM");
        assertThat(accuse.get("modality").asText()).isEqualTo("asserted");
        assertThat(accuse.get("goldstein").asDouble()).isNegative();
    }

    @Test
    void everyOffsetPointsAtItsWordsInTheCleanedText() {
        for (JsonNode e : events()) {
            assertSpan(e.get("trigger"));
            if (!e.get("source").isNull() && !postAuthor(e.get("source"))) assertSpan(e.get("source"));
            if (!e.get("target").isNull()) assertSpan(e.get("target"));
            assertThat(e.get("rule").asText()).isNotBlank();
            assertThat(e.get("id").asText()).isNotBlank();
            assertThat(e.get("cameo_name").isNull()).as("every code is a real CAMEO code").isFalse();
        }
    }

    @Test
    void neverCodesTheHeadlineOrBoilerplate() {
        assertThat(events()).allSatisfy(e -> assertThat(e.get("sentence").asInt()).isGreaterThanOrEqualTo(0));
        assertThat(events()).noneSatisfy(e -> assertThat(e.get("evidence").asText()).contains("transport forum"));
    }

    @Test
    void findsExactlyTheEventsTheStoryReports() {
        List<String> found = events().stream().map(e -> e.get("cameo").asText() + " " + code(e.get("source")) + " "
                + code(e.get("target")) + " " + e.get("modality").asText() + (e.get("reciprocal").asBoolean() ? " reciprocal" : "")
                + (e.get("fatalities").isNull() ? "" : " dead=" + e.get("fatalities").asInt())).toList();
        assertThat(found).containsExactly(
                "041 RUSGOV ARMGOV reported reciprocal",          // spoke by phone ... on Monday, the Kremlin said
                "040 RUSGOV ARMGOV reported reciprocal",          // the two leaders discussed ..., according to ...
                "041 ARMGOV RUSGOV asserted",                     // the embedded post, told by its author
                "190 AZEMIL ARMSEP reported reciprocal dead=5",   // clashes between ... killed five people
                "112 AZE ARM asserted",                           // Azerbaijan accused Armenia
                "196 ARM null reported");                         // ... of violating the ceasefire (alleged)
    }

    @Test
    void attributesWhatAnAccusationAllegesToTheAccuser() {
        JsonNode violation = events().stream().filter(e -> e.get("cameo").asText().equals("196")).findFirst().orElseThrow();
        assertThat(violation.get("attribution").asText()).isEqualTo("Azerbaijan");
    }

    @Test
    void theTweetsAuthorIsTheSourceOfItsFirstPersonCall() {
        JsonNode call = events().stream().filter(e -> e.get("trigger").get("text").asText().equals("conversation"))
                .findFirst().orElseThrow();
        assertThat(call.get("source").get("code").asText()).isEqualTo("ARMGOV");
        assertThat(postAuthor(call.get("source"))).as("the author's name is the post's signature, not in the text").isTrue();
    }

    /** An actor named by an embedded post's signature: an empty span at the start of the post, the author's name. */
    private static boolean postAuthor(JsonNode actor) {
        int start = actor.get("start").asInt();
        if (actor.get("end").asInt() != start) return false;
        for (JsonNode post : result.get("article").get("embeds")) {
            if (post.get("start").asInt() == start && post.get("author").asText().equals(actor.get("text").asText())) return true;
        }
        return false;
    }

    private static void assertSpan(JsonNode span) {
        assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo(span.get("text").asText());
    }

    static List<JsonNode> events() {
        List<JsonNode> out = new ArrayList<>();
        result.get("events").forEach(out::add);
        return out;
    }

    static JsonNode event(String cameo, String a, String b) {
        return events().stream().filter(e -> e.get("cameo").asText().equals(cameo))
                .filter(e -> (a.equals(code(e.get("source"))) && b.equals(code(e.get("target"))))
                        || (e.get("reciprocal").asBoolean() && b.equals(code(e.get("source"))) && a.equals(code(e.get("target")))))
                .findFirst().orElseThrow(() -> new AssertionError("no event " + cameo + " " + a + " -> " + b + " in " + events()));
    }

    static String code(JsonNode actor) {
        return actor == null || actor.isNull() || actor.get("code").isNull() ? null : actor.get("code").asText();
    }
}
