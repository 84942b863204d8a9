package org.annalist.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.annalist.model.RawDocument;

/**
 * Reads documents from paths. Each document is handed to a consumer as soon as it is read; each refused
 * input is handed to the skip consumer; reading never stops at a bad input.
 *
 * <p>What a file holds is sniffed from its first bytes ({@link SourceFormat}): an HTML page or a text is one
 * document; a JSON Lines file one a line; an RSS or Atom feed one an item ({@link FeedReader}); a WARC or
 * WARC.gz archive one per HTML record ({@link WarcArchiveReader}); any other gzip file is decompressed and
 * sniffed again. JSON Lines, WARC and gzip are streamed; the size limit holds for single documents and feeds.
 */
public final class DocumentSource {

    /** Files larger than this are refused without being read (the extractor has its own, smaller, limit). */
    private final long maxFileBytes;
    private final ObjectMapper json = new ObjectMapper();
    private final FeedReader feeds = new FeedReader();
    private final WarcArchiveReader warcs;

    public DocumentSource() {
        this(64L * 1024 * 1024);
    }

    public DocumentSource(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
        this.warcs = new WarcArchiveReader(maxFileBytes);
    }

    /**
     * Reads one path: "-" is standard input, a directory is walked recursively in name order, a file is read
     * by what it holds.
     */
    public void read(String path, Consumer<RawDocument> documents, Consumer<Skip> skips) {
        if (path.equals("-")) {
            try {
                readStream("stdin", null, null, new BufferedInputStream(System.in, 64 * 1024), documents, skips);
            } catch (IOException e) {
                skips.accept(new Skip("stdin", "cannot read standard input: " + e.getMessage()));
            }
            return;
        }
        Path p = Path.of(path);
        if (!Files.exists(p)) {
            skips.accept(new Skip(path, "no such file or directory"));
        } else if (Files.isDirectory(p)) {
            try (Stream<Path> files = Files.walk(p)) {
                files.filter(Files::isRegularFile).sorted().forEach(f -> readFile(f, documents, skips));
            } catch (IOException | java.io.UncheckedIOException e) {
                skips.accept(new Skip(path, "cannot list directory: " + e.getMessage()));
            }
        } else {
            readFile(p, documents, skips);
        }
    }

    /**
     * How many documents the paths hold, when that is cheap to know: files and JSON Lines lines. Archives,
     * feeds, compressed files and standard input make it unknown.
     *
     * @return the count, or -1 when unknown
     */
    public long countDocuments(List<String> paths) {
        long total = 0;
        for (String path : paths) {
            if (path.equals("-")) return -1;
            Path p = Path.of(path);
            if (!Files.exists(p)) continue;
            try (Stream<Path> files = Files.walk(p)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    SourceFormat format = sniff(f);
                    switch (format) {
                        case HTML, TEXT -> total++;
                        case JSONL -> total += countLines(f);
                        default -> {
                            return -1;
                        }
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                return -1;
            }
        }
        return total;
    }

    private static SourceFormat sniff(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            return SourceFormat.sniff(f.getFileName().toString(), in.readNBytes(SourceFormat.HEAD_BYTES));
        }
    }

