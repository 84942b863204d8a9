package org.annalist.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annalist.extract.ExtractionException.Reason;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Bytes to text: refuses oversized, empty and binary input, then picks the charset, in this order: a BOM;
 * UTF-8 when the bytes are valid UTF-8 (whatever a label says: valid multi-byte UTF-8 does not happen by
 * chance, and pages labelled Latin-1 often are UTF-8); the transport's charset (an HTTP header); the page's
 * declaration ({@code <meta charset>}, XML declaration); juniversalchardet's guess for bytes without a usable
 * label; windows-1252 last. A label that is UTF-8 on bytes that are not is ignored.
 */
final class DocumentDecoder {

    private static final int SNIFF_BYTES = 8 * 1024;
    /** Control bytes other than tab, newlines and form feed; text has almost none. */
    private static final double MAX_CONTROL_SHARE = 0.10;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern DECLARED_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)"
                    + "|<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:\\-]+)",
            Pattern.CASE_INSENSITIVE);

    private final long maxBytes;

    DocumentDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    String decode(byte[] bytes) throws ExtractionException {
        return decode(bytes, null);
    }

    /**
     * @param transportCharset the charset the document came labelled with (HTTP {@code Content-Type}), or null
     */
    String decode(byte[] bytes, String transportCharset) throws ExtractionException {
        if (bytes.length > maxBytes) {
            throw new ExtractionException(Reason.TOO_LARGE, String.format(Locale.ROOT,
                    "document too large: %,d bytes > %s limit", bytes.length, humanSize(maxBytes)));
        }
        if (bytes.length == 0) {
            throw new ExtractionException(Reason.EMPTY, "empty document");
        }
        Charset bomCharset = bomCharset(bytes);
        if (bomCharset != null) {
            int bomLength = bomCharset.equals(StandardCharsets.UTF_8) ? 3 : 2;
            return new String(bytes, bomLength, bytes.length - bomLength, bomCharset);
        }
        refuseBinary(bytes);
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return utf8;
        }
        Charset label = charset(transportCharset);
        if (label == null || label.equals(StandardCharsets.UTF_8)) {
            label = declaredCharset(bytes);
        }
        if (label != null && !label.equals(StandardCharsets.UTF_8)) {
            return new String(bytes, label);
        }
        Charset detected = detectedCharset(bytes);
        return new String(bytes, detected != null ? detected : WINDOWS_1252);
    }

    /** juniversalchardet's guess from the bytes; Latin-1 means windows-1252, as in browsers. */
    static Charset detectedCharset(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 256 * 1024));
        detector.dataEnd();
        Charset c = charset(detector.getDetectedCharset());
        return c == null || c.equals(StandardCharsets.UTF_8) ? null : c;
    }

    /** A charset by name, with the Latin-1 and ASCII labels read as windows-1252; null when unknown. */
    private static Charset charset(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String name = label.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static void refuseBinary(byte[] bytes) throws ExtractionException {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new ExtractionException(Reason.BINARY, "binary content (NUL bytes in the first 8 KiB)");
            }
            if ((b < 0x20 && (b < 0x09 || b > 0x0D)) || b == 0x7F) {
                control++;
            }
        }
        double share = (double) control / n;
        if (share > MAX_CONTROL_SHARE) {
            throw new ExtractionException(Reason.BINARY, String.format(Locale.ROOT,
                    "binary content (%.0f%% control bytes in the first 8 KiB)", share * 100));
        }
    }

    /**
     * The charset a document declares in its first 8 KiB. Latin-1 and ASCII declarations mean
     * windows-1252, as in browsers: pages that say ISO-8859-1 routinely contain curly quotes.
     */
    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        // an unknown name is no better than no declaration
        return charset(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** The bytes as UTF-8, or null when they are not valid UTF-8. */
    private static String strictUtf8(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static String humanSize(long bytes) {
        if (bytes % (1024L * 1024) == 0) {
            return (bytes / (1024L * 1024)) + " MiB";
        }
        if (bytes % 1024 == 0) {
            return (bytes / 1024) + " KiB";
        }
        return String.format(Locale.ROOT, "%,d bytes", bytes);
    }
}
