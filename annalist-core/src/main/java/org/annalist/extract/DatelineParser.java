package org.annalist.extract;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.annalist.model.Dateline;

/**
 * Finds a wire-story dateline at the start of an article body, or right after a title line:
 * <pre>
 * Moscow, 14 March 2023 (TDI):      WASHINGTON (Reuters) -      KYIV, March 5 (AP) —
 * BEIRUT, Lebanon (AP) —            NEW DELHI:                  London, March 14 (IANS)
 * YEREVAN, March 14, 2023 /ARKA/.
 * </pre>
 * Without a date or an agency, a place counts only in capitals before a dash or colon, or in
 * title case with a region before a dash ("Dekalb, Ill. —"), so that an ordinary first sentence
 * ("Russia, Iran and Turkey met ...", "Washington - The ...") is not taken for a dateline.
 * The place keeps a following region ("Beirut, Lebanon"), which helps the gazetteer later.
 */
final class DatelineParser {

    private static final String WORD = "\\p{Lu}(?:[\\p{L}\\p{M}'’.\\-]*[\\p{L}\\p{M}.])?";
    private static final String PARTICLE = "(?:de|da|do|du|del|della|di|al|el|la|le|les|es|of|upon|on)";
    private static final String PLACE = "(?!" + EnglishDates.MONTH + "\\b)" + WORD
            + "(?:[ ](?:" + PARTICLE + "[ ])?(?!" + EnglishDates.MONTH + "\\b)" + WORD + "){0,3}";
    private static final String DATE = "(?:(?<d1>\\d{1,2})\\s+(?<m1>" + EnglishDates.MONTH + ")(?:,?\\s+(?<y1>\\d{4}))?"
            + "|(?<m2>" + EnglishDates.MONTH + ")\\s+(?<d2>\\d{1,2})(?:,?\\s+(?<y2>\\d{4}))?)";
    private static final Pattern DATELINE = Pattern.compile(
            "(?<place>" + PLACE + ")"
                    + "(?:,[ ](?<region>" + PLACE + "))?"
                    + "(?:,[ ](?<date>" + DATE + "))?"
                    + "(?:[ ]?(?:\\((?<src1>[^()\\n]{1,40})\\)|/(?<src2>[^/\\n]{1,30})/))?"
                    + "(?<sep>[ ]?(?:--|[-–—:.\uFFFD]))?"
                    // Usually a space follows; a capital may follow a colon or dash directly ("WASHINGTON—The").
                    + "(?=[ \\n]|$|(?<=[:–—\uFFFD])\\p{Lu})");

    /** Capitalised words that open headlines and notes the way a place opens a dateline. */
    private static final Set<String> NOT_PLACES = Set.of("BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH",
            "LIVE", "OPINION", "ANALYSIS", "NOTE", "EDITOR'S NOTE", "VIDEO", "PHOTOS", "PHOTO", "FILE", "CORRECTION",
            "ALERT", "URGENT", "FLASH", "FACT CHECK", "EXPLAINER", "COMMENT", "EDITORIAL", "INTERVIEW", "FEATURE",
            "READ", "ALSO READ", "Q", "A");
    private static final Set<String> LOWERCASE_SOURCES = Set.of("dpa", "ots");
    private static final int MAX_TITLE_LINE = 150;
    private static final Pattern LOWER_CASED_DATELINE = Pattern.compile(
            "(?<place>\\p{Ll}{2,}(?:[ ]\\p{Ll}{2,}){0,2}):(?=[ ]?[\\p{L}\\p{N}\"“‘'])");
    private static final int LOWER_CASE_SAMPLE = 2000;
    private static final int MIN_PARAGRAPH_LETTERS = 60;
    private static final Pattern BYLINE = Pattern.compile("By \\p{Lu}[^.\\n]{1,60}?\\.[ ]+");
    /** A place word cut by a full stop is a sentence end, unless it is an abbreviation ("St.", "N.M."). */
    private static final Pattern SENTENCE_END_WORD = Pattern.compile("\\p{L}{4,}\\.");

    private DatelineParser() {
    }

    /**
     * @param text      the final article text
     * @param reference the article date, for datelines without a year; may be null
     * @return the dateline at the start of the text or of its second line when the first is a
     *         title, else null
     */
    static Dateline find(String text, LocalDate reference) {
        Dateline atStart = parseAfterByline(text, 0, reference);
        if (atStart != null) {
            return atStart;
        }
        int firstBreak = text.indexOf('\n');
        if (firstBreak < 0 || firstBreak > MAX_TITLE_LINE || text.substring(0, firstBreak).strip().endsWith(".")) {
            return null;
        }
        int next = firstBreak;
        while (next < text.length() && text.charAt(next) == '\n') {
            next++;
        }
        return parseAfterByline(text, next, reference);
    }

    /** Also looks past a byline run into the dateline: {@code By Ann Smith. BOSTON (Reuters) -}. */
    private static Dateline parseAfterByline(String text, int start, LocalDate reference) {
        Dateline dateline = parseAt(text, start, reference);
        if (dateline != null) {
            return dateline;
        }
        Matcher byline = BYLINE.matcher(text).region(start, text.length());
        return byline.lookingAt() ? parseAt(text, byline.end(), reference) : null;
    }