    private static long countLines(Path f) throws IOException {
        long lines = 0;
        byte[] buf = new byte[256 * 1024];
        boolean text = false;
        try (InputStream in = Files.newInputStream(f)) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        if (text) lines++;
                        text = false;
                    } else if (buf[i] > ' ') {
                        text = true;
                    }
                }
            }
        }
        return text ? lines + 1 : lines;
    }

    private void readFile(Path file, Consumer<RawDocument> documents, Consumer<Skip> skips) {
        String origin = file.toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            readStream(origin, file.getFileName().toString(), file, in, documents, skips);
        } catch (IOException e) {
            skips.accept(new Skip(origin, "cannot read file: " + e.getMessage()));
        }
    }

    /** Reads one input of any format; {@code file} is its path when it is a whole file, else null. */
    private void readStream(String origin, String name, Path file, InputStream in, Consumer<RawDocument> documents,
                            Consumer<Skip> skips) throws IOException {
        in.mark(SourceFormat.HEAD_BYTES);
        byte[] head = in.readNBytes(SourceFormat.HEAD_BYTES);
        in.reset();
        SourceFormat format = SourceFormat.sniff(name, head);
        if (format == SourceFormat.GZIP && looksLikeWarcInside(head)) format = SourceFormat.WARC_GZ;
        switch (format) {
            case WARC -> {
                if (file != null) warcs.readFile(origin, file, documents, skips);
                else warcs.readStream(origin, in, documents, skips);
            }
            case WARC_GZ -> {
                if (file != null) warcs.readGzipFile(origin, file, documents, skips);
                else warcs.readGzip(origin, in, documents, skips);
            }
            case GZIP -> readGzip(origin, name, in, documents, skips);
            case JSONL -> readJsonl(origin, in, documents, skips);
            case FEED -> {
                byte[] bytes = readLimited(origin, file, in, skips);
                if (bytes != null) feeds.read(origin, bytes, documents, skips);
            }
            case HTML, TEXT -> {
                byte[] bytes = readLimited(origin, file, in, skips);
                if (bytes != null) {
                    RawDocument.Format f = name == null ? RawDocument.Format.UNKNOWN : formatOf(name);
                    documents.accept(new RawDocument(origin, null, bytes, f, null, null));
                }
            }
        }
    }

    /** A gzip file named without ".warc" may still hold a WARC: its first member starts with "WARC/". */
    private static boolean looksLikeWarcInside(byte[] head) {
        try (InputStream member = new GzipMemberStream(new java.io.ByteArrayInputStream(head)).nextMember()) {
            if (member == null) return false;
            byte[] start = member.readNBytes(5);
            return new String(start, StandardCharsets.US_ASCII).equals("WARC/");
        } catch (IOException e) {
            return false; // a head too short to tell
        }
    }

    private void readGzip(String origin, String name, InputStream in, Consumer<RawDocument> documents,
                          Consumer<Skip> skips) throws IOException {
        GzipMemberStream gz = new GzipMemberStream(in);
        InputStream plain = new BufferedInputStream(new ConcatenatedMembers(gz), 64 * 1024);
        try {
            readStream(origin, SourceFormat.innerName(name), null, plain, documents, skips);
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            skips.accept(new Skip(origin, "unreadable gzip: " + e.getMessage()
                    + "; what came before it was read"));
        }
    }

    /** Reads a whole document, refusing it when it exceeds the size limit; null when refused. */
    private byte[] readLimited(String origin, Path file, InputStream in, Consumer<Skip> skips) throws IOException {
        if (file != null && Files.size(file) > maxFileBytes) {
            skips.accept(new Skip(origin, String.format(Locale.ROOT,
                    "file too large: %,d bytes > %,d byte limit", Files.size(file), maxFileBytes)));
            return null;
        }
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
        if (bytes.length > maxFileBytes) {
            skips.accept(new Skip(origin, String.format(Locale.ROOT,
                    "input too large: more than %,d bytes", maxFileBytes)));
            return null;
        }
        return bytes;
    }

    /** The members of a gzip stream one after the other, as {@code gunzip} writes them. */
    private static final class ConcatenatedMembers extends InputStream {
        private final GzipMemberStream gz;
        private InputStream member;
        private boolean end;

        ConcatenatedMembers(GzipMemberStream gz) {
            this.gz = gz;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (!end) {
                if (member == null) {
                    member = gz.nextMember();
                    if (member == null) {
                        end = true;
                        break;
                    }
                }
                int n = member.read(b, off, len);
                if (n >= 0) return n;
                member = null;
            }
            return -1;
        }
    }

    /** JSON Lines with the fields of FORMATS.md §5: id, date, url, title, text. */
    private void readJsonl(String origin, InputStream in, Consumer<RawDocument> documents, Consumer<Skip> skips)
            throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            String line;
            int n = 0;
            while (true) {
                try {
                    line = reader.readLine();
                } catch (CharacterCodingException e) {
                    skips.accept(new Skip(origin + ":" + (n + 1), "invalid UTF-8 in JSON Lines file; rest of file not read"));
                    return;
                }
                if (line == null) break;
                n++;
                if (line.isBlank()) continue;
                String lineOrigin = origin + ":" + n;
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (IOException e) {
                    skips.accept(new Skip(lineOrigin, "not a JSON object: " + firstLine(e.getMessage())));
                    continue;
                }
                if (node == null || !node.isObject()) {
                    skips.accept(new Skip(lineOrigin, "not a JSON object"));
                    continue;
                }
                String text = textField(node, "text");
                if (text == null) {
                    skips.accept(new Skip(lineOrigin, "record has no \"text\" field"));
                    continue;
                }
                String id = textField(node, "id");
                String recordOrigin = id != null ? origin + "#" + id : lineOrigin;
                LocalDate date = null;
                String dateText = textField(node, "date");
                if (dateText != null && !dateText.isBlank()) {
                    try {
                        date = LocalDate.parse(dateText.length() > 10 ? dateText.substring(0, 10) : dateText);
                    } catch (DateTimeParseException e) {
                        skips.accept(new Skip(recordOrigin, "unreadable date \"" + dateText + "\"; record read without a date"));
                    }
                }
                RawDocument.Format format = looksLikeHtml(text) ? RawDocument.Format.HTML : RawDocument.Format.TEXT;
                documents.accept(new RawDocument(recordOrigin, textField(node, "url"),
                        text.getBytes(StandardCharsets.UTF_8), format, textField(node, "title"), date));
            }
        }
    }

    private static String textField(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 512)).toLowerCase(Locale.ROOT).stripLeading();
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
    }

    private static String firstLine(String s) {
        if (s == null) return "parse error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static RawDocument.Format formatOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return RawDocument.Format.HTML;
        if (name.endsWith(".txt") || name.endsWith(".text")) return RawDocument.Format.TEXT;
        return RawDocument.Format.UNKNOWN;
    }
}
