package org.annalist.ingest;

import static org.annalist.ingest.WarcFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.annalist.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcArchiveReaderTest {

    @TempDir
    Path dir;

    final List<RawDocument> docs = new ArrayList<>();
    final List<Skip> skips = new ArrayList<>();
    final WarcArchiveReader reader = new WarcArchiveReader(1024 * 1024);

    @Test
    void readsHtmlResponsesAndResourcesWithHeadersStripped() throws IOException {
        byte[] warc = concat(request("http://example.org/1"), response("http://example.org/1", page(1)),
                resource("http://example.org/2", "text/html", page(2).getBytes(StandardCharsets.UTF_8)));
        var stats = reader.readStream("a.warc", new ByteArrayInputStream(warc), docs::add, skips::add);
        assertThat(docs).extracting(RawDocument::url).containsExactly("http://example.org/1", "http://example.org/2");
        String body = new String(docs.get(0).bytes(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("<html>").doesNotContain("HTTP/1.1").doesNotContain("Content-Type");
        assertThat(docs.get(0).charsetHint()).isEqualToIgnoringCase("utf-8");
        assertThat(docs.get(1).charsetHint()).isNull();
        assertThat(stats.documents()).isEqualTo(2);
        assertThat(skips).isEmpty();
    }

    @Test
    void skipsNonHtmlAndNon2xxRecordsGroupedByReason() throws IOException {
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2};
        byte[] warc = concat(response("http://example.org/a.jpg", 200, "image/jpeg", jpeg),
                response("http://example.org/b.jpg", 200, "image/jpeg", jpeg),
                response("http://example.org/gone", 404, "text/html", "<p>not found</p>".getBytes(StandardCharsets.UTF_8)),
                response("http://example.org/moved", 301, "text/html", new byte[0]),
                response("http://example.org/ok", page(3)));
        var stats = reader.readStream("b.warc", new ByteArrayInputStream(warc), docs::add, skips::add);
        assertThat(docs).extracting(RawDocument::url).containsExactly("http://example.org/ok");
        assertThat(skips).extracting(Skip::reason).containsExactlyInAnyOrder(
                "2 records skipped: not HTML (image/jpeg) (first: http://example.org/a.jpg)",
                "1 record skipped: HTTP status 404 (first: http://example.org/gone)",
                "1 record skipped: HTTP status 301 (first: http://example.org/moved)");
        assertThat(skips.stream().mapToLong(Skip::count).sum()).isEqualTo(4);
        assertThat(stats.skipped()).isEqualTo(4);
    }

    @Test
    void charsetComesFromTheHttpHeader() throws IOException {
        byte[] latin = "<html><body><p>Caf\u00e9 cr\u00e8me</p></body></html>".getBytes(Charset.forName("ISO-8859-1"));
        byte[] warc = response("http://example.org/fr", 200, "text/html; charset=ISO-8859-1", latin);
        reader.readStream("c.warc", new ByteArrayInputStream(warc), docs::add, skips::add);
        assertThat(docs.get(0).charsetHint()).isEqualToIgnoringCase("ISO-8859-1");
        assertThat(docs.get(0).bytes()).isEqualTo(latin);
    }

    @Test
    void aCorruptRecordInTheMiddleOfAWarcCostsThatRecordOnly() throws IOException {
        byte[] good1 = response("http://example.org/1", page(1));
        byte[] broken = response("http://example.org/2", page(2));
        // garble the record's Content-Length so that its header cannot be read
        String s = new String(broken, StandardCharsets.ISO_8859_1).replaceFirst("Content-Length: \\d+", "Content-Length: x9z");
        byte[] good3 = response("http://example.org/3", page(3));
        Path f = dir.resolve("mid.warc");
        Files.write(f, concat(good1, s.getBytes(StandardCharsets.ISO_8859_1), good3));
        var stats = reader.readFile(f.toString(), f, docs::add, skips::add);
        assertThat(docs).extracting(RawDocument::url).containsExactly("http://example.org/1", "http://example.org/3");
        assertThat(skips).hasSize(1);
        assertThat(skips.get(0).reason()).startsWith("corrupt record").endsWith("reading goes on at the next record");
        assertThat(skips.get(0).origin()).isEqualTo(f + "@" + good1.length);
        assertThat(stats.corrupt()).isEqualTo(1);
    }

    @Test
    void aCorruptGzipMemberInTheMiddleOfAWarcGzCostsThatRecordOnly() throws IOException {
        byte[] m1 = gzip(response("http://example.org/1", page(1)));
        byte[] m2 = gzip(response("http://example.org/2", page(2)));
        byte[] m3 = gzip(response("http://example.org/3", page(3)));
        for (int i = 20; i < m2.length - 20; i += 7) m2[i] ^= 0x5a; // deflate data garbled
        Path f = dir.resolve("d.warc.gz");
        Files.write(f, concat(m1, m2, m3));
        var stats = reader.readGzipFile(f.toString(), f, docs::add, skips::add);
        assertThat(docs).extracting(RawDocument::url).containsExactly("http://example.org/1", "http://example.org/3");
        assertThat(skips).extracting(Skip::reason).anyMatch(r -> r.startsWith("corrupt record"));
        assertThat(stats.documents()).isEqualTo(2);
    }

    @Test
    void aTruncatedWarcGzKeepsTheRecordsBeforeTheCut() throws IOException {
        byte[] warc = concat(gzip(response("http://example.org/1", page(1))), gzip(response("http://example.org/2", page(2))));
        byte[] cut = Arrays.copyOf(warc, warc.length - 40);
        reader.readGzip("e.warc.gz", new ByteArrayInputStream(cut), docs::add, skips::add);
        assertThat(docs).extracting(RawDocument::url).containsExactly("http://example.org/1");
        assertThat(skips).hasSize(1);
        assertThat(skips.get(0).reason()).startsWith("truncated record");
    }

    @Test
    void aRecordWhosePayloadCannotBeDecodedCostsThatRecordOnly() throws IOException {
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: 12\r\n\r\n"
                + "not gzip!!!!").getBytes(StandardCharsets.ISO_8859_1);
        byte[] bad = record("response", "http://example.org/bad", "application/http; msgtype=response", http);
        Path f = dir.resolve("payload.warc");
        Files.write(f, concat(bad, response("http://example.org/ok", page(5))));
        reader.readFile(f.toString(), f, docs::add, skips::add);
        assertThat(docs).extracting(RawDocument::url).containsExactly("http://example.org/ok");
        assertThat(skips).singleElement().satisfies(s -> assertThat(s.reason()).startsWith("unreadable record payload"));
    }

    @Test
    void documentSourceSniffsWarcAndWarcGzFilesWhateverTheirNames() throws IOException {
        Path plain = dir.resolve("crawl.bin");
        Files.write(plain, concat(response("http://example.org/1", page(1))));
        Path gz = dir.resolve("crawl-gz.bin");
        Files.write(gz, gzip(response("http://example.org/2", page(2))));
        new DocumentSource().read(plain.toString(), docs::add, skips::add);
        new DocumentSource().read(gz.toString(), docs::add, skips::add);
        assertThat(docs).extracting(RawDocument::url).containsExactly("http://example.org/1", "http://example.org/2");
        assertThat(skips).isEmpty();
    }
}
