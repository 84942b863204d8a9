package org.annalist.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.EmbeddedPost;
import org.annalist.model.Sentence;
import org.annalist.model.TimeExpression;

/**
 * Dates the words of an embedded post (a quoted tweet) from the post's own date. SUTime resolves a whole article
 * against one day, but "today", "yesterday", "on Monday" and "last week" in a post written two days before the
 * article count from the day of the post.
 *
 * <p>Only expressions that name no calendar date of their own are moved: "on March 3", "in 2020" and anything
 * with a number or a month name keep their value, as do "the next day" and its kin, which count from a date
 * named before them.
 */
public final class AnchorShift {

    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4}-W\\d{2})(-WE)?");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern CALENDAR_WORDS = Pattern.compile("(?i)\\d|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep"
            + "|oct|nov|dec)[a-z]*\\b\\.?");
    private static final Pattern ANAPHORIC = Pattern.compile("(?i)\\b(?:next|following|previous|preceding|same|that)"
            + "\\s+day\\b|\\bday\\s+(?:before|after)\\b");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b");

    private AnchorShift() {
    }

    /**
     * The sentences with the time expressions of dated posts moved from {@code reference} to the post's date.
     *
     * @param sentences the article's sentences, their expressions resolved against {@code reference}
     * @param posts     the article's embedded posts
     * @param reference the day the expressions were resolved against, or null (then nothing moves)
     * @return the sentences, those inside a dated post with moved expressions
     */
    public static List<Sentence> toPostDates(List<Sentence> sentences, List<EmbeddedPost> posts, LocalDate reference) {
        if (reference == null || posts.isEmpty()) return sentences;
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            LocalDate postDate = null;
            for (EmbeddedPost p : posts) {
                if (p.date() != null && s.start() >= p.start() && s.start() < p.end()) postDate = p.date();
            }
            if (postDate == null || postDate.equals(reference)) {
                out.add(s);
                continue;
            }
            List<TimeExpression> moved = new ArrayList<>(s.times().size());
            for (TimeExpression t : s.times()) moved.add(move(t, reference, postDate));
            out.add(new Sentence(s.index(), s.start(), s.end(), s.tokens(), s.dependencies(), moved));
        }
        return out;
    }

    /**
     * One expression resolved against {@code from}, resolved against {@code to} instead: a weekday becomes the
     * same weekday on the same side of {@code to}; days, weeks, months and years keep their distance from it.
     */
    static TimeExpression move(TimeExpression t, LocalDate from, LocalDate to) {
        String v = t.value();
        if (v == null || !("DATE".equals(t.type()) || "TIME".equals(t.type()))
                || CALENDAR_WORDS.matcher(t.text()).find() || ANAPHORIC.matcher(t.text()).find()) {
            return t;
        }
        String moved = null;
        Matcher m;
        if ((m = DAY.matcher(v)).matches()) {
            LocalDate day = LocalDate.parse(m.group(1));
            Matcher weekday = WEEKDAY.matcher(t.text());
            LocalDate target = weekday.find() ? sameWeekday(day, from, to)
                    : day.plusDays(ChronoUnit.DAYS.between(from, to));
            moved = target + (m.group(2) == null ? "" : m.group(2));
        } else if ((m = WEEK.matcher(v)).matches()) {
            LocalDate monday = TimexInterval.of(m.group(1)).orElseThrow().begin();
            long weeks = ChronoUnit.WEEKS.between(mondayOf(from), mondayOf(to));
            moved = TimexCorrector.isoWeek(monday.plusWeeks(weeks)) + (m.group(2) == null ? "" : m.group(2));
        } else if (MONTH.matcher(v).matches()) {
            long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to));
            moved = YearMonth.parse(v).plusMonths(months).toString();
        } else if (YEAR.matcher(v).matches()) {
            moved = Integer.toString(Integer.parseInt(v) + to.getYear() - from.getYear());
        }
        return moved == null ? t : new TimeExpression(t.start(), t.end(), t.text(), t.type(), moved);
    }

    /** "Monday" that lay before {@code from} lies before {@code to} too (after, when it lay after). */
    private static LocalDate sameWeekday(LocalDate day, LocalDate from, LocalDate to) {
        DayOfWeek w = day.getDayOfWeek();
        if (day.isAfter(from)) return to.with(TemporalAdjusters.next(w));
        if (day.isBefore(from)) return to.with(TemporalAdjusters.previous(w));
        return to.with(TemporalAdjusters.previousOrSame(w));
    }

    private static LocalDate mondayOf(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
