package org.annalist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest of a WARC.gz archive and an RSS feed: pages, skips, exact and near duplicates, metadata. */
class IngestArchivesTest {

    @TempDir
    static Path dir;
    static String db;
    static Cli.Result result;

    static final String BODY = "<p>The foreign ministers of Armenia and Azerbaijan met in Geneva on Tuesday to discuss"
            + " the disputed border, officials said.</p><p>Armenia accused Azerbaijan of shelling a village near the"
            + " frontier last week, an accusation that Baku denied.</p>";

    @BeforeAll
    static void ingest() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String story = "<html><head><title>Ministers meet over border</title>"
                + "<link rel=\"canonical\" href=\"https://www.courier.example/2023/03/14/border-talks\">"
                + "<meta property=\"og:site_name\" content=\"The Courier\"><meta name=\"author\" content=\"Ana Reyes\">"
                + "</head><body><article>" + BODY + "</article></body></html>";
        String copy = "<html><head><title>Border talks in Geneva</title></head><body><article><p>Wire Daily exclusive.</p>"
                + BODY + "<p>Copyright 2023 Wire Daily. All rights reserved. Sign up for our newsletter today.</p>"
                + "</article></body></html>";
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        warc.writeBytes(gzip(response("http://courier.example/border?utm=1", 200, "text/html; charset=utf-8", story)));
        warc.writeBytes(gzip(response("http://courier.example/logo.png", 200, "image/png", "\u0089PNG")));
        warc.writeBytes(gzip(response("http://courier.example/old", 404, "text/html", "<p>gone</p>")));
        warc.writeBytes(gzip(response("https://wire.example/geneva", 200, "text/html", copy)));
        Files.write(in.resolve("crawl.warc.gz"), warc.toByteArray());
        Files.writeString(in.resolve("feed.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Courier feed</title>"
                + "<item><title>Ministers meet over border</title><link>https://feeds.example/item/1</link>"
                + "<pubDate>Tue, 14 Mar 2023 09:30:00 GMT</pubDate><description><![CDATA[" + BODY + "]]></description></item>"
                + "<item><title>No text</title><link>https://feeds.example/item/2</link></item></channel></rss>");
        db = dir.resolve("a.duckdb").toString();
        result = Cli.run("ingest", in.toString(), "--db", db, "--threads", "1");
    }

    @Test
    void storesPagesFromTheArchiveAndTheFeedWithEveryRefusalRecorded() throws Exception {
        assertThat(result.exitCode()).as(result.err()).isZero();
        // three documents: two pages, one feed item (an exact duplicate of the first page)
        assertThat(result.out()).contains("ingested 3 documents: 2 stored, 1 duplicates");
        assertThat(result.out()).contains("3 skipped");
        Cli.Result skips = Cli.run("skips", "--db", db);
        assertThat(skips.out()).contains("1 record skipped: not HTML (image/png)", "1 record skipped: HTTP status 404",
                "feed item has no text");
    }

    @Test
    void anExactDuplicateKeepsEveryUrlAndACopyIsLinkedToTheFirstStory() throws Exception {
        List<String> urls = query("SELECT u.url FROM article_urls u JOIN articles a ON a.id = u.article_id"
                + " WHERE a.site_name = 'The Courier' ORDER BY u.url");
        assertThat(urls).containsExactly("http://courier.example/border?utm=1", "https://feeds.example/item/1",
                "https://www.courier.example/2023/03/14/border-talks");
        assertThat(query("SELECT author || '|' || source_id || '|' || CAST(date AS VARCHAR) FROM articles WHERE site_name = 'The Courier'"))
                .containsExactly("Ana Reyes|courier.example|2023-03-14");
        assertThat(query("SELECT (SELECT site_name FROM articles o WHERE o.id = a.near_duplicate_of) FROM articles a"
                + " WHERE a.url = 'https://wire.example/geneva'")).containsExactly("The Courier");
        assertThat(query("SELECT id || '|' || coalesce(name, '') FROM sources ORDER BY id")).containsExactly(
                "courier.example|The Courier", "wire.example|");
    }

    static List<String> query(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            while (r.next()) out.add(r.getString(1));
        }
        return out;
    }

    static byte[] response(String uri, int status, String type, String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        byte[] http = ("HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: " + b.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        block.writeBytes(http);
        block.writeBytes(b);
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: 2023-03-14T10:00:00Z\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.randomUUID() + ">\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + block.size() + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(block.toByteArray());
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
