package org.annalist.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signature under an embedded tweet, {@code — Nikol Pashinyan (@NikolPashinyan) March 13, 2023},
 * and where it starts in its line.
 *
 * @param author      display name, or null
 * @param handle      account handle without '@'
 * @param date        the post's date, or null when it does not parse
 * @param textBefore  what precedes the signature on its line (the post text in the pasted form), maybe empty
 */
record PostSignature(String author, String handle, LocalDate date, String textBefore) {

    /** "(@handle) March 13, 2023" at the end of a line; the author and dash come before it. */
    private static final Pattern TAIL = Pattern.compile(
            "\\(@(?<handle>[A-Za-z0-9_]{1,15})\\)\\s*"
                    + "(?:(?<m1>" + EnglishDates.MONTH + ")\\s+(?<d1>\\d{1,2}),?\\s+(?<y1>\\d{4})"
                    + "|(?<d2>\\d{1,2})\\s+(?<m2>" + EnglishDates.MONTH + ")\\s+(?<y2>\\d{4}))"
                    + "\\s*\\.?\\s*$");
    /** The dash that opens a signature: an em or en dash anywhere, a hyphen only between spaces. */
    private static final Pattern DASH = Pattern.compile("[—–]|(?:^|\\s)--?(?=\\s)");
    private static final int MAX_AUTHOR_CHARS = 60;

    /** @return the signature at the end of {@code line}, or null when the line does not end with one */
    static PostSignature parse(String line) {
        Matcher tail = TAIL.matcher(line);
        if (!tail.find()) {
            return null;
        }
        String beforeHandle = line.substring(0, tail.start());
        int dashStart = -1;
        int dashEnd = -1;
        Matcher dash = DASH.matcher(beforeHandle);
        while (dash.find()) {
            dashStart = dash.start();
            dashEnd = dash.end();
        }
        if (dashStart < 0) {
            return null;
        }
        String author = beforeHandle.substring(dashEnd).strip();
        if (author.length() > MAX_AUTHOR_CHARS || author.contains("(") || author.contains(")")) {
            return null;
        }
        LocalDate date = tail.group("m1") != null
                ? EnglishDates.dateOrNull(Integer.parseInt(tail.group("y1")),
                        EnglishDates.month(tail.group("m1")), Integer.parseInt(tail.group("d1")))
                : EnglishDates.dateOrNull(Integer.parseInt(tail.group("y2")),
                        EnglishDates.month(tail.group("m2")), Integer.parseInt(tail.group("d2")));
        return new PostSignature(author.isEmpty() ? null : author, tail.group("handle"), date,
                beforeHandle.substring(0, dashStart).strip());
    }
}
