package org.annalist.app;

import java.util.ArrayList;
import java.util.List;

/** A plain aligned text table for terminals: columns as wide as their widest cell, capped. */
final class TextTable {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final int maxWidth;

    TextTable(int maxWidth, String... headers) {
        this.headers = List.of(headers);
        this.maxWidth = maxWidth;
    }

    TextTable row(Object... cells) {
        List<String> r = new ArrayList<>(cells.length);
        for (Object c : cells) r.add(c == null ? "" : c.toString().replaceAll("\\s+", " "));
        rows.add(r);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    String render() {
        int[] w = new int[headers.size()];
        for (int i = 0; i < w.length; i++) w[i] = headers.get(i).length();
        for (List<String> r : rows) for (int i = 0; i < w.length; i++) w[i] = Math.min(maxWidth, Math.max(w[i], r.get(i).length()));
        StringBuilder sb = new StringBuilder();
        line(sb, headers, w);
        for (int i = 0; i < w.length; i++) sb.append("-".repeat(w[i])).append(i + 1 < w.length ? "  " : "\n");
        for (List<String> r : rows) line(sb, r, w);
        return sb.toString();
    }

    private void line(StringBuilder sb, List<String> cells, int[] w) {
        for (int i = 0; i < w.length; i++) {
            String c = cells.get(i);
            if (c.length() > w[i]) c = c.substring(0, Math.max(0, w[i] - 1)) + "…";
            sb.append(c);
            if (i + 1 < w.length) sb.append(" ".repeat(w[i] - c.length() + 2));
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') end--;
        sb.setLength(end);
        sb.append('\n');
    }
}
