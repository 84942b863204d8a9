package org.annalist.time;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Dateline;
import org.annalist.model.Dependency;
import org.annalist.model.EmbeddedPost;
import org.annalist.model.EventDate;
import org.annalist.model.Precision;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.TimeExpression;
import org.annalist.model.Token;

/**
 * Dates a coded event from its trigger, in this order:
 * <ol>
 *   <li>{@code explicit}: a DATE or TIME expression of the sentence whose head depends on the trigger
 *       ("met <u>on Monday</u>", "talks <u>last week</u>"); else the nearest one in the trigger's clause
 *       (a sentence without a parse counts as one clause). Two dates that make a range ("between 2020 and
 *       2022", "from March 1 to March 5") count as one. Values come from the NLP stage, already resolved
 *       against the article's reference date (a quoted post's against the post's); durations,
 *       {@code PRESENT_REF} and other values that name no stretch of the calendar are passed over;</li>
 *   <li>{@code embed}: the date of the embedded post (tweet) whose text holds the trigger;</li>
 *   <li>{@code dateline}: the dateline's date;</li>
 *   <li>{@code article}: the article's date, at day precision.</li>
 * </ol>
 * Without any of these (an undated article) there is no date: {@link #date} returns null, and the
 * caller decides whether an undated event is kept.
 */
public final class EventDater {

    private static final Pattern RANGE_LINK = Pattern.compile(
            "(?i)\\s*(and|to|until|till|through|-|\u2013|\u2014)\\s*");
    private static final Pattern RANGE_OPENER = Pattern.compile("(?i)\\b(between|from)\\s+$");
    private static final Pattern DAY_NUMBER_RANGE = Pattern.compile(
            "(?i)\\b(between|from)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(and|to|until|till|through|-|\u2013)\\s*$");

    /**
     * The date of the event whose trigger is token {@code triggerToken} of sentence {@code s}.
     *
     * @return the date with its interval, precision and basis, or null when the article gives no date at all
     */
    public EventDate date(AnnotatedArticle a, Sentence s, int triggerToken) {
        Article article = a.article();
        EventDate explicit = explicitDate(s, triggerToken, article.text());
        if (explicit != null) return explicit;

        int triggerStart = s.token(triggerToken).start();
        for (EmbeddedPost post : article.embeds()) {
            if (post.date() != null && triggerStart >= post.start() && triggerStart < post.end()) {
                return dayOf(post.date(), "embed");
            }
        }
        Dateline dateline = article.dateline();
        if (dateline != null && dateline.date() != null) return dayOf(dateline.date(), "dateline");
        if (article.date() != null) return dayOf(article.date(), "article");
        return null;
    }

    private static EventDate dayOf(java.time.LocalDate d, String basis) {
        return new EventDate(d.toString(), d, d, Precision.DAY, basis, null);
    }

    private static EventDate explicitDate(Sentence s, int trigger, String text) {
        record Candidate(TimeExpression time, TimexInterval interval, int head, boolean attached, int distance) {
        }
        Set<Integer> clause = s.dependencies().isEmpty() ? null : clauseOf(s, trigger);
        List<Candidate> candidates = new ArrayList<>();
        for (TimeExpression t : ranges(s.times(), text)) {
            if (!"DATE".equals(t.type()) && !"TIME".equals(t.type())) continue;
            Optional<TimexInterval> interval = TimexInterval.of(t.value());
            if (interval.isEmpty()) continue;
            List<Integer> tokens = tokensWithin(s, t.start(), t.end());
            if (tokens.isEmpty() || tokens.contains(trigger)) continue;
            int head = headOf(s, tokens);
            boolean attached = s.parents(head).stream().anyMatch(d -> d.governor() == trigger);
            if (!attached && clause != null && !clause.contains(head)) continue;
            candidates.add(new Candidate(t, interval.get(), head, attached, Math.abs(head - trigger)));
        }
        return candidates.stream()
                .min(Comparator.comparing((Candidate c) -> !c.attached()).thenComparingInt(Candidate::distance))
                .map(c -> new EventDate(c.time().value(), c.interval().begin(), c.interval().end(),
                        c.interval().precision(), "explicit", new Span(c.time().text(), c.time().start(), c.time().end())))
                .orElse(null);
    }

