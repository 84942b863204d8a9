package org.annalist.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Dependency;
import org.annalist.model.EmbeddedPost;
import org.annalist.model.EventDate;
import org.annalist.model.Precision;
import org.annalist.model.Sentence;
import org.annalist.model.TimeExpression;
import org.annalist.model.Token;

/**
 * Tells historical context from news: whether a dated event happened long before the story that mentions it ("a
 * 44-day war in 2020" in a story of March 2023), so that it is {@link org.annalist.model.Modality#BACKGROUND}
 * rather than a current event. It runs after {@link EventDater}, on the event's date and the words around its
 * trigger. An event is background when:
 * <ol>
 *   <li>its date is said in the sentence and names a year (or decade) before the story's year ("in 2020", "last
 *       year", "the 2008 war"), or ends more than {@value #RECENT_DAYS} days before the story ("in September 2022"
 *       in a story of March 2023) &mdash; unless the date only bounds the event from below ("since 2021", "after
 *       the 2020 war": what followed may be going on now);</li>
 *   <li>the trigger is what an anniversary is of ("the anniversary of the invasion");</li>
 *   <li>the trigger opens a "since" phrase, or is a noun qualified as "previous" or "prior", and its date does not
 *       put it in the story's present ("tensions since the 1990s clashes", "all previous meetings");</li>
 *   <li>an adverb places it in the past: "previously", "formerly", "once", "historically", "in the past",
 *       "years / decades / centuries ago";</li>
 *   <li>it is in the past perfect ("had attacked") and the sentence's dates are all long before the story
 *       ("... before Russian forces invaded in 2008"): the event precedes an already old one.</li>
 * </ol>
 * The story's date is the date of the embedded post that holds the trigger, else the article's reference date
 * (dateline, else publication date); without one only the word cues (2-4) apply. "Former" is no cue: it qualifies
 * people ("the former president accused ..."), whose acts may be today's. The past perfect alone is no cue either:
 * news narrates today's events in it ("police said the attackers had fled").
 *
 * <p>Stateless and thread-safe.
 */
public final class HistoricalBackground {

    /** An event that ended more than this many days before the story is background. */
    public static final int RECENT_DAYS = 90;

    private static final Set<String> PAST_ADVERBS = Set.of("previously", "formerly", "once", "historically");
    private static final Set<String> LONG_UNITS = Set.of("year", "decade", "century", "generation");
    private static final Set<String> LOWER_BOUNDS = Set.of("since", "after");
    private static final Set<String> PRIOR = Set.of("previous", "prior");

    /**
     * Why the event whose trigger is token {@code trigger} of {@code s}, dated {@code date}, is historical background
     * ("dated 2020, a year before the story's 2023"), or empty when nothing says so.
     *
     * @param date the event's date as {@link EventDater} gave it, or null
     */
    public Optional<String> reason(AnnotatedArticle a, Sentence s, int trigger, EventDate date) {
        LocalDate story = storyDate(a, s.token(trigger).start());
        if (date != null && "explicit".equals(date.basis()) && story != null && date.span() != null
                && !lowerBound(s, date.span().start(), date.span().end(), trigger)) {
            String old = old(date.begin(), date.end(), date.precision(), story);
            if (old != null) return Optional.of("dated " + date.value() + ", " + old);
        }
        for (Dependency d : s.parents(trigger)) {
            if (d.governor() >= 0 && s.token(d.governor()).lemma().toLowerCase(Locale.ROOT).equals("anniversary")
                    && d.relation().startsWith("nmod")) {
                return Optional.of("the anniversary of it");
            }
        }
        boolean recentDate = date != null && "explicit".equals(date.basis()) && story != null
                && old(date.begin(), date.end(), date.precision(), story) == null;
        if (!recentDate && hasCase(s, trigger, "since")) return Optional.of("'since' the event");
        if (!recentDate) {
            for (Dependency d : s.children(trigger)) {
                Token t = s.token(d.dependent());
                if (d.relation().equals("amod") && PRIOR.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                    return Optional.of("'" + t.text() + " " + s.token(trigger).text() + "'");
                }
            }
        }
        for (Dependency d : s.children(trigger)) {
            Token t = s.token(d.dependent());
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (d.relation().equals("advmod") && PAST_ADVERBS.contains(lemma)) return Optional.of("'" + t.text() + "'");
            if (d.relation().startsWith("obl") && lemma.equals("past") && hasCase(s, t.index(), "in")
                    && s.children(t.index()).stream().anyMatch(c -> s.token(c.dependent()).lemma().equalsIgnoreCase("the"))) {
                return Optional.of("'in the past'");
            }
        }
        String ago = longAgo(s, trigger);
        if (ago != null) return Optional.of("'" + ago + "'");
        if (pastPerfect(s, trigger) && story != null) {
            String old = onlyOldDates(s, story);
            if (old != null) return Optional.of("past perfect in a sentence dated " + old);
        }
        return Optional.empty();
    }

