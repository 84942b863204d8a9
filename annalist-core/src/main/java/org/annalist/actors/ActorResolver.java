package org.annalist.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Dependency;
import org.annalist.model.Sentence;
import org.annalist.model.Span;
import org.annalist.model.Token;

/**
 * Finds the actors of each sentence and gives them CAMEO codes.
 *
 * <p>Dictionary phrases are matched over the tokens (whole words, case-insensitive, longest phrase first); an
 * earlier dictionary takes precedence over later ones: its phrases claim their words first. Built-in names must be
 * capitalised as names are ("turkey" is no country) and acronyms written in capitals ("us" is no country),
 * unless the whole article is written without capitals. The matches of one noun phrase (found by climbing
 * compound, amod, nmod:poss and flat edges of the dependency tree) are composed into one actor: a country or
 * named actor gives the base code and role words (agents) add their role codes, e.g. "Azerbaijani troops" =
 * AZE + MIL, "Russia's foreign ministry" = RUS + GOV, "MSF Arnor diplomat" = NGO + ARN + GOV. Coordinated
 * countries share the role ("Armenian and Azerbaijani troops" = ARMMIL and AZEMIL, one mention with both
 * codes). A noun phrase with a role but no actor takes the actor of an attached "of" phrase ("President of
 * Russia"; for agents also "from" and "in": "soldiers from Gondor"), or of a coordinated role phrase ("Danish
 * media and government" = DNKMED, DNKGOV), else the unknown country {@code ---} ("---GOV"), as PETRARCH does.
 *
 * <p>Decisions (CAMEO leaves them open):
 * <ul>
 *   <li>a defence ministry or minister is MIL (it speaks for the armed forces), other ministries GOV;</li>
 *   <li>protesters and demonstrators are CVL (ordinary people unless a party or movement is named), activists
 *       and the opposition OPP;</li>
 *   <li>a plain government role (officials, spokesman, leader) next to another role takes that role's sector
 *       ("military officials" = MIL, "rebel leader" = REB), and is not added to an international organisation
 *       ("UN spokesman" = IGOUNO);</li>
 *   <li>a former holder of a government role is an elite (ELI): "former Georgian president" = GEOELI;</li>
 *   <li>with a gazetteer ({@link #withPlaces}), a role named with a place no dictionary knows takes the place's
 *       country ("Darfur rebels" = SDNREB, "police in Kirkuk" = IRQCOP);</li>
 *   <li>a people named by a plural demonym takes the country of an attached place ("the Albanians of southern
 *       Serbia" = SRB); "ethnic Albanians" are a minority of a country the phrase does not name ({@code ---});</li>
 *   <li>a role word used as an adjective of a thing ("official figures", "military base") is no actor;</li>
 *   <li>a country glued to a hyphen ("Russian-backed separatists") is reported on its own and does not give its
 *       code to the phrase: the separatists are ---SEP, not RUSSEP.</li>
 * </ul>
 *
 * <p>Appositions: a role phrase in apposition to a person's name belongs to the name's phrase ("Nikol Pashinyan,
 * Armenia's prime minister" = ARMGOV, headed by the name), and a name no dictionary knows in apposition after a role
 * joins the role's phrase ("his Iranian counterpart, Mostafa Najjar" = IRNGOV). A possessive pronoun keeps a place
 * from giving its country to a role ("its forces in Lebanon" are not Lebanon's).
 *
 * <p>People: names found in the people dictionary are coded at the article date (a former office holder gets
 * their country only, see {@link BuiltInDictionaries#readPeople}). A surname alone counts only after the full
 * name, after a title, or while the person holds office at the article date (in an undated article: an office
 * with no end date), so that "Johnson" is not taken for a prime minister. A person introduced with a title
 * ("Armenian Prime Minister Nikol Pashinyan") keeps that code when the article names them again
 * ("Pashinyan"). A surname several people share goes to the one the article named in full, else to the one in
 * office at the article date ("Traore" in 2023 is Burkina Faso's president, not Mali's interim president of
 * 2012). "The two leaders" ("both leaders", "the two presidents") after exactly two coded people gets
 * both codes. Other PERSON and ORGANIZATION names are kept with no code ({@link ActorMention.Kind#UNCODED}); a
 * name in brackets after a coded actor ("European Union (EU)") takes its codes. Pronouns are not resolved and
 * not emitted.
 *
 * <p>Mentions of one sentence do not nest: an actor that becomes part of a larger noun phrase (the "Russia" of
 * "President of Russia") is reported only as that phrase, whose {@link ActorMention#head()} is the phrase's
 * head noun. Instances are immutable and thread-safe.
 */
public final class ActorResolver {

    private final List<ActorDictionary> extra;
    private final List<ActorDictionary> builtIns;
    private final List<ActorDictionary> all;
    /** ISO2 code of the country a place name lies in, or null; null when no gazetteer is given. */
    private final UnaryOperator<String> placeCountry;

    /**
     * A resolver over the given dictionaries only; earlier dictionaries take precedence over later ones (their
     * phrases claim the words first, see {@link #resolve}).
     */
    public ActorResolver(List<ActorDictionary> dictionaries) {
        this(dictionaries, List.of());
    }

