package org.annalist.ingest;

import static org.annalist.ingest.WarcFixtures.gzip;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.annalist.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFormatsTest {

    @TempDir
    Path dir;

    final List<RawDocument> docs = new ArrayList<>();
    final List<Skip> skips = new ArrayList<>();

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sniffsFromTheBytesFirstAndTheNameSecond() {
        assertThat(SourceFormat.sniff("x.html", b("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>"))).isEqualTo(SourceFormat.FEED);
        assertThat(SourceFormat.sniff("x", b("<feed xmlns=\"http://www.w3.org/2005/Atom\">"))).isEqualTo(SourceFormat.FEED);
        assertThat(SourceFormat.sniff("x.txt", b("WARC/1.0\r\nWARC-Type: warcinfo"))).isEqualTo(SourceFormat.WARC);
        assertThat(SourceFormat.sniff("x.warc.gz", gzip(b("WARC/1.0")))).isEqualTo(SourceFormat.WARC_GZ);
        assertThat(SourceFormat.sniff("x.html.gz", gzip(b("<p>")))).isEqualTo(SourceFormat.GZIP);
        assertThat(SourceFormat.sniff("x.jsonl", b("{\"text\": \"a\"}"))).isEqualTo(SourceFormat.JSONL);
        assertThat(SourceFormat.sniff(null, b("{\"id\": 1, \"text\": \"a\"}\n"))).isEqualTo(SourceFormat.JSONL);
        assertThat(SourceFormat.sniff("page", b("<!DOCTYPE html><html>"))).isEqualTo(SourceFormat.HTML);
        assertThat(SourceFormat.sniff("story.txt", b("MOSCOW (Reuters) - Talks ended."))).isEqualTo(SourceFormat.TEXT);
    }

    @Test
    void gzippedJsonLinesAreStreamedAndATruncatedGzipKeepsWhatCameBefore() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            lines.append("{\"id\":\"r").append(i).append("\",\"text\":\"Record number ").append(i)
                    .append(" says the council met again today to talk about the bridge and the budget.\"}\n");
        }
        byte[] whole = gzip(b(lines.toString()));
        Files.write(dir.resolve("all.jsonl.gz"), whole);
        Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));
        new DocumentSource().read(dir.resolve("all.jsonl.gz").toString(), docs::add, skips::add);
        assertThat(docs).hasSize(2000);
        assertThat(skips).isEmpty();
        docs.clear();
        new DocumentSource().read(dir.resolve("cut.jsonl.gz").toString(), docs::add, skips::add);
        assertThat(docs.size()).isBetween(100, 1999);
        assertThat(docs.get(0).origin()).endsWith("#r0");
        assertThat(skips).singleElement().satisfies(s -> assertThat(s.reason())
                .startsWith("unreadable gzip: truncated gzip stream").endsWith("what came before it was read"));
    }

    @Test
    void aGzippedPageAndAFeedFileAreRead() throws IOException {
        Files.write(dir.resolve("a.html.gz"), gzip(b("<html><body><p>Hello there, a page.</p></body></html>")));
        Files.writeString(dir.resolve("b.xml"), FeedReaderTest.RSS);
        new DocumentSource().read(dir.toString(), docs::add, skips::add);
        assertThat(docs).extracting(RawDocument::origin).containsExactly(
                dir.resolve("a.html.gz").toString(), dir.resolve("b.xml") + "#1", dir.resolve("b.xml") + "#2");
        assertThat(docs.get(0).format()).isEqualTo(RawDocument.Format.HTML);
    }

    @Test
    void countsDocumentsOnlyWhenItIsCheap() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "one");
        Files.writeString(dir.resolve("b.jsonl"), "{\"text\":\"x\"}\n{\"text\":\"y\"}\n\n{\"text\":\"z\"}");
        assertThat(new DocumentSource().countDocuments(List.of(dir.toString()))).isEqualTo(4);
        Files.writeString(dir.resolve("c.rss"), FeedReaderTest.RSS);
        assertThat(new DocumentSource().countDocuments(List.of(dir.toString()))).isEqualTo(-1);
        assertThat(new DocumentSource().countDocuments(List.of("-"))).isEqualTo(-1);
    }
}