    /** The date the story is told on: the embedded post's around {@code offset}, else the article's reference date. */
    private static LocalDate storyDate(AnnotatedArticle a, int offset) {
        for (EmbeddedPost post : a.article().embeds()) {
            if (post.date() != null && offset >= post.start() && offset < post.end()) return post.date();
        }
        return a.article().referenceDate();
    }

    /** Why an interval is old for a story of day {@code story}, or null when it is not. */
    static String old(LocalDate begin, LocalDate end, Precision precision, LocalDate story) {
        if (begin == null || end == null) return null;
        boolean yearOnly = precision == Precision.YEAR
                || (precision == Precision.RANGE && begin.getDayOfYear() == 1 && end.getMonthValue() == 12
                && end.getDayOfMonth() == 31);
        if (yearOnly && end.getYear() < story.getYear()) {
            int years = story.getYear() - end.getYear();
            return years == 1 ? "the year before the story's " + story.getYear()
                    : years + " years before the story's " + story.getYear();
        }
        if (end.plusDays(RECENT_DAYS).isBefore(story)) {
            return "more than " + RECENT_DAYS + " days before the story (" + story + ")";
        }
        return null;
    }

    /**
     * Whether the date words [start, end) bound the event from below: the date or a word between it and the trigger
     * takes "since" or "after" ("since 2021", "after the 2020 war").
     */
    private static boolean lowerBound(Sentence s, int start, int end, int trigger) {
        int head = -1;
        for (Token t : s.tokens()) {
            if (t.start() >= start && t.end() <= end) {
                boolean inside = false;
                for (Dependency d : s.parents(t.index())) {
                    if (d.governor() >= 0 && s.token(d.governor()).start() >= start && s.token(d.governor()).end() <= end) {
                        inside = true;
                    }
                }
                if (!inside) {
                    head = t.index();
                    break;
                }
            }
        }
        if (head < 0) return false;
        Set<Integer> seen = new HashSet<>();
        for (int t = head; t >= 0 && t != trigger && seen.add(t); ) {
            for (String word : LOWER_BOUNDS) if (hasCase(s, t, word)) return true;
            // the date itself may be introduced by a marker the parser hangs elsewhere ("since 2021" as one phrase)
            if (t == head && t > 0 && LOWER_BOUNDS.contains(s.token(t - 1).lemma().toLowerCase(Locale.ROOT))) return true;
            List<Dependency> parents = s.parents(t);
            t = parents.isEmpty() ? -1 : parents.get(0).governor();
        }
        return false;
    }

    private static boolean hasCase(Sentence s, int token, String word) {
        for (Dependency d : s.children(token)) {
            if ((d.relation().equals("case") || d.relation().equals("mark"))
                    && s.token(d.dependent()).lemma().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** "years ago", "two decades ago" among the words the trigger governs, or null. */
    private static String longAgo(Sentence s, int trigger) {
        for (Dependency d : s.children(trigger)) {
            List<Integer> below = subtree(s, d.dependent());
            for (int i : below) {
                if (!s.token(i).lemma().equalsIgnoreCase("ago")) continue;
                for (int j : below) {
                    if (j < i && LONG_UNITS.contains(s.token(j).lemma().toLowerCase(Locale.ROOT))) {
                        return s.token(j).text() + " ago";
                    }
                }
            }
        }
        return null;
    }

    private static List<Integer> subtree(Sentence s, int root) {
        List<Integer> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        List<Integer> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            int t = todo.remove(todo.size() - 1);
            if (!seen.add(t)) continue;
            out.add(t);
            for (Dependency d : s.children(t)) {
                // stay within the phrase: a clause of its own is another event's
                if (!d.relation().startsWith("acl") && !d.relation().startsWith("advcl")) todo.add(d.dependent());
            }
        }
        return out;
    }

    /** "had attacked": a past participle with the auxiliary "had". */
    private static boolean pastPerfect(Sentence s, int trigger) {
        if (!s.token(trigger).pos().equals("VBN")) return false;
        for (Dependency d : s.children(trigger)) {
            if (d.relation().equals("aux") && s.token(d.dependent()).text().equalsIgnoreCase("had")) return true;
        }
        return false;
    }

    /** The first date of the sentence when every date of it is old, or null (no date, or one recent date). */
    private static String onlyOldDates(Sentence s, LocalDate story) {
        String first = null;
        for (TimeExpression t : s.times()) {
            if (!"DATE".equals(t.type()) && !"TIME".equals(t.type())) continue;
            Optional<TimexInterval> i = TimexInterval.of(t.value());
            if (i.isEmpty()) continue;
            if (old(i.get().begin(), i.get().end(), i.get().precision(), story) == null) return null;
            if (first == null) first = t.value();
        }
        return first;
    }
}
