package org.annalist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users bring their own PETRARCH/Phoenix dictionaries with --dictionaries. */
class UserDictionaryTest {

    @TempDir
    Path dir;

    @Test
    void codesActorsFromTheUsersDictionaryFolder() throws Exception {
        Path dicts = Files.createDirectories(dir.resolve("dicts"));
        Files.writeString(dicts.resolve("my.actors.txt"), "FREEDONIA [FRD]\n+FREEDONIAN\nSYLVANIA [SYL]\n");
        Files.writeString(dicts.resolve("my.agents.txt"), "WARDEN [~GOV]\n");
        Path article = Files.writeString(dir.resolve("a.txt"),
                "The Freedonian warden accused Sylvania of shelling border villages on Monday.\n");
        Cli.Result r = Cli.run("analyze", article.toString(), "--date", "2024-05-14", "--dictionaries", dicts.toString(),
                "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"code\" : \"FRDGOV\"", "\"code\" : \"SYL\"", "\"cameo\" : \"112\"");
    }

    @Test
    void saysWhichFolderCannotBeRead() throws Exception {
        Path article = Files.writeString(dir.resolve("b.txt"), "Freedonia accused Sylvania of shelling border villages.\n");
        Cli.Result r = Cli.run("analyze", article.toString(), "--dictionaries", dir.resolve("none").toString());
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).startsWith("annalist: ").contains("none");
    }
}
