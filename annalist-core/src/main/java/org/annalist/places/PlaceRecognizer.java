package org.annalist.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Sentence;
import org.annalist.model.Token;

/**
 * Finds the places an article names (toponym recognition), as spans of its text:
 * <ol>
 *   <li>CoreNLP's place entities: maximal runs of LOCATION, COUNTRY, CITY or STATE_OR_PROVINCE tokens, without
 *       leading lower-case words ("north west <u>London</u>"), with a following designator ("<u>Suffolk
 *       County</u>"), a state abbreviation's full stop ("<u>Calif.</u>") and
 *       "<u>Washington, D.C.</u>"; two names side by side become two places ("<u>Greece</u>
 *       <u>Italy</u>");</li>
 *   <li>the words of a {@link PlaceVocabulary}: country and region names, capitals, demonyms ("Russian",
 *       "Nigerians") and languages, which the NER tags MISC or misses, also inside organisation names ("the
 *       <u>Nigerian</u> Association of Chambers of Commerce") and hyphenated words ("anti-<u>Russian</u>");</li>
 *   <li>names the NER tagged as a place elsewhere in the same article, wherever they stand alone: in an
 *       organisation's name ("the <u>Cauvery</u> Management Board"), untagged, or tagged as a person when the
 *       article calls them a place more often than a person;</li>
 *   <li>buildings and campuses named by organisations ("<u>Barclays Center</u>", "<u>University of
 *       Alberta</u>") and road numbers ("the <u>A417</u>").</li>
 * </ol>
 * False friends are left out: vocabulary words the NER tagged as a person ("Georgia Smith"), names the article
 * mostly calls a person, words the vocabulary says are no place ("El Niño"), and seats of government where they
 * stand for the government ("the Kremlin said").
 */
public final class PlaceRecognizer {

    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    /** Longest vocabulary entry, in tokens ("Democratic Republic of the Congo"). */
    private static final int MAX_WORDS = 7;
    /**
     * Words after a place name that belong to it ("Suffolk County") unless a name goes on after them ("Harare
     * City Council"). Not "State": "Lagos State" names the state, "Mississippi State" a university's team.
     */
    private static final Set<String> DESIGNATORS = Set.of("County", "City", "Province", "Parish", "Governorate",
            "Oblast", "Prefecture");
    /** US state abbreviations written with a full stop (AP style), which the tokenizer may split from it at a sentence end. */
    private static final Set<String> ABBREVIATIONS = Set.of("Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla",
            "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev",
            "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo");

    /**
     * Last words of an organisation's name that make it a place: annotation schemes such as GeoWebNews count a
     * campus, a building or a venue named as the place where something happens.
     */
    private static final Set<String> FACILITIES = Set.of("University", "College", "Academy", "Center", "Centre",
            "Hospital", "Stadium", "Arena", "Airport", "Library", "Hotel", "Church", "Cathedral");
    /** First words of "X of Place" names that are places ("University of Alberta", "Bank of Japan"). */
    private static final Set<String> INSTITUTIONS_OF = Set.of("University", "Bank", "Council", "Embassy");
    private static final java.util.regex.Pattern ROAD = java.util.regex.Pattern.compile("[AM][1-9][0-9]{0,3}");
    /** Prepositions that put something at a place. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in", "from", "to", "into", "inside", "outside",
            "near", "on", "around", "across", "toward", "towards");
    /** Tokens before and after a place run to try, as {before, after}, when together they are a vocabulary word. */
    private static final int[][] WIDENINGS = {{1, 0}, {0, 2}, {0, 1}, {2, 0}, {1, 1}};

    /** Towns of at least this many inhabitants are well known (measured on GeoWebNews: 20,000 to 100,000 differ little). */
    public static final long WELL_KNOWN_POPULATION = 50_000;

    private final PlaceVocabulary vocabulary;
    private final java.util.function.Predicate<String> wellKnown;

    /** @param vocabulary the words that name places whatever the NER says */
    public PlaceRecognizer(PlaceVocabulary vocabulary) {
        this(vocabulary, name -> false);
    }

