package org.annalist.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/** WARC records written byte by byte, so that tests can break them exactly where they want. */
final class WarcFixtures {

    private WarcFixtures() {
    }

    /** A response record with an HTTP status, content type and body. */
    static byte[] response(String uri, int status, String contentType, byte[] body) {
        String http = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.length + "\r\n\r\n";
        return record("response", uri, "application/http; msgtype=response",
                concat(http.getBytes(StandardCharsets.ISO_8859_1), body));
    }

    static byte[] response(String uri, String html) {
        return response(uri, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] resource(String uri, String contentType, byte[] body) {
        return record("resource", uri, contentType, body);
    }

    static byte[] request(String uri) {
        return record("request", uri, "application/http; msgtype=request",
                ("GET / HTTP/1.1\r\nHost: example.org\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    static byte[] record(String type, String uri, String contentType, byte[] block) {
        String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri
                + "\r\nWARC-Date: 2023-03-14T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + UUID.randomUUID()
                + ">\r\nContent-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        return concat(header.getBytes(StandardCharsets.ISO_8859_1), block, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    static byte[] gzip(byte[] member) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (OutputStream gz = new GZIPOutputStream(out)) {
                gz.write(member);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    /** A small English news page of its own words, numbered so that each is distinct. */
    static String page(int n) {
        return "<html><head><title>Council vote " + n + "</title></head><body><article>"
                + "<p>The city council of Northbridge voted on Tuesday to approve plan number " + n
                + " for the repair of the old river bridge, after a debate that lasted most of the evening.</p>"
                + "<p>Members of the opposition said the cost had been underestimated and asked for an independent"
                + " review before any contract is signed with the builders.</p></article></body></html>";
    }
}
