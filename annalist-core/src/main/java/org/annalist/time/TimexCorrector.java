package org.annalist.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Sentence;
import org.annalist.model.TimeExpression;
import org.annalist.model.Token;

/**
 * Brings SUTime's time expressions closer to TimeML (TIMEX3) as annotated in news corpora such as
 * TempEval-3: extents, types and normalised values.
 *
 * <p>Every rule is general: it keys on the form of an expression and on the sentence's tense, never on
 * particular texts. In order:
 * <ol>
 *   <li>year ranges ("2009-2010", "1957-58") become two DATEs, as TimeML annotates them;</li>
 *   <li>"a month earlier", "eight years from now", "early May, a month later": the measure is a DURATION
 *       (the anchor word is a signal, "now" a PRESENT_REF of its own, a date before a comma its own DATE);</li>
 *   <li>what TimeML does not annotate is dropped: a lone determiner, ages ("22-year-old", "aged 6
 *       months"), the adjectives "current", "former", "recent", the conjunction "once";</li>
 *   <li>pieces of one expression are joined ("Friday" + "afternoon", "15:00 GMT" + "Saturday");</li>
 *   <li>extents: "the" belongs to "the past two years" but not to "the 20th century", a possessive
 *       apostrophe to "five years'"; "the day before [a clause]" is only "the day";</li>
 *   <li>values: TimeML formats for centuries ("19"), decades ("199"), sets ("XXXX-XX-XXTMO"), no time
 *       zone suffix; "N years ago" at the granularity of its unit; "(the) last week" is the previous
 *       ISO week; "the past two years", "the next few months", "the coming weeks" are DURATIONs; halves
 *       ("2023-H2") and quarters ("2023-Q3", not SUTime's "2023-FYQ3"); "this fiscal year";
 *       "the end of the year"; "the 99th day" of something unknown;</li>
 *   <li>governed by a past-tense verb, a month, season, weekday or weekend without a year that SUTime put
 *       after the document date moves back a year (a week for weekdays and weekends); governed by "will", a month or weekday
 *       SUTime put before the document date moves forward;</li>
 *   <li>"between 12 and 18 months": the first number is a DURATION of the same unit;</li>
 *   <li>"twice a month" is a SET; "mid-2021" and "mid-February" DATEs; a decade SUTime calls a SET a DATE.</li>
 * </ol>
 */
public final class TimexCorrector {

