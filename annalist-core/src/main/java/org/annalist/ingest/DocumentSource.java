package org.annalist.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.annalist.model.RawDocument;

/**
 * Reads documents from paths. Each document is handed to a consumer as soon as it is read; each refused
 * input is handed to the skip consumer; reading never stops at a bad input.
 */
public final class DocumentSource {

    /** Files larger than this are refused without being read (the extractor has its own, smaller, limit). */
    private final long maxFileBytes;
    private final ObjectMapper json = new ObjectMapper();

    public DocumentSource() {
        this(64L * 1024 * 1024);
    }

    public DocumentSource(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * Reads one path: "-" is standard input, a directory is walked recursively in name order, a
     * {@code .jsonl} file yields one document a line, any other file is one document.
     */
    public void read(String path, Consumer<RawDocument> documents, Consumer<Skip> skips) {
        if (path.equals("-")) {
            try {
                readStream("stdin", System.in, documents, skips);
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

    private void readFile(Path file, Consumer<RawDocument> documents, Consumer<Skip> skips) {
        String origin = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxFileBytes && !isJsonl(file)) {
                skips.accept(new Skip(origin, String.format(Locale.ROOT,
                        "file too large: %,d bytes > %,d byte limit", size, maxFileBytes)));
                return;
            }
            if (isJsonl(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    readJsonl(origin, in, documents, skips);
                }
            } else {
                documents.accept(new RawDocument(origin, null, Files.readAllBytes(file), formatOf(file), null, null));
            }
        } catch (IOException e) {
            skips.accept(new Skip(origin, "cannot read file: " + e.getMessage()));
        }
    }

    private void readStream(String origin, InputStream in, Consumer<RawDocument> documents, Consumer<Skip> skips)
            throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
        if (bytes.length > maxFileBytes) {
            skips.accept(new Skip(origin, String.format(Locale.ROOT, "input too large: more than %,d bytes", maxFileBytes)));
            return;
        }
        documents.accept(new RawDocument(origin, null, bytes, RawDocument.Format.UNKNOWN, null, null));
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

    private static boolean isJsonl(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static RawDocument.Format formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return RawDocument.Format.HTML;
        if (name.endsWith(".txt") || name.endsWith(".text")) return RawDocument.Format.TEXT;
        return RawDocument.Format.UNKNOWN;
    }
}
