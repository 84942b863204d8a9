package org.annalist.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Character-level cleanup shared by text and HTML bodies: newlines become {@code \n}, control
 * and invisible format characters go, runs of spaces collapse, and blank lines separate paragraphs.
 */
final class TextNormaliser {

    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[ \\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*(?:\\n[ \\t]*)+");

    private TextNormaliser() {
    }

    /** Newlines to {@code \n}; drops control characters except {@code \n} and {@code \t}, soft hyphens and zero-width marks. */
    static String normaliseCharacters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\u000C') {
                out.append('\n');
            } else if (c == '\n' || c == '\t') {
                out.append(c);
            } else if (Character.isISOControl(c) || c == '\u00AD' || c == '\u200B' || c == '\uFEFF' || c == '\u2060') {
                continue;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One line with runs of spaces collapsed and ends trimmed. */
    static String collapseLine(String line) {
        return HORIZONTAL_SPACE.matcher(line).replaceAll(" ").strip();
    }

    /**
     * Splits normalised text into paragraphs at blank lines; each paragraph's lines are collapsed
     * and kept separated by {@code \n}.
     */
    static List<String> paragraphs(String text) {
        List<String> result = new ArrayList<>();
        for (String block : BLANK_LINES.split(text)) {
            String paragraph = collapseLines(block);
            if (!paragraph.isEmpty()) {
                result.add(paragraph);
            }
        }
        return result;
    }

    /** Collapses every line of a block and drops its empty lines. */
    static String collapseLines(String block) {
        StringBuilder sb = new StringBuilder();
        for (String line : block.split("\n")) {
            String collapsed = collapseLine(line);
            if (!collapsed.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(collapsed);
            }
        }
        return sb.toString();
    }
}
