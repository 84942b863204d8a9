package org.annalist.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.annalist.evaluation.ExtractionReadabilityJs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annalist eval extract --compare readability}, only where {@code node} runs. The first run
 * installs the pinned npm packages (network) into the default install folder.
 */
class EvalExtractReadabilityTest {

    @TempDir
    Path dir;

    @Test
    void comparesAnnalistWithReadabilityOnTheSamePagesAnnalistFirst() throws Exception {
        assumeTrue(ExtractionReadabilityJs.nodeAvailable(), "node is not on PATH");
        EvalExtractTest.writeBenchmark(dir);

        Cli.Result r = Cli.run("eval", "extract", "--dir", dir.toString(), "--compare", "readability", "--json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode n = new ObjectMapper().readTree(r.out());
        JsonNode compare = n.get("compare");
        assertThat(compare).hasSize(2);
        assertThat(compare.get(0).get("system").asText()).isEqualTo("annalist");
        assertThat(compare.get(0).get("f1").asDouble()).isEqualTo(n.get("f1").asDouble());
        JsonNode readability = compare.get(1);
        assertThat(readability.get("system").asText()).isEqualTo("readability");
        assertThat(readability.get("pages").asInt()).isEqualTo(2);
        assertThat(readability.get("recall").asDouble()).isGreaterThan(0.9);
        assertThat(readability.get("pages_per_second").asDouble()).isPositive();
    }

    @Test
    void printsBothSystemsSideBySideInTheTable() throws Exception {
        assumeTrue(ExtractionReadabilityJs.nodeAvailable(), "node is not on PATH");
        EvalExtractTest.writeBenchmark(dir);

        Cli.Result r = Cli.run("eval", "extract", "--dir", dir.toString(), "--compare", "readability");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("annalist +\\d\\.\\d{3}").containsPattern("readability +\\d\\.\\d{3}");
    }
}
