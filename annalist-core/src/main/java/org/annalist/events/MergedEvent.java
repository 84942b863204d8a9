package org.annalist.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.annalist.model.Modality;
import org.annalist.model.Precision;

/**
 * One real-world event: the mentions that report it and what they say together.
 *
 * <p>The id is a hash of the canonical (earliest published) mention's key, so the same mentions give the same id
 * whatever order they were seen in, and a later report that only sharpens the date or place keeps it. The merged
 * date and place are the most precise any mention gives (a date or place said in a sentence before one taken from
 * the article or its dateline). Counts follow GDELT: mentions, distinct articles, and distinct sources, where a source is an outlet and
 * a near-duplicate (syndicated) article counts with the article it copies. Confidence grows with independent
 * sources: one minus the chance that every source is wrong, each source counted at its most confident mention.
 *
 * @param id          stable event id ("ev-" and 16 hex digits)
 * @param cameo       the code most mentions give (the more specific on a tie)
 * @param modality    the modality most mentions give
 * @param sourceCode  the most specific source actor code, oriented as the canonical mention
 * @param targetCode  the most specific target actor code
 * @param reciprocal  whether any mention says the actors acted on each other
 * @param date        the mention whose date is the most precise, or null when none is dated
 * @param place       the mention whose place is the most precise, or null when none is placed
 * @param fatalities  the highest death toll any mention reports, or null
 * @param numMentions mentions
 * @param numArticles distinct articles
 * @param numSources  distinct independent sources
 * @param confidence  0..1
 * @param mergeReason why the mentions are one event ("single mention" when alone)
 * @param mentions    the mentions, canonical first, then by key
 */
public record MergedEvent(String id, String cameo, Modality modality, String sourceCode, String targetCode,
                          boolean reciprocal, MentionFacts date, MentionFacts place, Integer fatalities,
                          int numMentions, int numArticles, int numSources, double confidence, String mergeReason,
                          List<MentionFacts> mentions) {

    public MergedEvent {
        mentions = List.copyOf(mentions);
    }

    /** The canonical mention: the earliest published report. */
    public MentionFacts canonical() {
        return mentions.get(0);
    }

    /** The CAMEO root of {@link #cameo()}. */
    public String root() {
        return cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
    }

    /** A mention with the merged code, for its PLOVER type, QuadClass and Goldstein score. */
    public MentionFacts coded() {
        return mentions.stream().filter(m -> m.cameo().equals(cameo)).findFirst().orElse(canonical());
    }

    /** First day of the merged date, or null. */
    public LocalDate dateBegin() {
        return date == null ? null : date.dateBegin();
    }

    /** Last day of the merged date, or null. */
    public LocalDate dateEnd() {
        return date == null ? null : date.dateEnd();
    }

    /** The stable id of an event whose canonical mention has this key. */
    public static String idOf(String canonicalKey) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(canonicalKey.getBytes(StandardCharsets.UTF_8));
            return "ev-" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Merges mentions already known to report one event.
     *
     * @param mentions    at least one mention
     * @param mergeReason why they are one event
     */
    public static MergedEvent of(List<MentionFacts> mentions, String mergeReason) {
        if (mentions.isEmpty()) throw new IllegalArgumentException("an event needs at least one mention");
        List<MentionFacts> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing(MentionFacts::key));
        MentionFacts canon = sorted.get(0);

        String source = null;
        String target = null;
        for (MentionFacts m : sorted) {
            boolean straight = MergeRules.agree(m.sourceCode(), canon.sourceCode())
                    && MergeRules.agree(m.targetCode(), canon.targetCode());
            String s = straight ? m.sourceCode() : m.targetCode();
            String t = straight ? m.targetCode() : m.sourceCode();
            if (s != null && (source == null || s.length() > source.length())) source = s;
            if (t != null && (target == null || t.length() > target.length())) target = t;
        }

        MentionFacts date = sorted.stream().filter(MentionFacts::dated).min(Comparator
                .comparing((MentionFacts m) -> m.dateInferred() ? 1 : 0)
                .thenComparing(m -> dateRank(m.datePrecision()))
                .thenComparing(m -> ChronoUnit.DAYS.between(m.dateBegin(), m.dateEnd()))
                .thenComparing(MentionFacts::key)).orElse(null);
        MentionFacts place = sorted.stream().filter(m -> m.placeName() != null || m.placeCountry() != null)
                .min(Comparator.comparing((MentionFacts m) -> m.placeInferred() ? 1 : 0)
                        .thenComparing(m -> placeRank(m.placePrecision()))
                        .thenComparing(m -> m.located() ? 0 : 1)
                        .thenComparing(MentionFacts::key)).orElse(null);

        Integer fatalities = sorted.stream().map(MentionFacts::fatalities).filter(Objects::nonNull)
                .max(Integer::compare).orElse(null);

        Set<String> articles = new HashSet<>();
        Map<String, String> outletOfArticle = new HashMap<>();
        for (MentionFacts m : sorted) {
            articles.add(m.articleId());
            if (m.outlet() != null) outletOfArticle.putIfAbsent(m.articleId(), m.outlet());
        }
        // source -> its most confident mention
        Map<String, Double> sources = new TreeMap<>();
        for (MentionFacts m : sorted) {
            String report = m.independentArticle();
            String outlet = outletOfArticle.get(report);
            if (outlet == null && m.copyOf() == null) outlet = m.outlet();
            String key = outlet != null ? "outlet:" + outlet : "article:" + report;
            sources.merge(key, m.confidence(), Math::max);
        }
        double allWrong = 1;
        for (double c : sources.values()) allWrong *= 1 - Math.max(0, Math.min(1, c));
        double confidence = Math.round(Math.min(0.999, 1 - allWrong) * 1000) / 1000.0;

        return new MergedEvent(idOf(canon.key()), majority(sorted, MentionFacts::cameo, true),
                modality(sorted), source, target, sorted.stream().anyMatch(MentionFacts::reciprocal), date, place,
                fatalities, sorted.size(), articles.size(), sources.size(), confidence, mergeReason, sorted);
    }

    private static Modality modality(List<MentionFacts> sorted) {
        String label = majority(sorted, m -> (m.modality() == null ? Modality.ASSERTED : m.modality()).name(), false);
        return Modality.valueOf(label);
    }

    /** The most frequent value; ties go to the longer value when asked (a more specific code), then the first seen. */
    private static String majority(List<MentionFacts> sorted, java.util.function.Function<MentionFacts, String> f,
                                   boolean longerWins) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (MentionFacts m : sorted) {
            String v = f.apply(m);
            if (counts.merge(v, 1, Integer::sum) == 1) order.add(v);
        }
        String best = order.get(0);
        for (String v : order) {
            int c = counts.get(v);
            int b = counts.get(best);
            if (c > b || (c == b && longerWins && v.length() > best.length())) best = v;
        }
        return best;
    }

    static int dateRank(Precision p) {
        if (p == null) return 9;
        return switch (p) {
            case DAY -> 0;
            case RANGE -> 1;
            case WEEK -> 2;
            case MONTH -> 3;
            case YEAR -> 4;
            default -> 5;
        };
    }

    static int placeRank(Precision p) {
        if (p == null) return 9;
        return switch (p) {
            case EXACT -> 0;
            case NEAR -> 1;
            case ADMIN -> 2;
            case COUNTRY -> 3;
            default -> 4;
        };
    }
}
