package org.annalist.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExtractionReadabilityJsTest {

    private static JsonNode resource(String name) throws Exception {
        try (InputStream in = ExtractionReadabilityJs.class.getResourceAsStream("readability/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void packageJsonPinsExactVersionsThatTheLockFileHolds() throws Exception {
        JsonNode deps = resource("package.json").get("dependencies");
        JsonNode lock = resource("package-lock.json").get("packages");

        assertThat(deps.fieldNames()).toIterable().containsExactlyInAnyOrder("@mozilla/readability", "jsdom");
        deps.fields().forEachRemaining(d -> {
            assertThat(d.getValue().asText()).as(d.getKey()).matches("\\d+\\.\\d+\\.\\d+");
            assertThat(lock.get("node_modules/" + d.getKey()).get("version").asText()).isEqualTo(d.getValue().asText());
        });
    }

    @Test
    void readabilityReturnsTheArticleTextAndItsOwnTime() throws Exception {
        assumeTrue(ExtractionReadabilityJs.nodeAvailable(), "node 20+ is not on PATH");
        String body = "The city council of Fredonia voted on Tuesday to close the old harbour bridge for repairs. "
                + "Engineers had warned in March that the pillars were failing, and the mayor said the work would "
                + "take until the autumn, when the river is low and the ferries can carry the traffic again. ";
        String html = "<html><head><title>Bridge</title></head><body><nav><a href='/'>Home</a></nav><article><p>"
                + body + "</p><p>" + body + "</p><p>" + body + "</p></article></body></html>";
        ExtractionPage page = new ExtractionPage("p1", "not a url", body, Path.of("unused"));

        try (ExtractionReadabilityJs readability = ExtractionReadabilityJs.start(ExtractionReadabilityJs.defaultInstallDir())) {
            ExtractionOutput out = readability.extract(page, html.getBytes(StandardCharsets.UTF_8));
            ExtractionOutput none = readability.extract(page, "<html><body></body></html>".getBytes(StandardCharsets.UTF_8));

            assertThat(out.text()).contains("harbour bridge").doesNotContain("Home");
            assertThat(out.nanos()).isPositive();
            assertThat(out.refusal()).isNull();
            assertThat(none.text()).isEmpty();
            assertThat(none.refusal()).isNotBlank();
        }
    }
}
