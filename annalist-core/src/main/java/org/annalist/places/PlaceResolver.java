package org.annalist.places;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves place names to gazetteer entries with the article's context. Each candidate of a name gets a prior
 * from what it is (a country before a region before a state; among towns the more populous and the capitals and
 * admin seats) and how well the name fits (primary name or only an alternate), and a bonus from the context:
 * lying in a country the article names, in the dateline's country or near the dateline's place, near or in the
 * same first-level region as the other places of the article, inside a container the name itself gives
 * ("Paris, Texas", "Azerbaijan's Nagorno-Karabakh"). A name whose only candidates are small places far from
 * everything the article talks about resolves to nothing rather than to a far-away guess.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlaceResolver {

    /** Words that make a name a region ("Donetsk region", "province of Idlib"). */
    private static final Pattern REGION_WORDS = Pattern.compile(
            "^(?:(?:the )?(?:province|region|state|oblast|governorate|district|county|prefecture) of )?(.+?)"
                    + "(?: (?:province|region|state|oblast|governorate|district|county|prefecture|regions))?$");
    private static final Pattern TOWN_WORDS = Pattern.compile(
            "^(?:(?:the )?(?:city|town|village|port|capital) of )?(.+?)(?: (?:city|town|village))?$");
    private static final Pattern POSSESSIVE = Pattern.compile("^(.+?)['’]s (?:(?:region|province|state|city|town|village|"
            + "capital|enclave|territory|port|breakaway region|district) of )?(.+)$");

    private final Gazetteer gazetteer;

    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * The place a name denotes in the given context, or empty when the gazetteer has no candidate or only
     * candidates so unlikely (small places far from everything the article mentions) that no answer is better.
     */
    public Optional<ResolvedPlace> resolve(String name, PlaceContext ctx) {
        return resolve(name, anchors(ctx == null ? PlaceContext.none() : ctx));
    }

    /**
     * Resolves the place names of one article together: each name is resolved with the context plus all the
     * other names as anchors ("Georgia" beside "Atlanta" is the US state, beside "Tbilisi" the country).
     *
     * @return one result per name, in order
     */
    public List<Optional<ResolvedPlace>> resolveAll(List<String> names, PlaceContext ctx) {
        PlaceContext base = ctx == null ? PlaceContext.none() : ctx;
        List<String> all = new ArrayList<>(base.places());
        all.addAll(names);
        Anchors anchors = anchors(new PlaceContext(base.dateline(), base.countries(), all));
        Map<String, Optional<ResolvedPlace>> memo = new LinkedHashMap<>();
        for (String n : all) memo.computeIfAbsent(NameKey.of(n), k -> resolve(n, anchors));
        // once more, with each name's context resolved in context: "Kent" beside "Brands Hatch" and "Norfolk"
        // is evidence for England only once those are resolved together
        Anchors second = reanchor(anchors, memo);
        Map<String, Optional<ResolvedPlace>> again = new LinkedHashMap<>();
        List<Optional<ResolvedPlace>> out = new ArrayList<>(names.size());
        for (String n : names) out.add(again.computeIfAbsent(NameKey.of(n), k -> resolve(n, second)));
        return out;
    }

    /** The anchors of a first pass, with each place name's entry replaced by its answer in that pass. */
    private Anchors reanchor(Anchors first, Map<String, Optional<ResolvedPlace>> answers) {
        Map<String, Set<String>> countryKeys = new LinkedHashMap<>();
        List<Anchor> places = new ArrayList<>();
        for (Map.Entry<String, Optional<ResolvedPlace>> a : answers.entrySet()) {
            if (a.getValue().isEmpty() || a.getKey().isEmpty() || gazetteer.isLanguage(a.getKey())) continue;
            GazetteerEntry e = a.getValue().get().entry();
            if (!e.countryCode().isEmpty()) countryKeys.computeIfAbsent(e.countryCode(), k -> new HashSet<>()).add(a.getKey());
            if (!e.isCountry()) places.add(new Anchor(a.getKey(), e));
        }
        return new Anchors(first.named(), countryKeys, first.dateline(), places);
    }

    // ---------------------------------------------------------------- context

    /** A resolved context place: the key it came from (a name is no evidence for itself), and its entry. */
    private record Anchor(String key, GazetteerEntry entry) {
    }

    private record Anchors(Set<String> named, Map<String, Set<String>> countryKeys, GazetteerEntry dateline,
                           List<Anchor> places) {
        boolean isEmpty() {
            return named.isEmpty() && countryKeys.isEmpty() && dateline == null && places.isEmpty();
        }

        /** Countries named by something other than the key itself. */
        boolean namesCountry(String iso2, String key) {
            if (named.contains(iso2)) return true;
            Set<String> keys = countryKeys.get(iso2);
            return keys != null && (keys.size() > 1 || !keys.contains(key));
        }
    }

    private Anchors anchors(PlaceContext ctx) {
        Set<String> named = new HashSet<>();
        for (String c : ctx.countries()) {
            if (c == null || c.isBlank()) continue;
            String t = c.trim();
            if (t.length() == 2 && t.equals(t.toUpperCase(Locale.ROOT)) && gazetteer.country(t).isPresent()) named.add(t);
            else gazetteer.countryCodeOf(t).ifPresent(named::add);
        }
        Map<String, Set<String>> countryKeys = new LinkedHashMap<>();
        List<Anchor> places = new ArrayList<>();
        for (String p : ctx.places()) {
            String key = NameKey.of(p);
            if (key.isEmpty() || gazetteer.isLanguage(p)) continue;
            Optional<String> country = gazetteer.countryCodeOf(p);
            if (country.isPresent()) {
                countryKeys.computeIfAbsent(country.get(), k -> new HashSet<>()).add(key);
                continue;
            }
            best(p, null).ifPresent(r -> {
                places.add(new Anchor(key, r.entry()));
                if (!r.entry().countryCode().isEmpty()) {
                    countryKeys.computeIfAbsent(r.entry().countryCode(), k -> new HashSet<>()).add(key);
                }
            });
        }
        GazetteerEntry dateline = null;
        if (ctx.dateline() != null && !ctx.dateline().isBlank()) {
            dateline = best(ctx.dateline(), null).map(ResolvedPlace::entry).orElse(null);
        }
        return new Anchors(named, countryKeys, dateline, places);
    }

    // ---------------------------------------------------------------- resolution

    private Optional<ResolvedPlace> resolve(String name, Anchors anchors) {
        if (name == null || NameKey.of(name).isEmpty()) return Optional.empty();
        String text = name.strip();
        // a container the name gives itself: "Paris, Texas", "Azerbaijan's Nagorno-Karabakh"
        int comma = text.lastIndexOf(',');
        if (comma > 0 && comma < text.length() - 1) {
            Optional<ResolvedPlace> r = within(text.substring(0, comma), text.substring(comma + 1), anchors);
            if (r.isPresent()) return r;
        }
        Matcher m = POSSESSIVE.matcher(text);
        if (m.matches()) {
            Optional<ResolvedPlace> r = within(m.group(2), m.group(1), anchors);
            if (r.isPresent()) return r;
        }
        return best(text, anchors);
    }

    /** The best candidate of {@code head} inside the place {@code container} names. */
    private Optional<ResolvedPlace> within(String head, String container, Anchors anchors) {
        Optional<ResolvedPlace> outer = best(container.strip(), anchors);
        if (outer.isEmpty()) return Optional.empty();
        GazetteerEntry c = outer.get().entry();
        Optional<ResolvedPlace> inner = best(head.strip(), anchors, e -> contains(c, e));
        return inner.map(r -> new ResolvedPlace(r.entry(), r.precision(), r.score() + 1,
                r.reason() + "; inside " + c.name()));
    }

    private static boolean contains(GazetteerEntry container, GazetteerEntry e) {
        if (container.isCountry()) return container.countryCode().equals(e.countryCode());
        if (container.isAdmin1()) {
            return container.countryCode().equals(e.countryCode()) && container.admin1().equals(e.admin1());
        }
        return container.kmTo(e.lat(), e.lon()) < 300;
    }

    private Optional<ResolvedPlace> best(String name, Anchors anchors) {
        return best(name, anchors, e -> true);
    }

    /**
     * Whether the gazetteer knows the name itself, not only a part of it: "Donetsk region", "Paris, Texas" and
     * "Azerbaijan's Nagorno-Karabakh" are known, "Tanner Street" and "Marrow Technical College" are not (the
     * resolver answers for those with a place their words name).
     */
    public boolean knows(String name) {
        if (name == null || NameKey.of(name).isEmpty()) return false;
        String text = name.strip();
        int comma = text.lastIndexOf(',');
        if (comma > 0 && comma < text.length() - 1 && !named(text.substring(0, comma)).isEmpty()) return true;
        Matcher m = POSSESSIVE.matcher(text);
        if (m.matches() && !named(m.group(2)).isEmpty()) return true;
        return !named(text).isEmpty();
    }

    /** The candidates of a name as a whole, also without words that say what it is ("province of", "city"). */
    private List<GazetteerEntry> named(String name) {
        return named(name, NameKey.of(name), new boolean[1]);
    }

    private List<GazetteerEntry> named(String name, String key, boolean[] regionWord) {
        List<GazetteerEntry> candidates = gazetteer.lookup(name);
        if (candidates.isEmpty()) {
            Matcher r = REGION_WORDS.matcher(key);
            if (r.matches() && !r.group(1).equals(key)) {
                candidates = gazetteer.lookup(r.group(1));
                regionWord[0] = !candidates.isEmpty();
            }
        }
        if (candidates.isEmpty()) {
            Matcher t = TOWN_WORDS.matcher(key);
            if (t.matches() && !t.group(1).equals(key)) candidates = gazetteer.lookup(t.group(1));
        }
        return candidates;
    }

    private Optional<ResolvedPlace> best(String name, Anchors anchors, java.util.function.Predicate<GazetteerEntry> allowed) {
        String key = NameKey.of(name);
        boolean[] regionWords = new boolean[1];
        List<GazetteerEntry> candidates = named(name, key, regionWords);
        boolean regionWord = regionWords[0];
        // regions with a big town of the same name inside ("New York"): a place of the region is no sign the
        // name means the region rather than the town
        Set<String> bigTownRegions = new HashSet<>();
        for (GazetteerEntry e : candidates) {
            if (e.isPopulatedPlace() && e.population() >= 100_000) bigTownRegions.add(e.countryCode() + "." + e.admin1());
        }
        boolean part = false;
        String[] partKey = {key};
        if (candidates.isEmpty()) {
            candidates = partOfName(name, partKey);
            part = !candidates.isEmpty();
        }
        String named = partKey[0];
        boolean townOfThatName = false;
        for (GazetteerEntry e : candidates) {
            townOfThatName |= e.isPopulatedPlace() && e.population() >= 1000 && ownName(e, named);
        }
        ResolvedPlace best = null;
        for (GazetteerEntry e : candidates) {
            if (!allowed.test(e)) continue;
            StringBuilder why = new StringBuilder();
            double score = prior(e, named, why);
            if (townOfThatName && e.isPopulatedPlace() && !ownName(e, named) && !shortForm(e, named)) {
                // a town known by the name only in another language or in the past ("White House" for
                // Casablanca, "Venice" for a suburb) gives way to towns whose own name it is
                score -= ALIAS_PENALTY;
                why.append("; towns of that own name exist");
            }
            if (regionWord && !e.isPopulatedPlace()) {
                score += 0.8;
                why.append("; named as a region");
            }
            double support = anchors == null ? 0
                    : support(e, key, anchors, bigTownRegions.contains(e.countryCode() + "." + e.admin1()), why);
            if (anchors != null && support == 0 && tooFar(e, key, anchors)) continue;
            score += support;
            if (part) {
                score -= 0.5;
                why.append("; from part of the name");
            }
            if (best == null || score > best.score()) {
                best = new ResolvedPlace(e, PlacePrecision.of(e), score, why.toString());
            }
        }
        return Optional.ofNullable(best);
    }

    /** Words that name no place on their own ("North", "New") though they begin place names. */
    private static final Set<String> NOT_ALONE = Set.of("north", "south", "east", "west", "central", "new", "upper",
            "lower", "great", "greater", "saint", "st", "san", "santa", "port", "fort", "mount", "lake", "cape", "old",
            "northern", "southern", "eastern", "western", "united", "republic", "city", "county", "state", "university");

    /**
     * Generic words for a kind of street, building, institution or natural feature ("Street", "Hall", "Church",
     * "Hospital"): a part of a name that is only such a word is no place name, though small towns bear some of
     * them ("Street" in Somerset, "Church" in Lancashire).
     */
    static final Set<String> FEATURE_WORDS = Set.of("street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd",
            "lane", "drive", "way", "square", "place", "plaza", "row", "terrace", "highway", "hall", "church", "chapel",
            "cathedral", "basilica", "mosque", "temple", "synagogue", "hospital", "clinic", "centre", "center", "college",
            "school", "academy", "university", "institute", "elementary", "middle", "high", "court", "courthouse",
            "park", "garden", "gardens", "station", "airport", "port", "bridge", "tower", "towers", "house", "hotel",
            "inn", "theatre", "theater", "cinema", "stadium", "arena", "mall", "market", "club", "office", "embassy",
            "consulate", "ministry", "library", "museum", "gallery", "prison", "jail", "camp", "base", "plant",
            "factory", "farm", "farms", "studio", "studios", "railroad", "railway", "canal", "river", "creek", "lake",
            "mountain", "mountains", "hill", "hills", "island", "islands", "bay", "beach", "point", "bend", "valley",
            "field", "fields", "forest", "wood", "woods", "complex", "building", "cottage", "castle", "palace", "fort",
            "metro", "trust", "company", "group", "foods", "bank", "army", "police", "council", "government",
            "cup", "world", "national", "international", "royal", "federal", "district", "village", "town", "city",
            "hub", "zone", "area", "quarter", "heights", "harbor", "harbour", "pier", "dock", "docks", "reserve",
            "lagoon", "delta", "sea", "ocean", "gulf", "coast", "summit", "union", "congress", "tech", "support");

    /** Whether a word is only a generic word for a kind of street, building or feature. */
    static boolean isFeatureWord(String word) {
        return FEATURE_WORDS.contains(NameKey.of(word));
    }

    /**
     * For a name the gazetteer does not know ("University of California", "Dubai World Cup"), the substantial
     * places (countries, regions, towns of 10,000 or more, admin seats) that its longest known capitalised part
     * names; {@code partKey[0]} is set to that part's key.
     */
    private List<GazetteerEntry> partOfName(String name, String[] partKey) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2 || words.length > 8) return List.of();
        for (int len = words.length - 1; len >= 1; len--) {
            for (int from = 0; from + len <= words.length; from++) {
                String first = words[from];
                if (first.isEmpty() || !Character.isUpperCase(first.codePointAt(0))) continue;
                if (!Character.isUpperCase(words[from + len - 1].codePointAt(0))) continue;
                String part = String.join(" ", java.util.Arrays.copyOfRange(words, from, from + len));
                if (len == 1 && (NOT_ALONE.contains(NameKey.of(part)) || isFeatureWord(part))) continue;
                List<GazetteerEntry> found = new ArrayList<>();
                for (GazetteerEntry e : gazetteer.lookup(part)) if (substantial(e)) found.add(e);
                if (!found.isEmpty()) {
                    partKey[0] = NameKey.of(part);
                    return found;
                }
            }
        }
        return List.of();
    }

    private static boolean substantial(GazetteerEntry e) {
        if (!e.isPopulatedPlace()) return e.isCountry() || e.isAdmin1() || e.geonameid() < 0 || e.featureClass().equals("L");
        return e.population() >= 10_000 || e.featureCode().equals("PPLC") || e.featureCode().equals("PPLA");
    }

    /** How much a town known by a name only as an alternate loses to towns whose own name it is. */
    private static final double ALIAS_PENALTY = 0.5;

    /** Whether the name is the place's own ("St Petersburg" and "Saint Petersburg" being one). */
    private static boolean ownName(GazetteerEntry e, String key) {
        String k = saint(key);
        return saint(NameKey.of(e.name())).equals(k) || saint(NameKey.of(e.asciiName())).equals(k);
    }

    private static String saint(String key) {
        return key.startsWith("st ") ? "saint " + key.substring(3) : key;
    }

    /** Whether the name is a short form of the place's own name ("New York" of "New York City"). */
    private static boolean shortForm(GazetteerEntry e, String key) {
        String own = NameKey.of(e.asciiName());
        return key.length() >= 4 && (own.startsWith(key + " ") || own.endsWith(" " + key));
    }

    /** What the candidate is: countries and regions before towns, populous towns and capitals before hamlets. */
    private static double prior(GazetteerEntry e, String key, StringBuilder why) {
        double p;
        if (e.isCountry()) {
            p = 2.6;
            why.append("country");
        } else if (e.featureCode().equals("CONT")) {
            p = 2.4;
            why.append("continent");
        } else if (e.isAdmin1()) {
            p = 1.3;
            why.append("first-level region");
        } else if (e.isPopulatedPlace()) {
            // 500 inhabitants 0.23, 10,000 0.67, 100,000 1.0, 1 million 1.33, 10 million 1.67
            p = Math.max(0, (Math.log10(e.population() + 10) - 2) / 3);
            switch (e.featureCode()) {
                case "PPLC" -> p += 0.5;
                case "PPLA" -> p += 0.25;
                case "PPLA2" -> p += 0.1;
                case "PPLX" -> p -= 0.3;
                case "PPLH", "PPLQ", "PPLW" -> p -= 1.0;
                default -> { }
            }
            why.append(e.featureCode().equals("PPLC") ? "capital" : "town").append(" of ").append(e.population());
        } else if (e.featureCode().equals("ADM2") && e.geonameid() < 0) {
            // a county of the own table: one that news names on its own ("Kent", "County Cork")
            p = 1.3;
            why.append("county");
        } else if (e.geonameid() < 0 || e.featureClass().equals("L") || e.featureCode().equals("ADMD")) {
            p = 1.6;
            why.append("region");
        } else if (e.featureCode().equals("ADM2")) {
            p = 0.8;
            why.append("second-level region");
        } else {
            p = 0.3;
            why.append(e.featureClass()).append('.').append(e.featureCode());
        }
        if (!e.isPopulatedPlace() || NameKey.of(e.name()).equals(key) || NameKey.of(e.asciiName()).equals(key)) {
            p += 0.3;
        } else if (e.population() >= 100_000) {
            // big cities are known by short forms ("New York" for New York City)
            p += 0.1;
            why.append(", by alternate name");
        } else {
            // small towns known by many spellings carry names of famous places ("Liverpool" for a US town)
            p -= 0.2;
            why.append(", by alternate name");
        }
        return p;
    }

    /** The context bonus: in a named country, in or near the dateline, near or in the region of other places. */
    private static double support(GazetteerEntry e, String key, Anchors a, boolean bigTownInside, StringBuilder why) {
        double s = 0;
        String cc = e.countryCode();
        if (!cc.isEmpty() && a.namesCountry(cc, key)) {
            s += e.isCountry() ? 0.4 : 0.5;
            why.append("; in mentioned country ").append(cc);
        }
        if (a.dateline() != null) {
            GazetteerEntry d = a.dateline();
            if (!cc.isEmpty() && d.countryCode().equals(cc)) {
                s += 0.4;
                why.append("; dateline country");
            }
            if (!e.isCountry() && d.geonameid() != e.geonameid()) {
                double km = e.kmTo(d.lat(), d.lon());
                if (km < 150) {
                    s += km < 50 ? 0.6 : 0.4;
                    why.append("; near dateline ").append(d.name());
                }
            }
        }
        double nearest = Double.MAX_VALUE;
        String nearestName = null;
        boolean sameRegion = false;
        String inside = null;
        for (Anchor anchor : a.places()) {
            if (anchor.key().equals(key)) continue;
            GazetteerEntry x = anchor.entry();
            if (x.geonameid() == e.geonameid() || x.isCountry() || e.isCountry()) continue;
            boolean sameAdmin1 = !cc.isEmpty() && cc.equals(x.countryCode()) && !e.admin1().isEmpty()
                    && e.admin1().equals(x.admin1());
            if (sameAdmin1 && e.isAdmin1() && !x.isAdmin1() && !bigTownInside) {
                inside = x.name();
                continue;
            }
            double km = e.kmTo(x.lat(), x.lon());
            if (km < nearest) {
                nearest = km;
                nearestName = x.name();
            }
            sameRegion |= sameAdmin1;
        }
        if (inside != null) {
            // "Georgia" beside "Atlanta": the region that contains another place of the article
            s += 1.0;
            why.append("; contains ").append(inside);
        }
        if (nearest < 50) s += 0.5;
        else if (nearest < 300) s += 0.25;
        if (nearest < 300) why.append("; near ").append(nearestName);
        if (sameRegion) {
            s += 0.2;
            why.append("; same region as other places");
        }
        return s;
    }

    /**
     * Whether an unsupported candidate is too unlikely to answer with: a small place, when the article's context
     * points elsewhere (countries or places it names, none of them within 1,500 km).
     */
    private static boolean tooFar(GazetteerEntry e, String key, Anchors a) {
        boolean small = e.isPopulatedPlace() ? e.population() < 50_000 : !(e.isCountry() || e.isAdmin1() || e.geonameid() < 0
                || e.featureClass().equals("L"));
        if (!small) return false;
        boolean hasContext = a.dateline() != null || !a.named().isEmpty() || a.places().stream().anyMatch(x -> !x.key().equals(key))
                || a.countryKeys().keySet().stream().anyMatch(c -> a.namesCountry(c, key));
        if (!hasContext) return false;
        if (a.dateline() != null && e.kmTo(a.dateline().lat(), a.dateline().lon()) < 1500) return false;
        for (Anchor x : a.places()) {
            if (!x.key().equals(key) && !x.entry().isCountry() && e.kmTo(x.entry().lat(), x.entry().lon()) < 1500) return false;
        }
        return true;
    }
}
