package org.annalist.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentSourceTest {

    @TempDir
    Path dir;

    final List<RawDocument> docs = new ArrayList<>();
    final List<Skip> skips = new ArrayList<>();

    @Test
    void readsEveryFileOfADirectoryRecursivelyInNameOrder() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("b.txt"), "second");
        Files.writeString(dir.resolve("a.html"), "<p>first</p>");
        Files.writeString(dir.resolve("sub/c.txt"), "third");
        new DocumentSource().read(dir.toString(), docs::add, skips::add);
        assertThat(docs).extracting(d -> Path.of(d.origin()).getFileName().toString())
                .containsExactly("a.html", "b.txt", "c.txt");
        assertThat(docs.get(0).format()).isEqualTo(RawDocument.Format.HTML);
        assertThat(skips).isEmpty();
    }

    @Test
    void readsJsonLinesRecordsWithTheirMetadata() throws IOException {
        Path f = dir.resolve("dump.jsonl");
        Files.writeString(f, "{\"id\":\"x1\",\"date\":\"2023-03-14\",\"url\":\"http://example.org/a\",\"title\":\"T\",\"text\":\"Body one.\"}\n"
                + "\n{\"id\":\"x2\",\"date\":null,\"url\":null,\"title\":null,\"text\":\"Body two.\"}\n");
        new DocumentSource().read(f.toString(), docs::add, skips::add);
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).dateHint()).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(docs.get(0).url()).isEqualTo("http://example.org/a");
        assertThat(docs.get(0).titleHint()).isEqualTo("T");
        assertThat(docs.get(0).origin()).endsWith("#x1");
        assertThat(docs.get(1).dateHint()).isNull();
    }

    @Test
    void skipsBrokenJsonLinesAndGoesOn() throws IOException {
        Path f = dir.resolve("dump.jsonl");
        Files.writeString(f, "{not json\n{\"id\":\"y\"}\n{\"id\":\"z\",\"text\":\"kept\"}\n");
        new DocumentSource().read(f.toString(), docs::add, skips::add);
        assertThat(docs).hasSize(1);
        assertThat(skips).extracting(Skip::reason)
                .anySatisfy(r -> assertThat(r).startsWith("not a JSON object"))
                .anySatisfy(r -> assertThat(r).isEqualTo("record has no \"text\" field"));
        assertThat(skips.get(0).origin()).endsWith(":1");
    }

    @Test
    void skipsAMissingPathWithAReason() {
        new DocumentSource().read(dir.resolve("nope.txt").toString(), docs::add, skips::add);
        assertThat(skips).containsExactly(new Skip(dir.resolve("nope.txt").toString(), "no such file or directory"));
    }

    @Test
    void refusesAFileOverTheSizeLimitWithoutReadingIt() throws IOException {
        Path f = dir.resolve("big.txt");
        Files.write(f, new byte[2048]);
        new DocumentSource(1024).read(f.toString(), docs::add, skips::add);
        assertThat(docs).isEmpty();
        assertThat(skips.get(0).reason()).startsWith("file too large: 2,048 bytes");
    }
}
