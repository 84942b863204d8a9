package org.annalist.places;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The lookup key of a place name: lower case, diacritics and apostrophes dropped, hyphens and runs of
 * spaces made one space, a few letters that Unicode does not decompose folded by hand ("Xankəndi",
 * "Xankandi" and "XANKANDI" share the key {@code xankandi}; "Ma'alot" and "Maalot" share {@code maalot}).
 */
final class NameKey {

    private NameKey() {
    }

    /** The key, or the empty string when nothing is left. */
    static String of(String name) {
        if (name == null) return "";
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            String folded = fold(Character.toLowerCase(c));
            if (folded == null) continue;
            if (folded.equals(" ")) {
                if (!space) b.append(' ');
                space = true;
            } else {
                b.append(folded);
                space = false;
            }
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') end--;
        b.setLength(end);
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether a key is plain ASCII: only such keys go into the built-in index (English news). */
    static boolean isAscii(String key) {
        for (int i = 0; i < key.length(); i++) if (key.charAt(i) >= 128) return false;
        return true;
    }

    private static String fold(char c) {
        switch (c) {
            case '\'': case '’': case '‘': case 'ʼ': case 'ʻ': case 'ʿ': case 'ʾ': case '`': case '´': case '"':
                return null;
            case '-': case '‐': case '‑': case '–': case '—': case '_': case '/': case ',': case '.': case '(': case ')':
                return " ";
            case 'ə': case 'ǝ': return "a";
            case 'ı': return "i";
            case 'ł': return "l";
            case 'ø': return "o";
            case 'æ': return "ae";
            case 'œ': return "oe";
            case 'ß': return "ss";
            case 'đ': case 'ð': return "d";
            case 'þ': return "th";
            case 'ħ': return "h";
            default:
                return Character.isWhitespace(c) ? " " : String.valueOf(c);
        }
    }
}
