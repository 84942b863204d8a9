package org.annalist.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annalist.actors.ActorResolver;
import org.annalist.actors.CountryNames;
import org.annalist.coding.EventCoder;
import org.annalist.extract.ArticleExtractor;
import org.annalist.model.Article;
import org.annalist.model.EventDate;
import org.annalist.model.EventMention;
import org.annalist.model.RawDocument;
import org.annalist.nlp.SharedAnnotator;
import org.annalist.pipeline.Analysis;
import org.annalist.pipeline.Pipeline;
import org.annalist.places.EventPlacer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline dates the events of {@code event-dates.tsv}: short news texts with a document date, an
 * optional dateline, the trigger of the event to date and the gold interval and precision. Scored like
 * {@code eval times}: the share of cases that yield the event at all, then, of those, exact intervals,
 * right precisions, and predicted intervals that lie inside the gold one.
 */
class EventDateSetTest {

    private static final String CASES = "event-dates.tsv";
    private static List<Case> cases;
    private static List<Outcome> outcomes;

    record Case(String id, String kind, LocalDate docDate, String dateline, String text, String trigger,
                LocalDate begin, LocalDate end, String precision) {
        String document() {
            return dateline.isEmpty() ? text : dateline + " " + text;
        }
    }

    /** A case's result: the event's date, or null without the event, and the times the annotator found. */
    record Outcome(Case c, EventDate date, List<String> times) {
        boolean hasEvent() {
            return date != null;
        }

        boolean exact() {
            return hasEvent() && date.begin().equals(c.begin()) && date.end().equals(c.end());
        }

        boolean precision() {
            return hasEvent() && date.precision().label().equals(c.precision());
        }

        boolean inside() {
            return hasEvent() && !date.begin().isBefore(c.begin()) && !date.end().isAfter(c.end());
        }

        String describe() {
            String got = !hasEvent() ? "no event" : date.begin() + ".." + date.end() + " " + date.precision().label()
                    + " (" + date.basis() + (date.span() == null ? "" : " \"" + date.span().text() + "\"") + ")";
            return String.format(Locale.ROOT, "%-28s want %s..%s %-5s got %s; times %s", c.id(), c.begin(),
                    c.end(), c.precision(), got, times);
        }
    }

    @BeforeAll
    static void dateEveryCase() throws Exception {
        cases = read();
        Pipeline pipeline = new Pipeline(new ArticleExtractor(), SharedAnnotator.get(), ActorResolver.builtIn(),
                new EventCoder(), new EventDater(), new EventPlacer(CountryNames.builtIn()));
        outcomes = new ArrayList<>();
        for (Case c : cases) {
            Article article = pipeline.extract(RawDocument.ofText(c.id(), c.document(), c.docDate()));
            Analysis analysis = pipeline.analyze(article);
            List<String> times = analysis.annotated().sentences().stream().flatMap(s -> s.times().stream())
                    .map(t -> t.text() + "=" + t.value()).toList();
            EventDate date = analysis.events().stream()
                    .filter(e -> e.trigger().text().toLowerCase(Locale.ROOT).contains(c.trigger()))
                    .min(Comparator.comparingInt(e -> e.trigger().start()))
                    .map(EventMention::date).orElse(null);
            outcomes.add(new Outcome(c, date, times));
        }
        print();
    }

    private static List<Case> read() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = EventDateSetTest.class.getResourceAsStream(CASES);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = r.readLine();
            assertThat(header).isEqualTo("id\tkind\tdoc_date\tdateline\ttext\ttrigger\tbegin\tend\tprecision");
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                assertThat(f).as(line).hasSize(9);
                out.add(new Case(f[0], f[1], f[2].isEmpty() ? null : LocalDate.parse(f[2]), f[3],
                        f[4].replace("\\n", "\n"), f[5].toLowerCase(Locale.ROOT), LocalDate.parse(f[6]),
                        LocalDate.parse(f[7]), f[8]));
            }
        }
        return out;
    }

    private static void print() {
        Map<String, List<Outcome>> byKind = new LinkedHashMap<>();
        for (Outcome o : outcomes) byKind.computeIfAbsent(o.c().kind(), k -> new ArrayList<>()).add(o);
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-18s %5s %7s %7s %9s %7s%n",
                "kind", "cases", "event", "exact", "precision", "inside"));
        byKind.forEach((kind, list) -> table.append(row(kind, list)));
        table.append(row("all", outcomes));
        System.out.println("Event dates on " + CASES + " (exact, precision, inside: share of cases with the event)");
        System.out.print(table);
        System.out.println("Failing cases:");
        for (Outcome o : outcomes) if (!o.exact() || !o.precision()) System.out.println("  " + o.describe());
    }

    private static String row(String kind, List<Outcome> list) {
        long events = list.stream().filter(Outcome::hasEvent).count();
        return String.format(Locale.ROOT, "%-18s %5d %7.2f %7.2f %9.2f %7.2f%n", kind, list.size(),
                share(events, list.size()), share(list.stream().filter(Outcome::exact).count(), events),
                share(list.stream().filter(Outcome::precision).count(), events),
                share(list.stream().filter(Outcome::inside).count(), events));
    }

    private static double share(long n, long of) {
        return of == 0 ? 0 : (double) n / of;
    }

    private static double rate(java.util.function.Predicate<Outcome> p) {
        long events = outcomes.stream().filter(Outcome::hasEvent).count();
        return share(outcomes.stream().filter(p).count(), events);
    }

    @Test
    void holdsAtLeastSixtyCasesCoveringEveryKind() {
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        assertThat(cases.stream().map(Case::kind).distinct()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(cases).allSatisfy(c -> assertThat(c.end()).isAfterOrEqualTo(c.begin()));
        assertThat(cases).allSatisfy(c -> assertThat(c.document().toLowerCase(Locale.ROOT)).contains(c.trigger()));
    }

    @Test
    void codesTheEventOfNearlyEveryCase() {
        assertThat(share(outcomes.stream().filter(Outcome::hasEvent).count(), outcomes.size()))
                .isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void datesMostEventsToExactlyTheGoldInterval() {
        assertThat(rate(Outcome::exact)).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void givesMostEventsTheGoldPrecision() {
        assertThat(rate(Outcome::precision)).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void placesMostEventsInsideTheGoldInterval() {
        assertThat(rate(Outcome::inside)).isGreaterThanOrEqualTo(0.97);
    }
}
