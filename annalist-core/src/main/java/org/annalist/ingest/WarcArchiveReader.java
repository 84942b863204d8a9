package org.annalist.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.annalist.model.RawDocument;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * HTML pages out of WARC archives (jwarc): each {@code response} record with a 2xx HTTP status and an HTML
 * payload, and each HTML {@code resource} record, becomes a {@link RawDocument} with the record's target URI as
 * its URL, the HTTP headers stripped (chunked and compressed bodies decoded) and the header's charset as its
 * charset hint (the extractor sniffs when there is none).
 *
 * <p>Records that are not pages are refused by kind, and counted: one skip per archive and reason ("412
 * records: not HTML (image/jpeg)") rather than one per record. Request, metadata, warcinfo and revisit records
 * are not inputs and are passed over. A corrupt record is one skip of its own, and reading goes on at the next
 * record: the next gzip member of a WARC.gz, the next {@code WARC/1.} header of a WARC.
 *
 * <p>Streaming, in constant memory: one record at a time, bodies read up to the size limit.
 */
public final class WarcArchiveReader {

    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

    private final long maxRecordBytes;

    /** Counts of one archive read. */
    public record Stats(long records, long documents, long skipped, long corrupt) {
    }

    public WarcArchiveReader(long maxRecordBytes) {
        this.maxRecordBytes = maxRecordBytes;
    }

    /** Reads a WARC.gz stream (standard input), one gzip member at a time. */
    public Stats readGzip(String origin, InputStream in, Consumer<RawDocument> documents, Consumer<Skip> skips)
            throws IOException {
        return readGzip(origin, new GzipMemberStream(in), documents, skips);
    }

    /**
     * Reads a WARC.gz file, one gzip member at a time; after a corrupt member, the search for the next one starts
     * just after the corrupt one's start.
     */
    public Stats readGzipFile(String origin, Path file, Consumer<RawDocument> documents, Consumer<Skip> skips)
            throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return readGzip(origin, new GzipMemberStream(channel), documents, skips);
        }
    }

    private Stats readGzip(String origin, GzipMemberStream members, Consumer<RawDocument> documents,
                           Consumer<Skip> skips) throws IOException {
        Run run = new Run(origin, documents, skips);
        try (GzipMemberStream gz = members) {
            while (true) {
                InputStream member;
                try {
                    member = gz.nextMember();
                } catch (EOFException e) {
                    run.skip(origin, e.getMessage() + "; the archive ends there");
                    break;
                }
                if (member == null) break;
                long at = gz.memberStart();
                try {
                    WarcReader reader = new WarcReader(member);
                    reader.setLenient(true);
                    for (Optional<WarcRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                        run.handle(r.get(), at);
                    }
                } catch (IOException | RuntimeException e) {
                    run.corrupt(at, (e instanceof EOFException ? "truncated record: " : "corrupt record: ")
                            + message(e) + "; reading goes on at the next record, if any");
                }
            }
            if (gz.garbageBytes() > 0) {
                run.skip(origin, String.format(Locale.ROOT, "%,d bytes that belong to no readable gzip member",
                        gz.garbageBytes()));
            }
        }
        return run.finish();
    }

    /** Reads an uncompressed WARC file; after a corrupt record, reading goes on at the next record header. */
    public Stats readFile(String origin, Path file, Consumer<RawDocument> documents, Consumer<Skip> skips)
            throws IOException {
        Run run = new Run(origin, documents, skips);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long start = 0;
            while (start >= 0) {
                channel.position(start);
                long lastGood = -1;
                try {
                    WarcReader reader = new WarcReader(channel);
                    reader.setLenient(true);
                    for (Optional<WarcRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                        lastGood = start + r.get().position();
                        run.handle(r.get(), lastGood);
                    }
                    start = -1;
                } catch (IOException | RuntimeException e) {
                    long failedFrom = lastGood >= 0 ? lastGood + 1 : start;
                    long broken = find(channel, failedFrom);
                    long next = broken < 0 ? -1 : find(channel, broken + 1);
                    run.corrupt(broken < 0 ? failedFrom : broken, "corrupt record: " + message(e)
                            + (next < 0 ? "; no record follows" : "; reading goes on at the next record"));
                    start = next;
                }
            }
        }
        return run.finish();
    }

    /** Reads an uncompressed WARC stream (standard input); a corrupt record ends the read. */
    public Stats readStream(String origin, InputStream in, Consumer<RawDocument> documents, Consumer<Skip> skips)
            throws IOException {
        Run run = new Run(origin, documents, skips);
        long at = 0;
        try {
            WarcReader reader = new WarcReader(Channels.newChannel(in));
            reader.setLenient(true);
            for (Optional<WarcRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                at = r.get().position();
                run.handle(r.get(), at);
            }
        } catch (IOException | RuntimeException e) {
            run.corrupt(at, "corrupt record: " + message(e) + "; the rest of the stream is not read");
        }
        return run.finish();
    }

    /** Position of the next {@code WARC/1.} at a line start at or after {@code from}, or -1. */
    private static long find(FileChannel channel, long from) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        long base = Math.max(0, from - 1);
        while (true) {
            buf.clear();
            int n = channel.read(buf, base);
            if (n <= 0) return -1;
            byte[] a = buf.array();
            for (int i = 0; i + WARC_MAGIC.length <= n; i++) {
                long at = base + i;
                if (at < from) continue;
                boolean lineStart = at == 0 || (i > 0 && a[i - 1] == '\n');
                if (!lineStart) continue;
                int k = 0;
                while (k < WARC_MAGIC.length && a[i + k] == WARC_MAGIC[k]) k++;
                if (k == WARC_MAGIC.length) return at;
            }
            if (n < WARC_MAGIC.length + 1) return -1;
            base += n - WARC_MAGIC.length; // overlap, so that a header across the chunk border is found
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) return e.getClass().getSimpleName();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** One archive's reading: counts, grouped refusals. */
    private final class Run {
        private final String origin;
        private final Consumer<RawDocument> documents;
        private final Consumer<Skip> skips;
        private final Map<String, long[]> grouped = new LinkedHashMap<>();
        private final Map<String, String> examples = new LinkedHashMap<>();
        private long records;
        private long accepted;
        private long skipped;
        private long corrupt;

        Run(String origin, Consumer<RawDocument> documents, Consumer<Skip> skips) {
            this.origin = origin;
            this.documents = documents;
            this.skips = skips;
        }

        /** A record whose headers parsed but whose payload cannot be read (a broken chunked or gzip body) costs itself. */
        void handle(WarcRecord record, long at) throws IOException {
            try {
                accept(record, at);
            } catch (GzipMemberStream.TruncatedException | GzipMemberStream.CorruptException e) {
                throw e; // the archive itself is cut or corrupt here: the caller reads on at the next record
            } catch (IOException | RuntimeException e) {
                skip(origin + "@" + at, "unreadable record payload: " + message(e));
            }
        }

        private void accept(WarcRecord record, long at) throws IOException {
            records++;
            MediaType type;
            MessageBody body;
            String target;
            if (record instanceof WarcResponse response) {
                target = response.target();
                if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())
                        && !response.contentType().base().equals(MediaType.HTTP.base())) {
                    group("not an HTTP response (" + response.contentType().base() + ")", target);
                    return;
                }
                HttpResponse http = response.http();
                if (http.status() < 200 || http.status() > 299) {
                    group("HTTP status " + http.status(), target);
                    return;
                }
                type = http.contentType();
                body = http.bodyDecoded();
            } else if (record instanceof WarcResource resource) {
                target = resource.target();
                type = resource.contentType();
                body = resource.body();
            } else {
                records--; // requests, metadata, warcinfo, revisits: not inputs
                return;
            }
            String base = type == null ? "" : type.base().toString();
            boolean html = base.equals("text/html") || base.equals("application/xhtml+xml");
            if (!html && !base.isEmpty() && !base.equals("application/octet-stream")) {
                group("not HTML (" + base + ")", target);
                return;
            }
            byte[] bytes = body.stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRecordBytes + 1));
            String recordOrigin = origin + "@" + at;
            if (bytes.length > maxRecordBytes) {
                skip(recordOrigin, String.format(Locale.ROOT, "record too large: more than %,d bytes (%s)",
                        maxRecordBytes, target));
                return;
            }
            if (!html) {
                // no declared type: a page only if it looks like one
                byte[] head = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, SourceFormat.HEAD_BYTES));
                if (SourceFormat.sniff(null, head) != SourceFormat.HTML) {
                    group("not HTML (no content type, content not HTML)", target);
                    return;
                }
            }
            String charset = type == null ? null : type.parameters().get("charset");
            accepted++;
            documents.accept(new RawDocument(recordOrigin, target, bytes, RawDocument.Format.HTML, null, null,
                    charset, null, null));
        }

        void group(String reason, String target) {
            skipped++;
            grouped.computeIfAbsent(reason, k -> new long[1])[0]++;
            examples.putIfAbsent(reason, target);
        }

        void corrupt(long at, String reason) {
            corrupt++;
            skip(origin + "@" + at, reason);
        }

        void skip(String where, String reason) {
            skipped++;
            skips.accept(new Skip(where, reason));
        }

        Stats finish() {
            for (Map.Entry<String, long[]> g : grouped.entrySet()) {
                long n = g.getValue()[0];
                skips.accept(new Skip(origin, String.format(Locale.ROOT, "%,d record%s skipped: %s (first: %s)", n,
                        n == 1 ? "" : "s", g.getKey(), examples.get(g.getKey())), n));
            }
            return new Stats(records, accepted, skipped, corrupt);
        }
    }
}
