package org.annalist.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes the lines that pages and feeds wrap around a story ("Also Read: ...", "Share this
 * article", "Advertisement", photo credits, bare links) and the tweet-link fragments inside
 * sentences ({@code pic.twitter.com/...}, {@code https://t.co/...}), keeping the sentence.
 *
 * <p>Rules match whole lines only, so a sentence that merely contains "read" or "share" stays.
 */
final class BoilerplateFilter {

    private static final Pattern TWEET_LINK = Pattern.compile(
            "[ \\t]?(?:(?:https?://)?pic\\.twitter\\.com/\\w+|https?://t\\.co/\\w+)");
    private static final int MAX_BOILERPLATE_LINE = 200;

    private static final List<Pattern> LINE_RULES = List.of(
            // "Also Read" and kin never open a real sentence, so anything may follow them.
            line("(?:also\\s+read|read\\s+also|must\\s+read|also\\s+watch)\\b.*"),
            // These can open real sentences; only alone or before a separator.
            line("(?:read\\s+more|see\\s+also|also\\s+see|related|related\\s+(?:news|stories|articles?)"
                    + "|recommended|don'?t\\s+miss|continue\\s+reading)\\s*(?:[:|>»→…\\-–—].*|\\.{3}.*)?"),
            line("click\\s+here\\b.*"),
            line("this\\s+(?:story|article)\\s+(?:is|was)\\s+from\\s+.{1,40}"),
            // Time stamps and wire credits carry names and dates that are not news.
            line("(?:published|updated|last\\s+updated|posted)(?:\\s+on)?\\s*:?\\s+"
                    + "(?=.*(?:\\d{1,2}:\\d{2}|" + EnglishDates.MONTH + "\\s+\\d|\\d\\s+" + EnglishDates.MONTH
                    + "|\\d{4}-\\d{2}-\\d{2})).{4,80}"),
            line("\\(?\\s*(?:reporting|additional\\s+reporting|writing|editing)\\s+by\\b[^()]*\\)?\\.?"),
            line("share\\s*(?:this(?:\\s+(?:article|story|post|page|video))?|on\\s+\\S+|via\\s+\\S+)?\\s*[:!.]?"),
            line("follow\\s+us\\b.*"),
            line("follow\\s+.{1,40}\\s+on\\s+(?:twitter|x|facebook|instagram|telegram|whatsapp|linkedin|youtube"
                    + "|threads|google\\s+news)\\b.*"),
            line("subscribe\\b.*"),
            line("sign\\s+up\\s+(?:for|to)\\b.*newsletter.*"),
            line("(?:(?:https?://|www\\.)\\S+[\\s|,·•]*)+"),
            line("\\(\\s*(?:photo|photos|photograph|image|images|picture|pic|file\\s+photo"
                    + "|representational\\s+image|representative\\s+image)\\b[^()]*\\)\\.?"),
            line("(?:photo|image|picture)(?:\\s+credit)?\\s*:.{1,80}"),
            line("[-–—\\s]*(?:advertisement|advert|sponsored(?:\\s+content)?|story\\s+continues\\s+below\\s+advertisement)"
                    + "(?:\\s*[-–—:]\\s*(?:scroll|continue)\\b.*)?[-–—\\s]*"));

    private BoilerplateFilter() {
    }

    private static Pattern line(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** @return the line without tweet-link fragments, or an empty string when nothing is left */
    static String removeTweetLinks(String line) {
        return TextNormaliser.collapseLine(TWEET_LINK.matcher(line).replaceAll(""));
    }

    /** @return whether the whole (collapsed) line is boilerplate */
    static boolean isBoilerplate(String line) {
        if (line.length() > MAX_BOILERPLATE_LINE) {
            return false;
        }
        for (Pattern rule : LINE_RULES) {
            if (rule.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    /** @return the paragraph without boilerplate lines and tweet links; empty when nothing is left */
    static String cleanProse(String paragraph) {
        StringBuilder sb = new StringBuilder();
        for (String raw : paragraph.split("\n")) {
            String line = removeTweetLinks(raw);
            if (line.isEmpty() || isBoilerplate(line)) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(line);
        }
        return sb.toString();
    }

    /** @return the post text without tweet links; its lines are the author's, so no line rules apply */
    static String cleanPost(String text) {
        StringBuilder sb = new StringBuilder();
        for (String raw : text.split("\n")) {
            String line = removeTweetLinks(raw);
            if (!line.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(line);
            }
        }
        return sb.toString();
    }
}