    private ActorResolver(List<ActorDictionary> extra, List<ActorDictionary> builtIns) {
        this(extra, builtIns, null);
    }

    private ActorResolver(List<ActorDictionary> extra, List<ActorDictionary> builtIns, UnaryOperator<String> placeCountry) {
        this.placeCountry = placeCountry;
        this.extra = List.copyOf(extra);
        this.builtIns = List.copyOf(builtIns);
        List<ActorDictionary> a = new ArrayList<>(this.extra);
        a.addAll(this.builtIns);
        this.all = List.copyOf(a);
    }

    /** A resolver over Annalist's built-in dictionaries ({@link BuiltInDictionaries#load()}). */
    public static ActorResolver builtIn() {
        return new ActorResolver(List.of(), BuiltInDictionaries.load());
    }

    /**
     * A resolver that consults {@code dictionaries} first (e.g. a record's PETRARCH dictionaries), then this
     * resolver's dictionaries, or only {@code dictionaries} when {@code replaceBuiltIns} is true. Role words come
     * from one vocabulary: when {@code dictionaries} define agents, the built-in agents are left out (their
     * conventions differ: PETRARCH's suite has no "mayor" or "leaders"), while built-in countries,
     * organisations and people still add the actors the given dictionaries lack.
     */
    public ActorResolver withDictionaries(List<ActorDictionary> dictionaries, boolean replaceBuiltIns) {
        if (replaceBuiltIns) return new ActorResolver(dictionaries, List.of(), placeCountry);
        List<ActorDictionary> e = new ArrayList<>(dictionaries);
        e.addAll(extra);
        boolean ownRoles = dictionaries.stream().anyMatch(ActorResolver::hasAgents);
        List<ActorDictionary> kept = new ArrayList<>();
        for (ActorDictionary b : builtIns) if (!(ownRoles && onlyAgents(b))) kept.add(b);
        return new ActorResolver(e, kept, placeCountry);
    }

    /**
     * This resolver with a gazetteer for roles named by a place no dictionary knows: "Darfur rebels" and "police
     * in Kirkuk" take the country the place lies in (SDNREB, IRQCOP) instead of the unknown country.
     *
     * @param placeCountry the ISO 3166-1 alpha-2 code of the country a place name lies in, or null when unknown
     */
    public ActorResolver withPlaces(UnaryOperator<String> placeCountry) {
        return new ActorResolver(extra, builtIns, placeCountry);
    }

    private static boolean hasAgents(ActorDictionary d) {
        return d.entries().stream().anyMatch(ActorDictionary.Entry::isAgent);
    }

    private static boolean onlyAgents(ActorDictionary d) {
        return !d.entries().isEmpty() && d.entries().stream().allMatch(ActorDictionary.Entry::isAgent);
    }

    /** The dictionaries in precedence order. */
    public List<ActorDictionary> dictionaries() {
        return all;
    }