    /**
     * The sentence's time expressions with each range written as two dates ("between 2020 and 2022", "from
     * March 1 to March 5", "2009-2010", "from 11 to 13 September", "on Sunday and Monday") joined into one DATE
     * whose value is "begin/end". TimeML annotates the two ends apart, but an event that lasted the whole range
     * (or happened on both days) is dated by the range.
     */
    static List<TimeExpression> ranges(List<TimeExpression> times, String text) {
        List<TimeExpression> sorted = new ArrayList<>(times);
        sorted.sort(Comparator.comparingInt(TimeExpression::start));
        List<TimeExpression> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            TimeExpression a = sorted.get(i);
            TimeExpression b = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            TimeExpression joined = b == null ? null : joined(a, b, text);
            if (joined != null) {
                out.add(joined);
                i++;
                continue;
            }
            TimeExpression fromDay = fromDayNumber(a, text);
            out.add(fromDay != null ? fromDay : a);
        }
        return out;
    }

    /**
     * "between A and B", "A and B", "from A to B", "A-B": one range, when both ends are dates and B does not
     * precede A; "to", "until" and the like make a range only after "from".
     */
    private static TimeExpression joined(TimeExpression a, TimeExpression b, String text) {
        if (!isDate(a) || !isDate(b) || b.start() < a.end()) return null;
        Matcher link = RANGE_LINK.matcher(text.substring(a.end(), b.start()));
        if (!link.matches()) return null;
        String word = link.group(1).toLowerCase(Locale.ROOT);
        String before = text.substring(Math.max(0, a.start() - 12), a.start());
        Matcher opener = RANGE_OPENER.matcher(before);
        boolean opened = opener.find();
        boolean fromTo = opened && opener.group(1).equalsIgnoreCase("from");
        if (!word.equals("and") && word.length() > 1 && !fromTo) return null;
        Optional<TimexInterval> first = TimexInterval.of(a.value());
        Optional<TimexInterval> last = TimexInterval.of(b.value());
        if (first.isEmpty() || last.isEmpty() || last.get().end().isBefore(first.get().begin())) return null;
        int start = opened ? a.start() - before.length() + opener.start() : a.start();
        return new TimeExpression(start, b.end(), text.substring(start, b.end()), "DATE", a.value() + "/" + b.value());
    }

    /** "from 11 to 13 September", "between 12 and 14 May": the first day is a bare number before the date. */
    private static TimeExpression fromDayNumber(TimeExpression t, String text) {
        if (!isDate(t)) return null;
        Optional<TimexInterval> last = TimexInterval.of(t.value());
        if (last.isEmpty() || last.get().precision() != Precision.DAY) return null;
        Matcher m = DAY_NUMBER_RANGE.matcher(text.substring(Math.max(0, t.start() - 30), t.start()));
        if (!m.find()) return null;
        int day = Integer.parseInt(m.group(2));
        boolean linked = m.group(1).equalsIgnoreCase("between") == m.group(3).equalsIgnoreCase("and");
        LocalDate end = last.get().begin();
        if (!linked || day < 1 || day >= end.getDayOfMonth()) return null;
        int start = t.start() - (m.end() - m.start());
        return new TimeExpression(start, t.end(), text.substring(start, t.end()), "DATE",
                end.withDayOfMonth(day) + "/" + end);
    }

    private static boolean isDate(TimeExpression t) {
        return ("DATE".equals(t.type()) || "TIME".equals(t.type())) && t.value() != null;
    }

    private static List<Integer> tokensWithin(Sentence s, int start, int end) {
        List<Integer> out = new ArrayList<>();
        for (Token t : s.tokens()) if (t.start() >= start && t.end() <= end) out.add(t.index());
        return out;
    }

    /** The token of a phrase whose governor lies outside it (the first such, for a phrase the parser split). */
    private static int headOf(Sentence s, List<Integer> tokens) {
        for (int t : tokens) {
            boolean governedInside = s.parents(t).stream().anyMatch(d -> tokens.contains(d.governor()));
            if (!governedInside) return t;
        }
        return tokens.get(0);
    }

    /**
     * The tokens of the trigger's clause: climb from the trigger to the head of its clause, then take
     * everything below it that is not inside an embedded clause of its own.
     */
    static Set<Integer> clauseOf(Sentence s, int trigger) {
        int head = trigger;
        Set<Integer> seen = new HashSet<>();
        while (seen.add(head)) {
            List<Dependency> parents = s.parents(head);
            if (parents.isEmpty() || parents.stream().anyMatch(d -> d.governor() < 0 || opensClause(s, d))) break;
            head = parents.get(0).governor();
        }
        Set<Integer> clause = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(head);
        while (!todo.isEmpty()) {
            int t = todo.poll();
            if (!clause.add(t)) continue;
            for (Dependency d : s.children(t)) if (!opensClause(s, d)) todo.add(d.dependent());
        }
        return clause;
    }

    /** Whether an edge leads into a clause of its own: a complement, adverbial, relative or coordinated verb. */
    private static boolean opensClause(Sentence s, Dependency d) {
        String r = d.relation();
        if (r.startsWith("ccomp") || r.startsWith("xcomp") || r.startsWith("advcl") || r.startsWith("acl")
                || r.startsWith("parataxis") || r.startsWith("csubj")) {
            return true;
        }
        return r.startsWith("conj") && s.token(d.dependent()).isVerb();
    }
}
