package org.annalist.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes text that was UTF-8 once read as windows-1252 and saved again, so that {@code â€™}
 * becomes {@code ’} and {@code Ã©} becomes {@code é}. Only runs that decode to exactly one valid
 * UTF-8 character are replaced; text that merely contains accented letters stays as it is.
 */
final class MojibakeRepair {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Each character windows-1252 gives for a byte 0x80-0xFF, and that byte. */
    private static final Map<Character, Byte> HIGH_BYTES = new HashMap<>();
    private static final Pattern RUN;

    static {
        StringBuilder continuation = new StringBuilder();
        for (int b = 0x80; b <= 0xFF; b++) {
            String c = new String(new byte[] {(byte) b}, WINDOWS_1252);
            char ch = c.charAt(0) == '\uFFFD' ? (char) b : c.charAt(0);
            HIGH_BYTES.put(ch, (byte) b);
            if (b <= 0xBF) {
                continuation.append(String.format("\\x{%x}", (int) ch));
            }
        }
        // Lead bytes C2-F4 all read as Latin-1 letters in windows-1252.
        RUN = Pattern.compile("[\\u00C2-\\u00F4][" + continuation + "]{1,3}");
    }

    private MojibakeRepair() {
    }

    static String repair(String text) {
        if (text.indexOf('Ã') < 0 && text.indexOf('Â') < 0 && text.indexOf('â') < 0) {
            return text;
        }
        // "”" is E2 80 9D, and 9D has no windows-1252 character: converters that replaced it with
        // U+FFFD left "â€�", which no other common character produces.
        text = text.replace("â€\uFFFD", "”");
        Matcher m = RUN.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            String run = m.group();
            int lead = HIGH_BYTES.get(run.charAt(0)) & 0xFF;
            int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
            if (run.length() < length) {
                continue;
            }
            String repaired = decode(run.substring(0, length));
            if (repaired == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, m.start()).append(repaired);
            copied = m.start() + length;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static String decode(String run) {
        byte[] bytes = new byte[run.length()];
        for (int i = 0; i < run.length(); i++) {
            Byte b = HIGH_BYTES.get(run.charAt(i));
            if (b == null) {
                return null;
            }
            bytes[i] = b;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