    private static Dateline parseAt(String text, int start, LocalDate reference) {
        int lineEnd = text.indexOf('\n', start);
        String line = text.substring(start, lineEnd < 0 ? text.length() : lineEnd);
        if (isLowerCased(text)) {
            return parseLowerCased(line, start);
        }
        Matcher m = DATELINE.matcher(line);
        if (!m.lookingAt()) {
            return null;
        }
        String place = m.group("place");
        String region = m.group("region");
        String source = m.group("src1") != null ? m.group("src1").strip()
                : m.group("src2") != null ? m.group("src2").strip() : null;
        String sep = m.group("sep") == null ? null : m.group("sep").strip();
        boolean hasDate = m.group("date") != null;
        if (source != null && !isSource(source)) {
            return null;
        }
        String upperPlace = place.toUpperCase(Locale.ROOT);
        if (NOT_PLACES.contains(upperPlace) || upperPlace.startsWith("DEAR ") || endsSentenceInside(place)) {
            return null;
        }
        String rest = line.substring(m.end());
        boolean dash = sep != null && !sep.equals(":") && !sep.equals(".");
        boolean accepted;
        if (source != null) {
            // "(Reuters) -", "/ARKA/.", or "London, March 14 (IANS) The ..." with no separator.
            accepted = sep != null || startsSentence(rest);
        } else if (hasDate) {
            accepted = dash || ":".equals(sep);
        } else if (isCapitals(place)) {
            accepted = dash || ":".equals(sep);
        } else {
            // "Dekalb, Ill. —": a place in title case needs its region to stand apart from a sentence.
            accepted = region != null && dash;
        }
        if (!accepted) {
            return null;
        }
        int placeEnd = region != null ? m.end("region") : m.end("place");
        String placeName = titleCase(place) + (region != null ? ", " + titleCaseRegion(region) : "");
        return new Dateline(placeName, date(m, reference), source, start, start + m.end(),
                start + m.start("place"), start + placeEnd);
    }

    /**
     * Some archives deliver whole stories in lower case ({@code new delhi: the cabinet ...}); there
     * the only dateline form left to see is a short place before a colon.
     */
    private static Dateline parseLowerCased(String line, int start) {
        Matcher m = LOWER_CASED_DATELINE.matcher(line);
        if (!m.lookingAt() || NOT_PLACES.contains(m.group("place").toUpperCase(Locale.ROOT))) {
            return null;
        }
        String place = titleCase(m.group("place").toUpperCase(Locale.ROOT));
        return new Dateline(place, null, null, start, start + m.end(), start + m.start("place"), start + m.end("place"));
    }

    /** A text with (almost) no capital letters was lower-cased as a whole. */
    private static boolean isLowerCased(String text) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length() && letters < LOWER_CASE_SAMPLE; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= MIN_PARAGRAPH_LETTERS && upper * 200 < letters;
    }

    private static boolean endsSentenceInside(String place) {
        String[] words = place.split(" ");
        for (int i = 0; i < words.length - 1; i++) {
            if (SENTENCE_END_WORD.matcher(words[i]).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsSentence(String rest) {
        String r = rest.stripLeading();
        return !r.isEmpty() && (Character.isUpperCase(r.codePointAt(0)) || Character.isDigit(r.charAt(0))
                || "\"“‘'".indexOf(r.charAt(0)) >= 0);
    }

    private static boolean isSource(String source) {
        return Character.isUpperCase(source.codePointAt(0)) || LOWERCASE_SOURCES.contains(source);
    }

    private static LocalDate date(Matcher m, LocalDate reference) {
        if (m.group("date") == null) {
            return null;
        }
        boolean dayFirst = m.group("m1") != null;
        int month = EnglishDates.month(dayFirst ? m.group("m1") : m.group("m2"));
        int day = Integer.parseInt(dayFirst ? m.group("d1") : m.group("d2"));
        String year = dayFirst ? m.group("y1") : m.group("y2");
        return year != null ? EnglishDates.dateOrNull(Integer.parseInt(year), month, day)
                : EnglishDates.nearest(month, day, reference);
    }

    private static boolean isCapitals(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** Regions are often abbreviations ("SC", "UAE") that stay in capitals. */
    private static String titleCaseRegion(String region) {
        return region.replaceAll("[.]", "").length() <= 3 ? region : titleCase(region);
    }

    /** "NEW DELHI" → "New Delhi", "RIO DE JANEIRO" → "Rio de Janeiro"; mixed case is kept as written. */
    static String titleCase(String place) {
        if (!isCapitals(place)) {
            return place;
        }
        String[] words = place.toLowerCase(Locale.ROOT).split(" ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            String w = words[i];
            if (i > 0 && w.matches(PARTICLE)) {
                sb.append(w);
                continue;
            }
            boolean upperNext = true;
            for (int j = 0; j < w.length(); j++) {
                char c = w.charAt(j);
                sb.append(upperNext ? Character.toUpperCase(c) : c);
                upperNext = c == '-' || c == '\'' || c == '’' || c == '.';
            }
        }
        return sb.toString();
    }
}