    /**
     * @param vocabulary the words that name places whatever the NER says
     * @param wellKnown  whether a name is a well-known place (a country, a region, a large town: see
     *                   {@link #wellKnownIn(Gazetteer, long)}), which makes it a place where it begins or is an
     *                   organisation's name ("the <u>Washington</u> Post", "<u>Liverpool</u> won")
     */
    public PlaceRecognizer(PlaceVocabulary vocabulary, java.util.function.Predicate<String> wellKnown) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.wellKnown = Objects.requireNonNull(wellKnown, "wellKnown");
    }

    /** The words that name places whatever the NER says. */
    public PlaceVocabulary vocabulary() {
        return vocabulary;
    }

    /**
     * Well-known places of a gazetteer: countries, first-level regions and towns of at least {@code population},
     * by their own name as written (not an alternate name or abbreviation: "CMB" is no place in a text).
     */
    public static java.util.function.Predicate<String> wellKnownIn(Gazetteer gazetteer, long population) {
        return name -> gazetteer.lookup(name).stream().anyMatch(e -> (e.name().equals(name) || e.asciiName().equals(name))
                && (e.isCountry() || e.isAdmin1() || e.isPopulatedPlace() && e.population() >= population));
    }

    /**
     * The places the article names, in text order; spans never overlap.
     *
     * @param article an annotated article
     * @return the mentions, offsets into {@code article.article().text()}
     */
    public List<PlaceMention> recognize(AnnotatedArticle article) {
        String text = article.article().text();
        List<PlaceMention> out = new ArrayList<>();
        Map<String, Integer> persons = personVotes(text, article.sentences());
        Map<String, Integer> nerPlaces = new HashMap<>();
        List<boolean[]> covered = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            boolean[] used = new boolean[s.size()];
            covered.add(used);
            for (int i = 0; i < s.size(); i++) {
                if (s.token(i).ner().equals("ORGANIZATION") && !used[i]) {
                    int j = i;
                    while (j + 1 < s.size() && s.token(j + 1).ner().equals("ORGANIZATION")) j++;
                    if (isFacility(s, i, j)) {
                        mark(used, i, j);
                        out.add(mention(text, s, i, j));
                    } else {
                        // "Liverpool" (the club), "the Washington Post": the name or its first words
                        int b = i < j && s.token(i).text().equalsIgnoreCase("the") ? i + 1 : i;
                        for (int e = Math.min(j, b + 2); e >= b; e--) {
                            if (!isCapitalised(s.token(e)) || !wellKnown.test(words(text, s, b, e))) continue;
                            mark(used, b, e);
                            out.add(extend(text, s, b, e, used));
                            break;
                        }
                    }
                    i = j;
                    continue;
                }
                if (!isPlace(s.token(i)) || used[i]) continue;
                int j = i;
                while (j + 1 < s.size() && isPlace(s.token(j + 1))) j++;
                // "South" + "Korea", "Bosnia" + "and Herzegovina", "New" + "Jersey"
                for (int[] w : WIDENINGS) {
                    int a = i - w[0];
                    int b = j + w[1];
                    if (a < 0 || b >= s.size() || used[a] || s.token(a).text().equalsIgnoreCase("the")) continue;
                    if (vocabulary.kind(words(text, s, a, b)) != null) {
                        i = a;
                        j = b;
                        break;
                    }
                }
                if (i > 0 && !used[i - 1] && (s.token(i - 1).text().equals("New") || s.token(i - 1).text().equals("NEW"))) i--;
                mark(used, i, j);
                for (PlaceMention m : shape(text, s, i, j, used)) {
                    out.add(m);
                    nerPlaces.merge(m.text(), 1, Integer::sum);
                }
                i = j;
            }
        }
        for (int si = 0; si < article.sentences().size(); si++) {
            Sentence s = article.sentences().get(si);
            boolean[] used = covered.get(si);
            for (int i = 0; i < s.size(); i++) {
                if (used[i]) continue;
                int j = longestMatch(text, s, i, used, nerPlaces, persons);
                if (j < 0 && isRoadNumber(s, i)) j = i;
                if (j >= 0) {
                    mark(used, i, j);
                    out.add(extend(text, s, i, j, used));
                    i = j;
                } else if (s.token(i).text().indexOf('-') > 0 && !s.token(i).ner().equals("PERSON")) {
                    out.addAll(hyphenParts(text, s, s.token(i)));
                }
            }
        }
        // a name the NER mostly calls a person is one where it once called it a place ("Matiangi")
        out.removeIf(m -> vocabulary.isNotAPlace(m.text())
                || vocabulary.kind(m.text()) == null && persons.getOrDefault(m.text(), 0) > nerPlaces.getOrDefault(m.text(), 0)
                || vocabulary.isSeatOfGovernment(m.text()) && !isWhereSomethingHappens(article.sentences().get(m.sentence()), m));
        out.sort(Comparator.comparingInt(PlaceMention::start));
        return out;
    }

    /** Whether token i is a British road number after "the", "via", a comma or "and" ("the A417", "via the A436, A40"). */
    private static boolean isRoadNumber(Sentence s, int i) {
        if (i == 0 || !ROAD.matcher(s.token(i).text()).matches()) return false;
        String before = s.token(i - 1).text().toLowerCase(java.util.Locale.ROOT);
        return before.equals("the") || before.equals("via") || before.equals(",") || before.equals("and");
    }

    /** Whether the words stand after a preposition of place ("at the White House", "from the Kremlin"). */
    private static boolean isWhereSomethingHappens(Sentence s, PlaceMention m) {
        int first = -1;
        for (Token t : s.tokens()) {
            if (t.start() == m.start()) first = t.index();
        }
        int k = first - 1;
        if (k >= 0 && s.token(k).text().equalsIgnoreCase("the")) k--;
        return k >= 0 && PLACE_PREPOSITIONS.contains(s.token(k).text().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether organisation tokens i..j name a building or campus ("Barclays Center", "University of Alberta"). */
    private static boolean isFacility(Sentence s, int i, int j) {
        if (j == i) return false;
        if (FACILITIES.contains(s.token(j).text())) return true;
        return INSTITUTIONS_OF.contains(s.token(i).text()) && s.token(i + 1).text().equals("of") && j > i + 1;
    }

    /** The places of one NER place run i..j (its tokens already marked used). */
    private List<PlaceMention> shape(String text, Sentence s, int i, int j, boolean[] used) {
        // "north west London", but not "al-Tanf"
        while (i < j && !isCapitalised(s.token(i)) && s.token(i + 1).start() > s.token(i).end()) i++;
        if (!isCapitalised(s.token(i)) && !isCapitalised(s.token(j))) return List.of();
        if (i == j && s.token(i).text().indexOf('-') > 0 && vocabulary.kind(s.token(i).text()) == null) {
            List<PlaceMention> parts = hyphenParts(text, s, s.token(i));
            if (!parts.isEmpty()) return parts;
        }
        if (j > i && vocabulary.kind(words(text, s, i, j)) == null) {
            List<PlaceMention> names = partition(text, s, i, j);
            if (!names.isEmpty()) return names;
        }
        return List.of(extend(text, s, i, j, used));
    }

    /** Tokens i..j as two or more vocabulary names side by side, or empty when they are not. */
    private List<PlaceMention> partition(String text, Sentence s, int i, int j) {
        List<PlaceMention> out = new ArrayList<>();
        int k = i;
        while (k <= j) {
            int end = -1;
            for (int e = j; e >= k && end < 0; e--) {
                if (vocabulary.kind(words(text, s, k, e)) != null) end = e;
            }
            if (end < 0) return List.of();
            out.add(mention(text, s, k, end));
            k = end + 1;
        }
        return out;
    }

    /** The mention of tokens i..j with the words after it that belong to the name, marking them used. */
    private PlaceMention extend(String text, Sentence s, int i, int j, boolean[] used) {
        int n = s.size();
        if (j + 1 < n && !used[j + 1] && DESIGNATORS.contains(s.token(j + 1).text())
                && vocabulary.kind(s.token(j).text()) != PlaceVocabulary.Kind.DEMONYM
                && (j + 2 >= n || !isCapitalised(s.token(j + 2)))) {
            j++;
        } else if (j + 2 < n && !used[j + 2] && s.token(j + 1).text().equals(",")
                && (s.token(j + 2).text().equals("D.C.") || s.token(j + 2).text().equals("DC"))) {
            j += 2;
        }
        mark(used, i, j);
        int end = s.token(j).end();
        if (ABBREVIATIONS.contains(s.token(j).text()) && j + 1 < n && s.token(j + 1).text().equals(".")
                && s.token(j + 1).start() == end) {
            end = s.token(j + 1).end();
        }
        int start = s.token(i).start();
        return new PlaceMention(text.substring(start, end), start, end, s.index());
    }

    /** The parts of a hyphenated token that are vocabulary words ("anti-Russian", "Asia-Pacific"). */
    private List<PlaceMention> hyphenParts(String text, Sentence s, Token t) {
        List<PlaceMention> out = new ArrayList<>();
        int from = t.start();
        for (String part : text.substring(t.start(), t.end()).split("-", -1)) {
            int start = from;
            from += part.length() + 1;
            if (part.isEmpty() || !Character.isUpperCase(part.codePointAt(0))) continue;
            if (vocabulary.kind(part) != null) out.add(new PlaceMention(part, start, start + part.length(), s.index()));
        }
        return out;
    }

    /**
     * The last token of the longest vocabulary or article-place match starting at token i, or -1. A vocabulary
     * word the NER calls a person is a false friend ("Georgia Meyers"); a name the article elsewhere calls a place
     * is a place wherever it stands alone, even where the NER took it for a person or an organisation.
     */
    private int longestMatch(String text, Sentence s, int i, boolean[] used, Map<String, Integer> nerPlaces,
                             Map<String, Integer> persons) {
        if (!isCapitalised(s.token(i))) return -1;
        for (int j = Math.min(s.size() - 1, i + MAX_WORDS - 1); j >= i; j--) {
            boolean blocked = false;
            boolean person = false;
            for (int k = i; k <= j; k++) {
                blocked |= used[k];
                person |= s.token(k).ner().equals("PERSON");
            }
            if (blocked) continue;
            String words = words(text, s, i, j);
            PlaceVocabulary.Kind kind = vocabulary.kind(words);
            if (kind != null && (!person || kind == PlaceVocabulary.Kind.DEMONYM && isWholePersonName(s, i, j))) return j;
            int placeVotes = nerPlaces.getOrDefault(words, 0);
            if (placeVotes > 0 && (!person || isWholePersonName(s, i, j) && placeVotes > persons.getOrDefault(words, 0))) {
                return j;
            }
        }
        return -1;
    }

    /** How often each person name and each word of one is tagged PERSON in the article. */
    private static Map<String, Integer> personVotes(String text, List<Sentence> sentences) {
        Map<String, Integer> votes = new HashMap<>();
        for (Sentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                if (!s.token(i).ner().equals("PERSON")) continue;
                int j = i;
                while (j + 1 < s.size() && s.token(j + 1).ner().equals("PERSON")) j++;
                if (j > i) votes.merge(words(text, s, i, j), 1, Integer::sum);
                for (int k = i; k <= j; k++) votes.merge(s.token(k).text(), 1, Integer::sum);
                i = j;
            }
        }
        return votes;
    }

    /** Whether tokens i..j are a whole person name: no person token before or after them. */
    private static boolean isWholePersonName(Sentence s, int i, int j) {
        return (i == 0 || !s.token(i - 1).ner().equals("PERSON")) && (j + 1 >= s.size() || !s.token(j + 1).ner().equals("PERSON"));
    }

    private static boolean isCapitalised(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0));
    }

    private static boolean isPlace(Token t) {
        return PLACE_TAGS.contains(t.ner());
    }

    private static String words(String text, Sentence s, int i, int j) {
        return text.substring(s.token(i).start(), s.token(j).end());
    }

    private static PlaceMention mention(String text, Sentence s, int i, int j) {
        int start = s.token(i).start();
        int end = s.token(j).end();
        return new PlaceMention(text.substring(start, end), start, end, s.index());
    }

    private static void mark(boolean[] used, int i, int j) {
        for (int k = i; k <= j; k++) used[k] = true;
    }
}
