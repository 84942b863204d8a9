package org.annalist.model;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page or its source says about an article besides its text and date.
 *
 * @param author       the byline's author(s) as written ("Ana Reyes and Tom Baker"), or null
 * @param siteName     the publishing site's name ("The Northbridge Courier"), or null
 * @param canonicalUrl the URL the page declares as its own ({@code <link rel=canonical>}, {@code og:url}), or null
 * @param documentUrl  the URL the document was fetched from (a WARC record's target, a feed item's link), or null
 */
public record PageMetadata(String author, String siteName, String canonicalUrl, String documentUrl) {

    /** No metadata at all. */
    public static final PageMetadata NONE = new PageMetadata(null, null, null, null);

    /** /2023/03/14/, /2023-03-14/, /20230314/ and /2023/mar/14/ in a URL's path. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d\\d)[/-](0?[1-9]|1[0-2]|[a-z]{3})[/-](0?[1-9]|[12]\\d|3[01])(?=[/._-]|$)"
                    + "|/((?:19|20)\\d\\d)(0[1-9]|1[0-2])([0-2]\\d|3[01])(?=[/._-]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    /** Every distinct URL of the document: the canonical one, then the one it was fetched from. */
    public List<String> urls() {
        List<String> out = new ArrayList<>(2);
        if (canonicalUrl != null && !canonicalUrl.isBlank()) out.add(canonicalUrl);
        if (documentUrl != null && !documentUrl.isBlank() && !out.contains(documentUrl)) out.add(documentUrl);
        return out;
    }

    /** The host of the canonical URL, else of the document URL, without "www."; null when neither has one. */
    public String domain() {
        for (String u : urls()) {
            String host = host(u);
            if (host != null) return host;
        }
        return null;
    }

    /** The host of a URL, lower-case and without "www.", or null. */
    public static String host(String url) {
        if (url == null) return null;
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null || host.isBlank()) return null;
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The date a URL's path carries ({@code /2019/11/19/}, {@code /2019-11-19-}, {@code /20191119/},
     * {@code /2019/nov/19/}), or null.
     */
    public static LocalDate urlDate(String url) {
        if (url == null) return null;
        String path;
        try {
            path = URI.create(url.strip()).getRawPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path == null) return null;
        Matcher m = URL_DATE.matcher(path);
        while (m.find()) {
            try {
                if (m.group(1) != null) {
                    String month = m.group(2).toLowerCase(Locale.ROOT);
                    int mm = Character.isDigit(month.charAt(0)) ? Integer.parseInt(month) : MONTHS.indexOf(month) + 1;
                    if (mm == 0) continue;
                    return LocalDate.of(Integer.parseInt(m.group(1)), mm, Integer.parseInt(m.group(3)));
                }
                return LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
            } catch (java.time.DateTimeException e) {
                // 2023/02/30: not a date
            }
        }
        return null;
    }
}
