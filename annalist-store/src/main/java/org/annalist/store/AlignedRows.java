package org.annalist.store;

import java.util.List;

/** Rows of cells as aligned text columns, the first row a header with a rule under it; trailing blanks trimmed. */
final class AlignedRows {

    private AlignedRows() {
    }

    static String render(List<String[]> rows) {
        int columns = rows.isEmpty() ? 0 : rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) widths[i] = Math.max(widths[i], row[i].length());
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            line(out, rows.get(r), widths);
            if (r == 0) {
                String[] rule = new String[widths.length];
                for (int i = 0; i < widths.length; i++) rule[i] = "-".repeat(widths[i]);
                line(out, rule, widths);
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) l.append("  ");
            l.append(cells[i]);
            if (i < cells.length - 1) l.append(" ".repeat(widths[i] - cells[i].length()));
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }
}