    private static final String NUMBER = "(?:\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
            + "|fifty|sixty|seventy|eighty|ninety|hundred|a few|few|several|a couple of|couple of|a couple|many)";
    private static final String UNIT = "(?:(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade)s?"
            + "|centur(?:y|ies))";
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "(?<![\\d.,/-])((?:1[5-9]|20)\\d\\d)\\s*[-\u2013\u2014]\\s*(\\d{4}|\\d{2})(?![\\d/-])");
    private static final Pattern COMPARATIVE = Pattern.compile(
            "(?i)^(?:(.+?),\\s*)?(?:(?:about|around|some|nearly|almost|roughly|just|only)\\s+)?"
                    + "(" + NUMBER + "[\\s-]+" + UNIT + ")\\s+(earlier|later|before|after|from now|hence)$");
    private static final Pattern AGE = Pattern.compile("(?i).*\\b(?:year|month|week|day)s?[\\s-]old$");
    private static final Pattern AGE_BEFORE = Pattern.compile("(?i)\\b(?:aged?|ages)\\s+$");
    private static final Pattern AGE_AFTER = Pattern.compile("(?i)^[\\s-]+old\\b");
    private static final Set<String> ADJECTIVES = Set.of("current", "former", "recent", "currently-serving");
    private static final Set<String> EXTENDABLE = Set.of("past", "next", "last", "coming", "following", "previous",
            "preceding");
    private static final Pattern DAY_BEFORE = Pattern.compile("(?i)^(the (?:day|night|morning|evening|week|month|year))"
            + "\\s+(?:before|after)$");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
    private static final Pattern THE_CENTURY = Pattern.compile("(?i)^the\\s+((?:\\d+(?:st|nd|rd|th)|first|second|third|fourth"
            + "|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
            + "|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\\s+century)$");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    private static final Pattern ZONE = Pattern.compile("(T\\d{2}(?::\\d{2}){0,2})(?:Z|[+-]\\d{2}:?\\d{2})$");
    private static final Pattern AGO = Pattern.compile("(?i).*\\b(" + UNIT + ")\\s+ago$");
    private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern LAST_WEEK = Pattern.compile("(?i)^(?:the\\s+)?last\\s+week$");
    private static final Pattern SPAN_OF_UNITS = Pattern.compile("(?i)^(?:the\\s+)?(?:past|last|next|coming|following"
            + "|previous|preceding)\\s+(" + NUMBER + ")\\s+(" + UNIT + ")$");
    // "the previous year" is a date (the year before), "the past year" a duration
    private static final Pattern SPAN_OF_ONE = Pattern.compile("(?i)^the\\s+(?:(past|last|next|coming|following)"
            + "\\s+(decade|century)|(past)\\s+(year|month|week|day|quarter))$");
    private static final Pattern FISCAL_YEAR = Pattern.compile("(?i)\\b(this|the current|current|next|last|the last"
            + "|the previous|previous|the next)\\s+(?:fiscal|financial)\\s+year\\b");
    private static final Pattern YEAR_PART = Pattern.compile("(?i)^(?:by\\s+)?(?:the\\s+)?(end|beginning|start|middle)"
            + "\\s+of\\s+(?:the\\s+)?year$");
    private static final Pattern ORDINAL_DAY = Pattern.compile("(?i)^the\\s+(?:\\d+(?:st|nd|rd|th)|first|second|third"
            + "|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\\s+day$");
    private static final Pattern SHIFTABLE = Pattern.compile("(\\d{4})(-(?:\\d{2}|SP|SU|FA|WI)(?:-\\d{2})?)(T.*)?");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b");
    private static final Pattern WEEKEND_VALUE = Pattern.compile("\\d{4}-W\\d{2}-WE");
    private static final Pattern AHEAD = Pattern.compile("(?i)\\b(?:next|coming|upcoming|following)\\b");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}|'\\d\\d");
    private static final Pattern PART_YEAR = Pattern.compile("(?i)(?<![\\w-])(?:mid|early|late)-((?:1[5-9]|20)\\d\\d)(?![\\w-])");
    private static final Pattern PART_MONTH = Pattern.compile("(?i)(?<![\\w-])(?:mid|early|late)-((?:jan|febr)uary"
            + "|march|april|may|june|july|august|september|october|november|december)(?![\\w-])");
    private static final Pattern FREQUENCY = Pattern.compile("(?i)\\b(?:once|twice|thrice|(?:\\d+|two|three|four|five"
            + "|six|seven|eight|nine|ten|several|many) times)\\s+$");
    private static final Pattern PER_UNIT = Pattern.compile("(?i)^(?:a|an|per)\\s+(" + UNIT + ")$");
    private static final Pattern SPAN_OF_SOME = Pattern.compile("(?i)^(?:the\\s+)?(?:past|last|next|coming|following"
            + "|previous|preceding|recent)\\s+(second|minute|hour|day|week|month|year|decade)s$");
    private static final Pattern HALF = Pattern.compile("(?i)\\b(first|second|1st|2nd)\\s+half\\b");
    private static final Pattern FISCAL_QUARTER = Pattern.compile("(\\d{4})-FYQ([1-4])");
    private static final Pattern ANAPHORIC_DAY = Pattern.compile("the (?:(following|next) day|day after)"
            + "|the (?:(previous|preceding) day|day before)|(?:the same|that) day");
    private static final Pattern BACKWARD = Pattern.compile("(?i)\\b(?:last|past|previous|ago|earlier|recent|this)\\b");
    private static final Pattern FORWARD = Pattern.compile("(?i)\\b(?:this|next|coming|upcoming|following|later)\\b");
    private static final Pattern NUMBER_BEFORE = Pattern.compile("(?i)(?:\\bbetween\\s+)?\\b(" + NUMBER
            + ")\\s+(?:and|to|or)\\s+$|\\b(\\d+)\\s*[-\u2013]\\s*$");
    private static final Pattern MEASURE = Pattern.compile("(?i)^(" + NUMBER + ")[\\s-]+(" + UNIT + ")$");
    private static final Pattern CLOCK_DURATION = Pattern.compile("(\\d{1,2}):(\\d{2}):(\\d{2})");
    private static final Pattern IN_BEFORE = Pattern.compile("(?i)\\b(?:in|of|time|timed)\\s+$");
    private static final List<Pattern> MONTH_NAMES = java.util.stream.Stream.of("january", "february", "march", "april",
                    "may", "june", "july", "august", "sept?(?:ember)?", "october", "november", "december")
            .map(name -> Pattern.compile("(?i)\\b(?:" + name + "|" + name.substring(0, 3) + "\\.?)(?![a-z])")).toList();

    /**
     * The sentences of an article with corrected time expressions: each sentence by
     * {@link #correct(Sentence, String, LocalDate)}, then, in past-tense narrative, "the following day",
     * "the day before", "the same day" and "that day" dated from the last day named before them instead of
     * from the document date.
     *
     * @param sentences the article's sentences in order, with SUTime's expressions
     * @param text      the article text
     * @param dct       the document date, or null
     * @return the sentences with their expressions replaced
     */
    public List<Sentence> correct(List<Sentence> sentences, String text, LocalDate dct) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        LocalDate anchor = null;
        for (Sentence s : sentences) {
            List<TimeExpression> times = correct(s, text, dct);
            List<TimeExpression> dated = new ArrayList<>(times.size());
            Context c = new Context(s, text, dct);
            for (TimeExpression t : times) {
                TimeExpression r = t;
                try {
                    r = anaphoricDay(c, t, anchor);
                } catch (RuntimeException e) {
                    // as in correct(Sentence, ...): keep the expression as it was
                }
                dated.add(r);
                Matcher m = r.value() == null ? null : DAY_VALUE.matcher(r.value().replaceFirst("T.*", ""));
                if (m != null && m.matches() && ("DATE".equals(r.type()) || "TIME".equals(r.type()))) {
                    anchor = LocalDate.parse(m.group());
                }
            }
            out.add(new Sentence(s.index(), s.start(), s.end(), s.tokens(), s.dependencies(), dated));
        }
        return out;
    }

    /** "the following day" after "on 3 March": 4 March, when the verb is in the past tense. */
    private static TimeExpression anaphoricDay(Context c, TimeExpression t, LocalDate anchor) {
        if (anchor == null) return t;
        String words = t.text().trim().toLowerCase(Locale.ROOT);
        if (words.equals("day") && "DURATION".equals(t.type()) && t.start() >= c.sentence.start() + 5
                && c.text.substring(t.start() - 5, t.start()).equalsIgnoreCase("that ")) {
            t = c.timex(t.start() - 5, t.end(), "DATE", t.value());
            words = "that day";
        }
        Matcher m = ANAPHORIC_DAY.matcher(words);
        if (!m.matches() || !c.pastAt(t)) return t;
        // "the day after" and "the day before" name their direction after the noun, "the next day" before it
        int shift = m.group(1) != null || words.endsWith("after") ? 1
                : m.group(2) != null || words.endsWith("before") ? -1 : 0;
        return c.timex(t.start(), t.end(), "DATE", anchor.plusDays(shift).toString());
    }

    /**
     * The corrected time expressions of one sentence.
     *
     * @param sentence the sentence with SUTime's expressions in {@link Sentence#times()}
     * @param text     the article text the sentence's offsets point into
     * @param dct      the document date relative expressions resolve against, or null
     * @return the expressions in text order; offsets stay inside the sentence
     */
    public List<TimeExpression> correct(Sentence sentence, String text, LocalDate dct) {
        try {
            return corrected(sentence, text, dct);
        } catch (RuntimeException e) {
            // a rule tripping over an unforeseen SUTime value must not cost the article its annotation
            return sentence.times();
        }
    }

    private List<TimeExpression> corrected(Sentence sentence, String text, LocalDate dct) {
        Context c = new Context(sentence, text, dct);
        List<TimeExpression> times = new ArrayList<>(sentence.times());
        times.sort(Comparator.comparingInt(TimeExpression::start));
        times = yearRanges(c, times);
        times = comparatives(c, times);
        times = dropNonTimexes(c, times);
        times = joinPieces(c, times);
        times = fiscalYears(c, times);
        times = partYears(c, times);
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : times) out.add(value(c, extent(c, t)));
        out = measuresBeforeRanges(c, out);
        out.sort(Comparator.comparingInt(TimeExpression::start));
        return out;
    }

    /** "2009-2010", "1957-58": two DATEs; replaces whatever SUTime made of the range. */
    private static List<TimeExpression> yearRanges(Context c, List<TimeExpression> times) {
        Matcher m = YEAR_RANGE.matcher(c.sentenceText());
        List<TimeExpression> out = new ArrayList<>(times);
        while (m.find()) {
            int first = Integer.parseInt(m.group(1));
            String b = m.group(2);
            int second = b.length() == 2 ? first / 100 * 100 + Integer.parseInt(b) : Integer.parseInt(b);
            if (second <= first || second - first > 50) continue;
            int s1 = c.offset + m.start(1);
            int e1 = c.offset + m.end(1);
            int s2 = c.offset + m.start(2);
            int e2 = c.offset + m.end(2);
            // "1500-1520 troops" counts troops: trust the range only when SUTime saw a date there or no noun follows
            boolean seen = times.stream().anyMatch(t -> t.start() < e2 && s1 < t.end());
            if (!seen && c.nextTokenIsPluralNoun(e2)) continue;
            out.removeIf(t -> t.start() < e2 && s1 < t.end());
            out.add(c.timex(s1, e1, "DATE", Integer.toString(first)));
            out.add(c.timex(s2, e2, "DATE", Integer.toString(second)));
        }
        out.sort(Comparator.comparingInt(TimeExpression::start));
        return out;
    }

    /** "about a month earlier" -> DURATION "a month"; "eight years from now" -> "eight years" + "now". */
    private static List<TimeExpression> comparatives(Context c, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : times) {
            Matcher m = COMPARATIVE.matcher(t.text());
            Optional<String> duration = m.matches() ? durationValue(m.group(2)) : Optional.empty();
            if (duration.isEmpty()) {
                out.add(t);
                continue;
            }
            if (m.group(1) != null) {
                int s = t.start() + m.start(1);
                int e = t.start() + m.end(1);
                monthValue(c, m.group(1), c.pastAt(t)).ifPresent(v -> out.add(c.timex(s, e, "DATE", v)));
            }
            out.add(c.timex(t.start() + m.start(2), t.start() + m.end(2), "DURATION", duration.get()));
            String anchor = m.group(3).toLowerCase(Locale.ROOT);
            if (anchor.equals("from now")) {
                int e = t.start() + m.end(3);
                out.add(c.timex(e - 3, e, "DATE", "PRESENT_REF"));
            }
        }
        return out;
    }

    /** What TimeML does not annotate: lone determiners, ages, some adjectives, the conjunction "once". */
    private static List<TimeExpression> dropNonTimexes(Context c, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : times) {
            String lower = t.text().toLowerCase(Locale.ROOT).trim();
            if (lower.equals("the") || lower.equals("a") || lower.equals("an")) continue;
            if ("DURATION".equals(t.type()) && isAge(c, t)) continue;
            List<Token> tokens = c.tokensIn(t);
            if (tokens.size() == 1) {
                Token only = tokens.get(0);
                if (ADJECTIVES.contains(lower) && only.pos().startsWith("JJ")) continue;
                if (lower.equals("once") && only.pos().equals("IN")) continue;
            }
            out.add(t);
        }
        return out;
    }

    private static boolean isAge(Context c, TimeExpression t) {
        if (AGE.matcher(t.text()).matches()) return true;
        String before = c.text.substring(Math.max(c.sentence.start(), t.start() - 8), t.start());
        String after = c.text.substring(t.end(), Math.min(c.sentence.end(), t.end() + 6));
        return AGE_BEFORE.matcher(before).find() || AGE_AFTER.matcher(after).find();
    }

    /** Adjacent expressions with one value are one expression ("Friday" + "afternoon"). */
    private static List<TimeExpression> joinPieces(Context c, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : times) {
            TimeExpression last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.value() != null && last.value().equals(t.value()) && t.start() >= last.end()
                    && c.text.substring(last.end(), t.start()).isBlank() && t.start() - last.end() <= 2) {
                out.set(out.size() - 1, c.timex(last.start(), t.end(), last.type(), last.value()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** "this fiscal year": SUTime sees only "year"; TimeML dates the whole phrase to a year. */
    private static List<TimeExpression> fiscalYears(Context c, List<TimeExpression> times) {
        if (c.dct == null) return times;
        Matcher m = FISCAL_YEAR.matcher(c.sentenceText());
        List<TimeExpression> out = new ArrayList<>(times);
        while (m.find()) {
            String which = m.group(1).toLowerCase(Locale.ROOT);
            int year = c.dct.getYear() + (which.endsWith("next") ? 1 : which.endsWith("last") || which.endsWith("previous") ? -1 : 0);
            int s = c.offset + m.start();
            int e = c.offset + m.end();
            out.removeIf(t -> t.start() < e && s < t.end());
            out.add(c.timex(s, e, "DATE", Integer.toString(year)));
        }
        out.sort(Comparator.comparingInt(TimeExpression::start));
        return out;
    }

    /**
     * "mid-2021", "late-1990", "mid-February": SUTime misses the hyphenated year or month; TimeML dates it to
     * the year, or to the month nearest the document date (earlier in a past-tense sentence).
     */
    private static List<TimeExpression> partYears(Context c, List<TimeExpression> times) {
        Matcher m = PART_YEAR.matcher(c.sentenceText());
        List<TimeExpression> out = new ArrayList<>(times);
        while (m.find()) {
            int s = c.offset + m.start();
            int e = c.offset + m.end();
            if (out.stream().anyMatch(t -> t.start() < e && s < t.end())) continue;
            out.add(c.timex(s, e, "DATE", m.group(1)));
        }
        m = PART_MONTH.matcher(c.sentenceText());
        while (m.find()) {
            int s = c.offset + m.start();
            int e = c.offset + m.end();
            if (out.stream().anyMatch(t -> t.start() < e && s < t.end())) continue;
            TimeExpression unresolved = c.timex(s, e, "DATE", null);
            monthValue(c, m.group(1), c.pastAt(unresolved)).ifPresent(v -> out.add(c.timex(s, e, "DATE", v)));
        }
        out.sort(Comparator.comparingInt(TimeExpression::start));
        return out;
    }

    /** Extent conventions: "the" before past/next/last, a trailing possessive, "the day [before a clause]". */
    private static TimeExpression extent(Context c, TimeExpression t) {
        List<Token> tokens = c.tokensIn(t);
        if (!tokens.isEmpty()) {
            Token first = tokens.get(0);
            if (EXTENDABLE.contains(first.text().toLowerCase(Locale.ROOT)) && first.index() > 0) {
                Token before = c.sentence.token(first.index() - 1);
                if (before.text().equalsIgnoreCase("the")) t = c.timex(before.start(), t.end(), t.type(), t.value());
            }
        }
        if (t.end() < c.sentence.end() && c.text.charAt(t.end()) == '\'' && t.text().endsWith("s")
                && (t.end() + 1 == c.text.length() || !Character.isLetter(c.text.charAt(t.end() + 1)))) {
            t = c.timex(t.start(), t.end() + 1, t.type(), t.value());
        }
        Matcher m = THE_CENTURY.matcher(t.text());
        if (m.matches()) t = c.timex(t.start() + m.start(1), t.end(), t.type(), t.value());
        m = DAY_BEFORE.matcher(t.text());
        if (m.matches() && c.nextWordIsALetter(t.end())) {
            t = c.timex(t.start(), t.start() + m.end(1), t.type(), unknownAnchor(t.type(), m.group(1)));
        }
        return t;
    }

    private static String unknownAnchor(String type, String words) {
        String unit = words.substring(words.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "week" -> "XXXX-WXX";
            case "month" -> "XXXX-XX";
            case "year" -> "XXXX";
            case "night" -> "XXXX-XX-XXTNI";
            case "morning" -> "XXXX-XX-XXTMO";
            case "evening" -> "XXXX-XX-XXTEV";
            default -> "XXXX-XX-XX";
        };
    }

    /** TIMEX3 types and values for forms SUTime writes otherwise. */
    private static TimeExpression value(Context c, TimeExpression t) {
        String v = t.value();
        String words = t.text().trim();
        Matcher m;
        if (v != null) {
            if ((m = ZONE.matcher(v)).find()) v = v.substring(0, m.start()) + m.group(1);
            if ((m = CENTURY.matcher(v)).matches()) v = m.group(1);
            else if ((m = DECADE.matcher(v)).matches()) v = m.group(1);
            if ("SET".equals(t.type()) && v.startsWith("T")) v = "XXXX-XX-XX" + v;
            if ((m = FISCAL_QUARTER.matcher(v)).matches()) v = m.group(1) + "-Q" + m.group(2);
            if (v.matches("\\d{4}") && (m = HALF.matcher(words)).find()) {
                v = v + (m.group(1).toLowerCase(Locale.ROOT).startsWith("f") || m.group(1).startsWith("1") ? "-H1" : "-H2");
            }
        }
        String type = t.type();
        // "the 2000s" is a decade, not a set
        if ("SET".equals(type) && v != null && v.matches("\\d{2,4}(-.*)?")) type = "DATE";
        if ((m = PER_UNIT.matcher(words)).matches()) {
            Matcher f = FREQUENCY.matcher(c.text.substring(Math.max(c.sentence.start(), t.start() - 16), t.start()));
            Optional<String> period = durationValue("one " + m.group(1));
            if (f.find() && period.isPresent()) {
                return c.timex(t.start() - (f.end() - f.start()), t.end(), "SET", period.get());
            }
        }
        if ((m = SPAN_OF_UNITS.matcher(words)).matches()) {
            Optional<String> d = durationValue(m.group(1) + " " + m.group(2));
            if (d.isPresent()) return c.timex(t.start(), t.end(), "DURATION", d.get());
        }
        if ((m = SPAN_OF_SOME.matcher(words)).matches()) {
            return c.timex(t.start(), t.end(), "DURATION", durationValue("several " + m.group(1) + "s").orElseThrow());
        }
        if ((m = SPAN_OF_ONE.matcher(words)).matches()) {
            String unit = m.group(2) != null ? m.group(2) : m.group(4);
            return c.timex(t.start(), t.end(), "DURATION", durationValue("one " + unit).orElseThrow());
        }
        if (ORDINAL_DAY.matcher(words).matches()) return c.timex(t.start(), t.end(), "DATE", "XXXX-XX-XX");
        if (c.dct != null) {
            if (LAST_WEEK.matcher(words).matches()) {
                return c.timex(t.start(), t.end(), "DATE", isoWeek(c.dct.minusWeeks(1)));
            }
            if ((m = YEAR_PART.matcher(words)).matches()) {
                String part = m.group(1).toLowerCase(Locale.ROOT);
                int year = c.dct.getYear();
                boolean ahead = part.equals("end") ? c.dct.getMonthValue() < 12 : part.equals("middle") && c.dct.getMonthValue() < 6;
                if (ahead && c.pastAt(t)) year--;
                return c.timex(t.start(), t.end(), "DATE", Integer.toString(year));
            }
            if (v != null && (m = AGO.matcher(words)).matches() && (m = DAY_VALUE.matcher(v)).matches()) {
                v = granular(LocalDate.parse(v), unitOf(words));
            }
            if (v != null && "TIME".equals(type) && (m = CLOCK_DURATION.matcher(words)).matches()
                    && IN_BEFORE.matcher(c.text.substring(Math.max(c.sentence.start(), t.start() - 8), t.start())).find()) {
                return c.timex(t.start(), t.end(), "DURATION", "PT" + Integer.parseInt(m.group(1)) + "H"
                        + Integer.parseInt(m.group(2)) + "M" + Integer.parseInt(m.group(3)) + "S");
            }
            if (v != null && ("DATE".equals(type) || "TIME".equals(type))) {
                Tense tense = c.tenseAt(t);
                if (tense == Tense.PAST) v = backIntoThePast(c, words, v);
                else if (tense == Tense.FUTURE) v = onIntoTheFuture(c, words, v);
            }
        }
        return v == null || (v.equals(t.value()) && type.equals(t.type())) ? t : c.timex(t.start(), t.end(), type, v);
    }

    /** A month, season or weekday without a year that SUTime resolved after the document date. */
    private static String backIntoThePast(Context c, String words, String v) {
        Matcher we = WEEKEND_VALUE.matcher(v);
        if (we.matches() && words.toLowerCase(Locale.ROOT).contains("weekend") && !AHEAD.matcher(words).find()) {
            // SUTime takes "the weekend" for the coming one; what happened at the weekend was the last one
            Optional<TimexInterval> weekend = TimexInterval.of(v);
            if (weekend.isPresent() && weekend.get().begin().isAfter(c.dct)) {
                return isoWeek(weekend.get().begin().minusWeeks(1)) + "-WE";
            }
            return v;
        }
        Matcher m = SHIFTABLE.matcher(v);
        if (!m.matches() || FOUR_DIGITS.matcher(words).find() || FORWARD.matcher(words).find()) return v;
        boolean weekday = WEEKDAY.matcher(words).find();
        boolean month = monthIn(words) >= 0;
        boolean season = words.toLowerCase(Locale.ROOT).matches(".*\\b(?:spring|summer|autumn|fall|winter)\\b.*");
        if (!weekday && !month && !season) return v;
        Optional<TimexInterval> interval = TimexInterval.of(v.replaceFirst("T.*", ""));
        if (season) {
            int year = Integer.parseInt(m.group(1));
            if (year > c.dct.getYear() || (year == c.dct.getYear() && seasonAfter(m.group(2), c.dct))) {
                return (year - 1) + m.group(2) + (m.group(3) == null ? "" : m.group(3));
            }
            return v;
        }
        if (interval.isEmpty() || !interval.get().begin().isAfter(c.dct)) return v;
        String rest = m.group(3) == null ? "" : m.group(3);
        if (weekday && DAY_VALUE.matcher(v.replaceFirst("T.*", "")).matches()) {
            return interval.get().begin().minusWeeks(1) + rest;
        }
        return (Integer.parseInt(m.group(1)) - 1) + m.group(2) + rest;
    }

    /** A month or weekday without a year that SUTime put before the document date, in a future-tense clause. */
    private static String onIntoTheFuture(Context c, String words, String v) {
        Matcher m = SHIFTABLE.matcher(v);
        if (!m.matches() || FOUR_DIGITS.matcher(words).find() || BACKWARD.matcher(words).find()) return v;
        boolean weekday = WEEKDAY.matcher(words).find();
        if (!weekday && monthIn(words) < 0) return v;
        Optional<TimexInterval> interval = TimexInterval.of(v.replaceFirst("T.*", ""));
        if (interval.isEmpty() || !interval.get().end().isBefore(c.dct)) return v;
        String rest = m.group(3) == null ? "" : m.group(3);
        if (weekday && DAY_VALUE.matcher(v.replaceFirst("T.*", "")).matches()) {
            return interval.get().begin().plusWeeks(1) + rest;
        }
        return (Integer.parseInt(m.group(1)) + 1) + m.group(2) + rest;
    }

    private static boolean seasonAfter(String part, LocalDate dct) {
        int month = dct.getMonthValue();
        return switch (part) {
            case "-SP" -> month < 3;
            case "-SU" -> month < 6;
            case "-FA" -> month < 9;
            default -> false;
        };
    }

    /** "between 12 and 18 months": "12" is a DURATION in months too. */
    private static List<TimeExpression> measuresBeforeRanges(Context c, List<TimeExpression> times) {
        List<TimeExpression> out = new ArrayList<>(times);
        for (TimeExpression t : times) {
            if (!"DURATION".equals(t.type())) continue;
            Matcher measure = MEASURE.matcher(t.text());
            if (!measure.matches()) continue;
            String before = c.text.substring(Math.max(c.sentence.start(), t.start() - 30), t.start());
            Matcher m = NUMBER_BEFORE.matcher(before);
            if (!m.find()) continue;
            int group = m.group(1) != null ? 1 : 2;
            int s = t.start() - before.length() + m.start(group);
            int e = t.start() - before.length() + m.end(group);
            if (out.stream().anyMatch(o -> o.start() < e && s < o.end())) continue;
            durationValue(m.group(group) + " " + measure.group(2)).ifPresent(v -> out.add(c.timex(s, e, "DURATION", v)));
        }
        return out;
    }

    /** "a month" -> P1M, "several days" -> PXD, "three hours" -> PT3H, "a decade" -> P10Y. */
    static Optional<String> durationValue(String measure) {
        Matcher m = MEASURE.matcher(measure.trim());
        if (!m.matches()) return Optional.empty();
        String n = m.group(1).toLowerCase(Locale.ROOT);
        String unit = m.group(2).toLowerCase(Locale.ROOT).replaceFirst("s$", "").replace("centurie", "century");
        Integer count = count(n);
        String q = count == null ? "X" : null;
        return Optional.ofNullable(switch (unit) {
            case "second" -> "PT" + (q != null ? q : count) + "S";
            case "minute" -> "PT" + (q != null ? q : count) + "M";
            case "hour" -> "PT" + (q != null ? q : count) + "H";
            case "day" -> "P" + (q != null ? q : count) + "D";
            case "week" -> "P" + (q != null ? q : count) + "W";
            case "fortnight" -> "P" + (q != null ? q : 2 * count) + "W";
            case "month" -> "P" + (q != null ? q : count) + "M";
            case "quarter" -> "P" + (q != null ? q : 3 * count) + "M";
            case "year" -> "P" + (q != null ? q : count) + "Y";
            case "decade" -> q != null ? "PXDE" : "P" + 10 * count + "Y";
            case "century" -> q != null ? "PXCE" : "P" + 100 * count + "Y";
            default -> null;
        });
    }

    private static Integer count(String n) {
        if (n.matches("\\d+")) return Integer.parseInt(n);
        return switch (n) {
            case "a", "an", "one" -> 1;
            case "two", "a couple of", "couple of", "a couple" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "eleven" -> 11;
            case "twelve" -> 12;
            case "thirteen" -> 13;
            case "fourteen" -> 14;
            case "fifteen" -> 15;
            case "sixteen" -> 16;
            case "seventeen" -> 17;
            case "eighteen" -> 18;
            case "nineteen" -> 19;
            case "twenty" -> 20;
            case "thirty" -> 30;
            case "forty" -> 40;
            case "fifty" -> 50;
            case "sixty" -> 60;
            case "seventy" -> 70;
            case "eighty" -> 80;
            case "ninety" -> 90;
            case "hundred" -> 100;
            default -> null;
        };
    }

    private static String unitOf(String words) {
        Matcher m = AGO.matcher(words);
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT).replaceFirst("s$", "") : "day";
    }

    private static String granular(LocalDate d, String unit) {
        return switch (unit) {
            case "year" -> Integer.toString(d.getYear());
            case "decade" -> Integer.toString(d.getYear() / 10);
            case "century" -> Integer.toString(d.getYear() / 100);
            case "month", "quarter" -> String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
            case "week", "fortnight" -> isoWeek(d);
            default -> d.toString();
        };
    }

    static String isoWeek(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static int monthIn(String words) {
        for (int i = 0; i < MONTH_NAMES.size(); i++) {
            if (MONTH_NAMES.get(i).matcher(words).find()) return i;
        }
        return -1;
    }

    /** "early December" -> the December nearest the document date, earlier in a past-tense sentence. */
    private static Optional<String> monthValue(Context c, String words, boolean past) {
        int month = monthIn(words);
        if (month < 0 || c.dct == null || FOUR_DIGITS.matcher(words).find()) return Optional.empty();
        int year = c.dct.getYear();
        if (past && month + 1 > c.dct.getMonthValue()) year--;
        return Optional.of(String.format(Locale.ROOT, "%04d-%02d", year, month + 1));
    }

    private enum Tense { PAST, FUTURE, OTHER }

    private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo");

    private static final class Context {
        final Sentence sentence;
        final String text;
        final LocalDate dct;
        final int offset;
        final Tense sentenceTense;

        Context(Sentence sentence, String text, LocalDate dct) {
            this.sentence = sentence;
            this.text = text;
            this.dct = dct;
            this.offset = sentence.start();
            boolean pastVerb = false;
            boolean future = false;
            for (Token t : sentence.tokens()) {
                if ("VBD".equals(t.pos())) pastVerb = true;
                String w = t.text().toLowerCase(Locale.ROOT);
                if ("MD".equals(t.pos()) && FUTURE_MODALS.contains(w)) {
                    future = true;
                }
            }
            this.sentenceTense = pastVerb && !future ? Tense.PAST : future && !pastVerb ? Tense.FUTURE : Tense.OTHER;
        }

        String sentenceText() {
            return text.substring(sentence.start(), sentence.end());
        }

        TimeExpression timex(int start, int end, String type, String value) {
            return new TimeExpression(start, end, text.substring(start, end), type, value);
        }

        List<Token> tokensIn(TimeExpression t) {
            List<Token> out = new ArrayList<>();
            for (Token k : sentence.tokens()) if (k.start() >= t.start() && k.end() <= t.end()) out.add(k);
            return out;
        }

        boolean pastAt(TimeExpression t) {
            return tenseAt(t) == Tense.PAST;
        }

        /**
         * The tense of the verb governing the expression: past ("arrested in July", "was fired in July"),
         * future ("will meet in July") or neither ("due to be published in May", "has been postponed until
         * Saturday"). Without a governing verb, the sentence's: past when it has a past-tense verb and no
         * future modal, future when it has a future modal and no past-tense verb.
         */
        Tense tenseAt(TimeExpression t) {
            List<Token> inside = tokensIn(t);
            if (inside.isEmpty()) return sentenceTense;
            int head = inside.get(inside.size() - 1).index();
            for (Token k : inside) {
                boolean governedInside = false;
                for (var d : sentence.parents(k.index())) {
                    if (d.governor() >= 0 && sentence.token(d.governor()).start() >= t.start()
                            && sentence.token(d.governor()).end() <= t.end()) {
                        governedInside = true;
                    }
                }
                if (!governedInside) {
                    head = k.index();
                    break;
                }
            }
            int at = head;
            for (int step = 0; step < 6; step++) {
                int parent = -1;
                for (var d : sentence.parents(at)) {
                    if (d.governor() >= 0 && !d.relation().equals("ref")) {
                        parent = d.governor();
                        break;
                    }
                }
                if (parent < 0) return sentenceTense;
                if (sentence.token(parent).isVerb()) return tenseOf(parent);
                at = parent;
            }
            return sentenceTense;
        }

        private Tense tenseOf(int verb) {
            String pos = sentence.token(verb).pos();
            boolean anyAux = false;
            for (var d : sentence.children(verb)) {
                Token aux = sentence.token(d.dependent());
                String w = aux.text().toLowerCase(Locale.ROOT);
                if (d.relation().equals("mark") && w.equals("to")) return Tense.OTHER;
                if (!d.relation().startsWith("aux")) continue;
                if ("MD".equals(aux.pos())) return FUTURE_MODALS.contains(w) ? Tense.FUTURE : Tense.OTHER;
                if (w.equals("to")) return Tense.OTHER;
                if ("VBD".equals(aux.pos())) return Tense.PAST;
                anyAux = true;
            }
            if (anyAux) return Tense.OTHER;
            if (pos.equals("VBD") || (pos.equals("VBN") && sentenceTense == Tense.PAST)) return Tense.PAST;
            return Tense.OTHER;
        }

        boolean nextTokenIsPluralNoun(int from) {
            for (Token k : sentence.tokens()) {
                if (k.start() >= from) return k.pos().equals("NNS");
            }
            return false;
        }

        boolean nextWordIsALetter(int from) {
            for (Token k : sentence.tokens()) {
                if (k.start() >= from) return Character.isLetter(k.text().charAt(0));
            }
            return false;
        }
    }
}