    /**
     * The discard phrase of any dictionary that a sentence contains (PETRARCH discards: a sentence, or with
     * {@link ActorDictionary.Discard#wholeStory()} the whole story, that yields no event), if any.
     */
    public Optional<ActorDictionary.Discard> discard(Sentence sentence) {
        List<String> words = new ArrayList<>();
        for (Token t : sentence.tokens()) words.add(ActorDictionary.normalize(t.text()));
        for (ActorDictionary d : all) {
            Optional<ActorDictionary.Discard> found = d.findDiscard(words);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    /**
     * The actor mentions of each sentence of the article, one list per sentence in sentence order, each sorted
     * by position. Date-restricted codes are taken at {@code article.article().date()} (undated codes when the
     * article has no date).
     */
    public List<List<ActorMention>> resolve(AnnotatedArticle article) {
        LocalDate date = article.article().date();
        ArticleMemory memory = new ArticleMemory();
        memory.caseless = isCaseless(article);
        List<List<ActorMention>> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            out.add(new SentenceResolution(s, date, memory, article.article().text()).resolve());
        }
        return out;
    }

    /**
     * True for an article written without capitals (some feeds lower-case everything): names must then match
     * in any case, since "india" is all the text offers.
     */
    static boolean isCaseless(AnnotatedArticle article) {
        int words = 0;
        int capitalised = 0;
        for (Sentence s : article.sentences()) {
            for (int i = 1; i < s.size(); i++) {
                String t = s.token(i).text();
                if (t.isEmpty() || !Character.isLetter(t.codePointAt(0))) continue;
                words++;
                if (Character.isUpperCase(t.codePointAt(0))) capitalised++;
            }
        }
        return words >= 20 && capitalised * 50 < words;
    }

    // ------------------------------------------------------------------------------------------ composition

    /**
     * Applies an agent's role code to an actor code. {@code ~ROLE} is appended unless the code already holds
     * those blocks (aligned on 3 characters after the country) or ends with their beginning; {@code ROLE~} is
     * put in front (replacing an unknown country {@code ---}) unless the code already starts with it.
     */
    static String applyAgent(String code, String agent) {
        if (agent.startsWith("~")) {
            String role = agent.substring(1);
            for (int k = 3; k + role.length() <= code.length(); k += 3) {
                if (code.startsWith(role, k)) return code;
            }
            for (int overlap = Math.min(role.length() - 3, code.length() - 3) / 3 * 3; overlap >= 3; overlap -= 3) {
                if (code.endsWith(role.substring(0, overlap))) return code + role.substring(overlap);
            }
            return code + role;
        }
        String role = agent.substring(0, agent.length() - 1);
        String base = code.startsWith("---") ? code.substring(3) : code;
        return base.startsWith(role) ? base : role + base;
    }

    /** People coded so far in the article, for later mentions by surname and for "the two leaders". */
    private static final class ArticleMemory {
        final Map<String, List<String>> byName = new HashMap<>();
        final LinkedHashMap<String, List<String>> people = new LinkedHashMap<>();
        final Map<String, List<String>> acronyms = new HashMap<>();
        final Set<String> establishedPeople = new HashSet<>();
        boolean caseless;

        /**
         * Remembers a coded person under their name as written and their surname; {@code who} identifies the
         * person (a dictionary's canonical name, else the name as written) so that "Nikol Pashinyan" and a later
         * "Pashinyan" count as one of "the two leaders".
         */
        void remember(String who, List<String> nameWords, List<String> codes) {
            if (nameWords.isEmpty() || codes.isEmpty()) return;
            String full = String.join(" ", nameWords);
            byName.put(full, codes);
            byName.put(nameWords.get(nameWords.size() - 1), codes);
            people.put(who == null ? full : who, codes);
        }

        List<String> lookup(List<String> nameWords) {
            List<String> c = byName.get(String.join(" ", nameWords));
            if (c == null) c = byName.get(nameWords.get(nameWords.size() - 1));
            return c;
        }
    }

    private static String capitalised(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }

    /** A dictionary match in a sentence: tokens [start, end), the entry and its codes at the article date. */
    private record Hit(int start, int end, ActorDictionary.Entry entry, List<String> codes, boolean partial) {
        int length() {
            return end - start;
        }

        boolean isAgent() {
            return entry.isAgent();
        }
    }

    private static final Set<String> NP_RELATIONS = Set.of("compound", "amod", "nmod:poss", "flat", "flat:name",
            "compound:prt", "nummod", "det:poss");
    /** CAMEO's international generic prefixes (IGO, NGO, ...): organisations that are not a state. */
    private static final List<String> INTERNATIONAL = List.of("IGO", "NGO", "NGM", "IMG", "INT", "MNC", "UIS");
    /** NER tags of place names. */
    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    /** The built-in demonyms, to tell a people ("Albanians") from a country's name. */
    private static final CountryNames DEMONYMS = CountryNames.builtIn();
    private static final Set<String> LEADER_WORDS = Set.of("leaders", "presidents", "premiers", "ministers",
            "heads", "sides");

    private final class SentenceResolution {
        final Sentence s;
        final LocalDate date;
        final ArticleMemory memory;
        final String text;
        final List<String> words = new ArrayList<>();
        final List<String> original = new ArrayList<>();
        final Hit[] hitAt;
        final boolean hasTree;

        SentenceResolution(Sentence s, LocalDate date, ArticleMemory memory, String text) {
            this.s = s;
            this.date = date;
            this.memory = memory;
            this.text = text;
            for (Token t : s.tokens()) {
                words.add(ActorDictionary.normalize(t.text()));
                // without capitals in the article, any word may be a name, but an acronym ("WHO") still needs capitals
                original.add(memory.caseless ? capitalised(t.text()) : t.text());
            }
            hitAt = new Hit[s.size()];
            hasTree = !s.dependencies().isEmpty();
        }

        List<ActorMention> resolve() {
            List<Hit> hits = dropAdjectivalRoles(match());
            List<ActorMention> out = new ArrayList<>();
            Set<Integer> used = new HashSet<>();
            // noun phrases: matches grouped under their noun-phrase head
            Map<Integer, List<Hit>> groups = new TreeMap<>();
            List<Hit> partials = new ArrayList<>();
            for (Hit h : hits) {
                if (h.partial()) partials.add(h);
                else groups.computeIfAbsent(npHead(hitHead(h)), k -> new ArrayList<>()).add(h);
            }
            Map<Integer, Composition> compositions = new LinkedHashMap<>();
            for (var g : groups.entrySet()) compositions.put(g.getKey(), new Composition(g.getKey(), g.getValue()));
            for (Composition c : compositions.values()) c.attachOf(compositions);
            for (Composition c : compositions.values()) c.peopleOfAPlace(compositions);
            for (Composition c : compositions.values()) c.placeOfRole();
            for (Composition c : compositions.values()) c.inheritFromConjunct(compositions);
            for (Composition c : compositions.values()) {
                if (c.absorbed) continue;
                ActorMention m = c.toMention();
                out.add(m);
                for (int i = m.firstToken(); i <= m.lastToken(); i++) used.add(i);
            }
            for (Hit h : partials) {
                if (used.contains(h.start())) continue;
                out.add(mention(h.start(), h.end() - 1, h.start(), h.codes(), h.entry().kind()));
                used.add(h.start());
            }
            addNamedEntities(out, used);
            out.sort(Comparator.comparingInt(ActorMention::firstToken)
                    .thenComparing(Comparator.comparingInt(ActorMention::lastToken).reversed()));
            // a parse that puts one phrase inside another's span keeps the outer one
            List<ActorMention> kept = new ArrayList<>();
            for (ActorMention m : out) {
                ActorMention prev = kept.isEmpty() ? null : kept.get(kept.size() - 1);
                if (prev != null && m.firstToken() >= prev.firstToken() && m.lastToken() <= prev.lastToken()) continue;
                kept.add(m);
            }
            return kept;
        }

        /**
         * A role word used as an adjective of a word that is not a role ("official figures", "military base") names
         * no actor; as an adjective of a role ("military officials") it still counts.
         */
        List<Hit> dropAdjectivalRoles(List<Hit> hits) {
            if (!hasTree) return hits;
            List<Hit> out = new ArrayList<>();
            for (Hit h : hits) {
                boolean adjective = h.isAgent() && !h.partial();
                for (int k = h.start(); k < h.end(); k++) if (!s.token(k).pos().startsWith("JJ")) adjective = false;
                if (h.isAgent() && h.length() == 1) {
                    for (Dependency d : s.parents(h.start())) if (d.relation().equals("amod")) adjective = true;
                }
                if (adjective) {
                    int head = npHead(hitHead(h));
                    Hit headHit = head >= h.start() && head < h.end() ? h : hitAt[head];
                    if (headHit == null || !headHit.isAgent()) {
                        for (int k = h.start(); k < h.end(); k++) hitAt[k] = null;
                        continue;
                    }
                }
                out.add(h);
            }
            return out;
        }

        /**
         * Dictionary matches in precedence order: each dictionary in turn claims its longest phrases among the
         * words earlier dictionaries left free, so a record's own dictionary decides over a longer built-in
         * phrase ("International Monetary Fund" where the record codes "Monetary Fund"). Words still free may
         * then match by the parts of a hyphenated token ("Russian-backed").
         */
        List<Hit> match() {
            List<Hit> hits = new ArrayList<>();
            boolean[] claimed = new boolean[words.size()];
            for (ActorDictionary d : all) {
                int i = 0;
                while (i < words.size()) {
                    Optional<ActorDictionary.Match> found = claimed[i] ? Optional.empty() : bestAt(d, i);
                    if (found.isEmpty() || !free(claimed, found.get())) {
                        i++;
                        continue;
                    }
                    ActorDictionary.Match best = found.get();
                    if (best.entry().kind() == ActorMention.Kind.PERSON) memory.establishedPeople.add(best.entry().label());
                    // "Russian-backed", "pro-Russian" split into tokens: the actor is named, but does not head the phrase
                    boolean glued = !best.entry().isAgent() && (gluedHyphen(best.end() - 1, best.end())
                            || gluedHyphen(best.start(), best.start() - 1));
                    Hit h = new Hit(best.start(), best.end(), best.entry(), best.entry().codesAt(date), glued);
                    hits.add(h);
                    for (int k = h.start(); k < h.end(); k++) {
                        claimed[k] = true;
                        if (!glued) hitAt[k] = h;
                    }
                    i = best.end();
                }
            }
            for (int i = 0; i < words.size(); i++) {
                if (claimed[i]) continue;
                Hit part = partialMatch(i);
                if (part != null) hits.add(part);
            }
            hits.sort(Comparator.comparingInt(Hit::start));
            return hits;
        }

        /**
         * The longest phrase of {@code d} at word {@code i} that fits the named entities. When several people share
         * it (a surname), the one the article already named in full is taken, else one in office at the article
         * date, else the first in file order.
         */
        private Optional<ActorDictionary.Match> bestAt(ActorDictionary d, int i) {
            ActorDictionary.Match best = null;
            int bestRank = Integer.MAX_VALUE;
            for (ActorDictionary.Match m : d.longestMatchesAt(words, original, i)) {
                if (!fitsEntities(m)) continue;
                int rank = m.entry().kind() != ActorMention.Kind.PERSON || memory.establishedPeople.contains(m.entry().label())
                        ? 0 : holdsOffice(m.entry()) ? 1 : 2;
                if (rank < bestRank) {
                    best = m;
                    bestRank = rank;
                }
                if (rank == 0) break;
            }
            return Optional.ofNullable(best);
        }

        private static boolean free(boolean[] claimed, ActorDictionary.Match m) {
            for (int k = m.start(); k < m.end(); k++) if (claimed[k]) return false;
            return true;
        }

        /** True when a role word of any dictionary ends right before token {@code start} ("President Trump"). */
        private boolean titleBefore(int start) {
            for (int k = Math.max(0, start - 4); k < start; k++) {
                for (ActorDictionary d : all) {
                    Optional<ActorDictionary.Match> m = d.longestAt(words, original, k);
                    if (m.isPresent() && m.get().entry().isAgent() && m.get().end() == start) return true;
                }
            }
            return false;
        }

        /**
         * A person's name must not be a date or place to the NER ("May" the month, "Austin" the city). A one-word
         * name (a surname alias) must be tagged as a person, or (the NER often takes a lone surname for an
         * organisation) follow the full name earlier in the article.
         */
        private boolean fitsEntities(ActorDictionary.Match m) {
            if (m.entry().kind() != ActorMention.Kind.PERSON) return true;
            for (int k = m.start(); k < m.end(); k++) {
                String ner = s.token(k).ner();
                boolean nameLike = ner.equals("PERSON") || ner.equals("O") || ner.equals("MISC");
                if (m.length() == 1) {
                    nameLike = ner.equals("PERSON")
                            || ner.equals("ORGANIZATION") && memory.establishedPeople.contains(m.entry().label());
                }
                if (!nameLike) return false;
            }
            return m.length() > 1 || surnameRefersToThem(m);
        }

        /**
         * A surname alone ("Johnson") is taken for the dictionary's person only when the article already named
         * them in full, a title stands before it ("President Trump"), or they held an office at the article date
         * (in an undated article: they hold an office with no end date).
         */
        private boolean surnameRefersToThem(ActorDictionary.Match m) {
            if (memory.establishedPeople.contains(m.entry().label())) return true;
            if (titleBefore(m.start())) return true;
            return holdsOffice(m.entry());
        }

        /** True when the person held an office at the article date (in an undated article: holds one with no end). */
        private boolean holdsOffice(ActorDictionary.Entry e) {
            if (date == null) {
                // an undated article is most likely recent: someone still in office is the likely referent
                for (ActorDictionary.CodeRestriction r : e.restrictions()) {
                    if (r.to() == null && r.from() != null && !r.codes().isEmpty() && r.codes().get(0).length() > 3) return true;
                }
                return false;
            }
            List<String> codes = e.codesAt(date);
            // outside their roles a person's code is their bare country (three letters)
            return !codes.isEmpty() && codes.get(0).length() > 3;
        }

        /** True when token {@code hyphen} is a "-" written without blanks between token {@code word} and it. */
        private boolean gluedHyphen(int word, int hyphen) {
            if (hyphen < 0 || hyphen >= s.size() || word < 0 || word >= s.size()) return false;
            Token h = s.token(hyphen);
            if (!h.text().equals("-")) return false;
            Token w = s.token(word);
            return word < hyphen ? w.end() == h.start() && hyphen + 1 < s.size() && s.token(hyphen + 1).start() == h.end()
                    : h.end() == w.start() && hyphen > 0 && s.token(hyphen - 1).end() == h.start();
        }

        private Hit partialMatch(int i) {
            String w = original.get(i);
            if (w.indexOf('-') <= 0 || w.endsWith("-")) return null;
            List<String> codes = new ArrayList<>();
            ActorDictionary.Entry first = null;
            for (String part : w.split("-")) {
                if (part.isEmpty()) continue;
                List<String> one = List.of(ActorDictionary.normalize(part));
                for (ActorDictionary d : all) {
                    Optional<ActorDictionary.Match> m = d.longestAt(one, List.of(memory.caseless ? capitalised(part) : part), 0);
                    if (m.isPresent() && !m.get().entry().isAgent()) {
                        if (first == null) first = m.get().entry();
                        for (String c : m.get().entry().codesAt(date)) if (!codes.contains(c)) codes.add(c);
                        break;
                    }
                }
            }
            return first == null ? null : new Hit(i, i + 1, first, codes, true);
        }

        /** The token of a match that its other tokens depend on (the last token without a tree). */
        int hitHead(Hit h) {
            if (!hasTree) return h.end() - 1;
            int head = h.end() - 1;
            for (int k = h.end() - 1; k >= h.start(); k--) {
                boolean inside = false;
                for (Dependency d : s.parents(k)) if (d.governor() >= h.start() && d.governor() < h.end()) inside = true;
                if (!inside) {
                    head = k;
                    break;
                }
            }
            return head;
        }

        /** Climbs compound / amod / possessive / flat edges to the head of the noun phrase. */
        int npHead(int token) {
            if (!hasTree) return adjacentHead(token);
            int cur = token;
            for (int step = 0; step < 12; step++) {
                // a phrase climbs as a unit: landing inside another match continues from that match's head
                Hit inside = hitAt[cur];
                if (inside != null) cur = hitHead(inside);
                Integer up = null;
                for (Dependency d : s.parents(cur)) {
                    if (d.governor() >= 0 && (NP_RELATIONS.contains(d.relation()) || roleOfAName(d))) {
                        up = d.governor();
                        break;
                    }
                }
                if (up == null || up == cur) break;
                cur = up;
            }
            return cur;
        }

        /**
         * "Nikol Pashinyan, Armenia's prime minister": a phrase in apposition to a person's name says who the
         * person is, so it belongs to the name's phrase (a name in apposition to a name does not).
         */
        private boolean roleOfAName(Dependency d) {
            return d.relation().equals("appos") && isName(d.governor()) && !isName(d.dependent());
        }

        private boolean isName(int token) {
            return "PERSON".equals(s.token(token).ner());
        }

        /** The first and last token of the person's name headed at {@code token} (its flat and compound parts). */
        int[] nameExtent(int token) {
            int[] out = {token, token};
            for (Dependency d : s.children(token)) {
                String r = d.relation();
                if (!(r.startsWith("flat") || r.equals("compound")) || !isName(d.dependent())) continue;
                int[] inner = nameExtent(d.dependent());
                out[0] = Math.min(out[0], inner[0]);
                out[1] = Math.max(out[1], inner[1]);
            }
            return out;
        }

        /** Without a dependency tree: the last token of the run of nouns, adjectives and possessives. */
        int adjacentHead(int token) {
            int k = token;
            while (k + 1 < s.size() && nounLike(k + 1)) k++;
            return k;
        }

        private boolean nounLike(int k) {
            Token t = s.token(k);
            return hitAt[k] != null || t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.pos().equals("POS");
        }

        ActorMention mention(int first, int last, int head, List<String> codes, ActorMention.Kind kind) {
            int start = s.token(first).start();
            int end = s.token(last).end();
            return new ActorMention(s.index(), first, last, head, new Span(text.substring(start, end), start, end),
                    codes, kind);
        }

        /** The matches of one noun phrase and what they compose to. */
        final class Composition {
            final int head;
            final List<Hit> actors = new ArrayList<>();
            final List<Hit> agents = new ArrayList<>();
            List<String> bases = new ArrayList<>();
            int first;
            int last;
            boolean absorbed;
            boolean baseFromOwnActor;
            boolean former;

            Composition(int head, List<Hit> hits) {
                this.head = head;
                first = head;
                last = head;
                for (Hit h : hits) {
                    (h.isAgent() ? agents : actors).add(h);
                    first = Math.min(first, h.start());
                    last = Math.max(last, h.end() - 1);
                }
                Hit base = null;
                for (Hit a : actors) {
                    // "Western Cambodia": a region word before a state's name says which part of the state
                    if (!a.codes().isEmpty() && (base == null || isRegion(base) && !isRegion(a))) base = a;
                }
                if (base != null) {
                    bases.addAll(base.codes());
                    baseFromOwnActor = true;
                }
                // the names in apposition: "Nikol Pashinyan, Armenia's prime minister" (the name heads the phrase),
                // "his Iranian counterpart, Mostafa Najjar" (a name no dictionary knows, after the role)
                if (hasTree && isName(head)) {
                    int[] name = nameExtent(head);
                    first = Math.min(first, name[0]);
                    last = Math.max(last, name[1]);
                    // the role phrase runs to its own head ("..., the United Nations Emergency Relief Coordinator")
                    for (Dependency d : s.children(head)) {
                        int role = d.dependent();
                        if (d.relation().equals("appos") && !isName(role) && role > head && last > name[1] && last < role) last = role;
                    }
                }
                if (hasTree && !agents.isEmpty()) {
                    for (Dependency d : s.children(head)) {
                        if (!d.relation().equals("appos") || !isName(d.dependent()) || d.dependent() < head) continue;
                        int[] name = nameExtent(d.dependent());
                        boolean known = false;
                        for (int k = name[0]; k <= name[1]; k++) if (hitAt[k] != null) known = true;
                        if (!known) last = Math.max(last, name[1]);
                    }
                }
                // "Former Georgian President X": a government role held in the past makes an elite (ELI)
                if (hasTree && !agents.isEmpty()) {
                    for (int k = Math.max(0, first - 3); k < last; k++) {
                        String w = s.token(k).text().toLowerCase(Locale.ROOT);
                        if ((w.equals("former") || w.equals("ex")) && hitAt[k] == null && npHead(k) == head) {
                            former = true;
                            first = Math.min(first, k);
                        }
                    }
                }
                // "Armenian and Azerbaijani troops": coordinated actors share the role, one code each
                if (base != null && hasTree) {
                    int baseHead = hitHead(base);
                    for (Hit a : actors) {
                        if (a == base || !coordinated(baseHead, hitHead(a))) continue;
                        for (String c : a.codes()) if (!bases.contains(c)) bases.add(c);
                    }
                }
            }

            private boolean isRegion(Hit h) {
                String c = h.codes().get(0);
                return c != null && c.length() == 3 && DEMONYMS.isRegionCode(c);
            }

            private boolean coordinated(int a, int b) {
                for (Dependency d : s.parents(b)) if (d.governor() == a && d.relation().startsWith("conj")) return true;
                for (Dependency d : s.parents(a)) if (d.governor() == b && d.relation().startsWith("conj")) return true;
                return false;
            }

            /**
             * A people named by its demonym ("Albanians", "Turks") is that country's only when nothing says otherwise:
             * "the Albanians of southern Serbia" live in Serbia (the place's country), "ethnic Albanians" are a
             * minority of some country the phrase does not name (unknown country {@code ---}).
             */
            void peopleOfAPlace(Map<Integer, Composition> all) {
                if (!hasTree || absorbed || !baseFromOwnActor || !agents.isEmpty() || actors.size() != 1) return;
                Hit people = actors.get(0);
                if (head < people.start() || head >= people.end() || !s.token(head).pos().endsWith("S")
                        || !DEMONYMS.isDemonym(s.token(head).text())) return;
                for (Dependency d : s.children(head)) {
                    String rel = d.relation();
                    if (!(rel.equals("nmod:of") || rel.equals("nmod:in") || rel.equals("nmod:from"))) continue;
                    Composition place = all.get(d.dependent());
                    if (place == null || place == this || !place.baseFromOwnActor || !place.agents.isEmpty()) continue;
                    List<String> countries = new ArrayList<>();
                    for (String c : place.codes()) if (c.length() >= 3 && DEMONYMS.isStateCode(c.substring(0, 3))) countries.add(c.substring(0, 3));
                    if (countries.isEmpty()) continue;
                    bases = countries;
                    place.absorbed = true;
                    first = Math.min(first, place.first);
                    last = Math.max(last, place.last);
                    return;
                }
                for (Dependency d : s.children(head)) {
                    if (d.relation().equals("amod") && s.token(d.dependent()).text().equalsIgnoreCase("ethnic")) {
                        bases = new ArrayList<>(List.of("---"));
                        first = Math.min(first, d.dependent());
                        return;
                    }
                }
            }

            /**
             * A role whose country no dictionary gives, named with a place the gazetteer knows: "Darfur rebels",
             * "police in Kirkuk", "Kirkuk's police" take the place's country.
             */
            void placeOfRole() {
                if (placeCountry == null || !bases.isEmpty() || agents.isEmpty() || absorbed || !hasTree) return;
                for (Dependency d : s.children(head)) {
                    String rel = d.relation();
                    if (!(rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss") || rel.equals("nmod:in")
                            || rel.equals("nmod:from") || rel.equals("nmod:of"))) continue;
                    int p = d.dependent();
                    if (!PLACE_TAGS.contains(s.token(p).ner()) || hitAt[p] != null) continue;
                    int from = p;
                    int to = p;
                    while (from - 1 >= 0 && s.token(from - 1).ner().equals(s.token(p).ner()) && hitAt[from - 1] == null) from--;
                    while (to + 1 < s.size() && to + 1 != head && s.token(to + 1).ner().equals(s.token(p).ner()) && hitAt[to + 1] == null) to++;
                    String name = text.substring(s.token(from).start(), s.token(to).end());
                    String iso2 = placeCountry.apply(name);
                    String country = iso2 == null ? null : DEMONYMS.cameoCode(iso2).orElse(null);
                    if (country == null) continue;
                    bases = new ArrayList<>(List.of(country));
                    first = Math.min(first, from);
                    last = Math.max(last, to);
                    return;
                }
            }

            /** "President of Russia", "soldiers from Gondor": take the actor of an attached phrase. */
            void attachOf(Map<Integer, Composition> all) {
                if (baseFromOwnActor || absorbed || !hasTree) return;
                // "its forces in Lebanon": a possessive already says whose; the place says only where they are
                boolean owned = false;
                for (Dependency d : s.children(head)) if (d.relation().equals("nmod:poss")) owned = true;
                for (Dependency d : s.children(head)) {
                    String rel = d.relation();
                    boolean of = rel.equals("nmod:of");
                    boolean place = rel.equals("nmod:from") || rel.equals("nmod:in");
                    if (!of && !(place && !agents.isEmpty() && !owned)) continue;
                    Composition other = all.get(d.dependent());
                    if (other == null || other == this || !other.baseFromOwnActor || !other.agents.isEmpty()) continue;
                    for (String b : other.codes()) if (!bases.contains(b)) bases.add(b);
                    other.absorbed = true;
                    first = Math.min(first, other.first);
                    last = Math.max(last, other.last);
                }
            }

            /** "Danish media and government": a bare role shares the actor of the noun phrase it is coordinated with. */
            void inheritFromConjunct(Map<Integer, Composition> all) {
                if (!bases.isEmpty() || agents.isEmpty() || !hasTree) return;
                for (Dependency d : s.parents(head)) {
                    if (!d.relation().startsWith("conj")) continue;
                    Composition other = all.get(d.governor());
                    if (other == null || !other.baseFromOwnActor || other.agents.isEmpty()) continue;
                    Hit headAgent = other.agentAt(other.head);
                    if (headAgent == null) continue;
                    for (String b : other.bases) {
                        String code = b;
                        for (Hit a : other.agents) {
                            if (a == headAgent) continue;
                            for (String role : a.codes()) code = applyAgent(code, role);
                        }
                        if (!bases.contains(code)) bases.add(code);
                    }
                    return;
                }
            }

            /**
             * The agents whose roles apply: a plain government role ({@code ~GOV}: officials, spokesman, leader)
             * next to another appended role takes that role's sector ("military officials" is MIL, "rebel
             * leader" REB), so it is left out.
             */
            List<Hit> effectiveAgents() {
                boolean otherSuffix = false;
                for (Hit a : agents) if (!isPlainGov(a) && a.codes().stream().anyMatch(c -> c.startsWith("~"))) otherSuffix = true;
                if (!otherSuffix) return agents;
                List<Hit> out = new ArrayList<>();
                for (Hit a : agents) if (!isPlainGov(a)) out.add(a);
                return out;
            }

            private boolean isInternational(String code) {
                for (String p : INTERNATIONAL) if (code.startsWith(p)) return true;
                return false;
            }

            private boolean isPlainGov(Hit a) {
                return a.codes().equals(List.of("~GOV"));
            }

            Hit agentAt(int token) {
                for (Hit a : agents) if (token >= a.start() && token < a.end()) return a;
                return null;
            }

            Hit actorAt(int token) {
                for (Hit a : actors) if (token >= a.start() && token < a.end()) return a;
                return null;
            }

            /** The composed codes: each base with the agents' roles applied left to right. */
            List<String> codes() {
                List<String> b = bases;
                if (b.isEmpty()) {
                    if (agents.isEmpty()) return List.of();
                    b = List.of("---");
                }
                List<Hit> roles = effectiveAgents();
                List<String> out = new ArrayList<>();
                for (String base : b) {
                    String code = base;
                    boolean international = isInternational(base);
                    for (Hit a : roles) {
                        // "UN spokesman", "NATO officials": the organisation itself, not a government of it
                        if (international && isPlainGov(a)) continue;
                        if (former && isPlainGov(a)) {
                            code = applyAgent(code, "~ELI");
                            continue;
                        }
                        for (String role : a.codes()) code = applyAgent(code, role);
                    }
                    if (!out.contains(code)) out.add(code);
                }
                return out;
            }

            ActorMention toMention() {
                List<String> codes = codes();
                ActorMention.Kind kind;
                Hit atHead = agentAt(head);
                Hit actorHead = actorAt(head);
                if (atHead != null) kind = ActorMention.Kind.AGENT;
                else if (actorHead != null) kind = actorHead.entry().kind();
                else if ("PERSON".equals(s.token(head).ner())) kind = ActorMention.Kind.PERSON;
                else if (!agents.isEmpty()) kind = ActorMention.Kind.AGENT;
                else kind = actors.get(0).entry().kind();
                if (isTwoLeaders()) {
                    List<List<String>> people = new ArrayList<>(memory.people.values());
                    if (people.size() == 2) {
                        first--;
                        List<String> both = new ArrayList<>();
                        for (List<String> p : people) for (String c : p) if (!both.contains(c)) both.add(c);
                        codes = both;
                        kind = ActorMention.Kind.PERSON;
                    }
                }
                rememberPerson(codes);
                return mention(first, last, head, codes, kind);
            }

            /** "the two leaders", "both leaders". */
            boolean isTwoLeaders() {
                if (!LEADER_WORDS.contains(s.token(head).text().toLowerCase(Locale.ROOT))) return false;
                int k = first - 1;
                if (k < 0) return false;
                String before = s.token(k).text().toLowerCase(Locale.ROOT);
                return before.equals("two") || before.equals("both");
            }

            /** A name introduced with a title or country keeps its code for later mentions in the article. */
            void rememberPerson(List<String> codes) {
                if (codes.isEmpty()) return;
                Hit named = actorAt(head);
                if (named != null && named.entry().kind() == ActorMention.Kind.PERSON) {
                    memory.remember(named.entry().label(), words.subList(named.start(), named.end()), codes);
                    return;
                }
                if (!"PERSON".equals(s.token(head).ner())) return;
                int a = head;
                while (a - 1 >= first && "PERSON".equals(s.token(a - 1).ner()) && hitAt[a - 1] == null) a--;
                int b = head;
                while (b + 1 < s.size() && "PERSON".equals(s.token(b + 1).ner())) b++;
                memory.remember(null, words.subList(a, b + 1), codes);
            }
        }

        /**
         * "the European Union (EU)": a name in brackets right after a coded actor is that actor's short name; it
         * gets its codes, and keeps them for the rest of the article.
         */
        private List<String> acronymOf(List<ActorMention> found, int i, int j) {
            List<String> name = words.subList(i, j + 1);
            List<String> known = memory.acronyms.get(String.join(" ", name));
            if (known != null) return known;
            if (i < 2 || j + 1 >= s.size() || !s.token(i - 1).text().equals("(") || !s.token(j + 1).text().equals(")")) {
                return null;
            }
            for (ActorMention m : found) {
                if (m.lastToken() == i - 2 && !m.codes().isEmpty()) {
                    memory.acronyms.put(String.join(" ", name), m.codes());
                    return m.codes();
                }
            }
            return null;
        }

        /** PERSON and ORGANIZATION names that no dictionary matched: a remembered person's code, or uncoded. */
        void addNamedEntities(List<ActorMention> out, Set<Integer> used) {
            int i = 0;
            while (i < s.size()) {
                String ner = s.token(i).ner();
                if (!ner.equals("PERSON") && !ner.equals("ORGANIZATION")) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < s.size() && s.token(j + 1).ner().equals(ner)) j++;
                boolean free = true;
                for (int k = i; k <= j; k++) if (used.contains(k)) free = false;
                if (free) {
                    List<String> codes = ner.equals("PERSON") ? memory.lookup(words.subList(i, j + 1)) : null;
                    ActorMention.Kind kind = ActorMention.Kind.PERSON;
                    if (codes == null) {
                        codes = acronymOf(out, i, j);
                        kind = ActorMention.Kind.ORGANIZATION;
                    }
                    int head = hasTree ? npHead(j) : j;
                    if (head < i || head > j) head = j;
                    if (codes != null) out.add(mention(i, j, head, codes, kind));
                    else out.add(mention(i, j, head, List.of(), ActorMention.Kind.UNCODED));
                    for (int k = i; k <= j; k++) used.add(k);
                }
                i = j + 1;
            }
        }
    }
}
