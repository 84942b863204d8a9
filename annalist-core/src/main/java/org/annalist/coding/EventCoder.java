package org.annalist.coding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.annalist.actors.ActorMention;
import org.annalist.model.Actor;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Dependency;
import org.annalist.model.EventMention;
import org.annalist.model.Modality;
import org.annalist.model.Sentence;
import org.annalist.model.Span;

/**
 * Codes the events of an annotated article: finds trigger words on the enhanced UD graph, reads their source and
 * target from the syntax (subject, agent of a passive, object, the frame's prepositions, possessives of nominal
 * events), composes governing verbs with the events they govern ("urged X to help" is an appeal for aid),
 * and sets modality, attribution and fatalities. No trigger, no event: there is no default code.
 *
 * <p>Date and place of the returned {@link EventMention}s are left null for the dater and placer stages.
 * Instances are immutable and thread-safe.
 */
public final class EventCoder {
    /** Version stamped on every event. */
    public static final String VERSION = "annalist-coder/0.1";

    private static final List<String> VERB_PREPS = List.of("against", "on", "with", "at", "to", "into");
    /** Verbs that pass their object on as the actor of the clause they govern ("urged X to", "allowed X to"). */
    private static final Set<String> DIRECTIVES = Set.of("urge", "ask", "order", "force", "persuade", "tell", "invite",
            "allow", "permit", "encourage", "request", "instruct", "compel", "pressure", "press", "call", "get", "help",
            "enable", "require", "authorize", "authorise", "direct", "command", "oblige", "advise", "warn", "push", "lead",
            "cause", "want", "expect", "appeal", "beg", "implore", "entreat", "exhort", "challenge", "dare", "prompt");
    /** Particles the parser reads as prepositions ("cordoned off the roads"): their object is the verb's object. */
    private static final List<String> PARTICLES = List.of("off", "out", "down", "up");
    /** Prepositions of a governed clause whose objects may be the governing event's target, in order. */
    private static final List<String> GOVERNED_PREPS = List.of("to", "against", "on", "with", "at", "into", "from", "in");
    /** Measure nouns whose of-phrase names the event ("days of fighting", "a wave of strikes"). */
    private static final Set<String> PARTITIVES = Set.of("day", "week", "month", "year", "hour", "night", "round",
            "series", "wave", "spate", "string", "flurry", "volley", "barrage", "burst", "bout", "episode", "week-end");
    private static final List<String> NOUN_PREPS = List.of("against", "on", "at", "with", "to", "of", "between");
    private static final Set<String> REPORTING = Set.of("say", "report", "tell", "announce", "claim", "state", "add",
            "quote", "confirm", "note", "declare", "write", "assert", "reveal", "indicate", "disclose", "stress",
            "explain", "insist", "allege", "charge", "acknowledge", "admit", "believe", "think", "suggest");
    /** Verbs that announce the act they govern; "try" and "attempt" do not: an attempted killing is an assault. */
    private static final Set<String> INTENT_GOVERNORS = Set.of("plan", "intend", "want", "aim", "prepare", "seek", "hope", "expect", "go", "decide", "mean", "wish", "move", "set", "resolve", "threaten",
            "vow", "pledge", "promise");
    private static final Set<String> HYPOTHETICAL_AUX = Set.of("could", "may", "might", "would", "should", "must");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> NEGATION = Set.of("not", "never", "n't", "no", "neither");
    /** Words between "be" and "to" that pass the subject of "be" to the verb after "to". */
    private static final Set<String> ABOUT_TO = Set.of("about", "poised", "set", "due", "ready", "going", "likely",
            "unlikely", "expected", "able", "unable", "willing", "eager", "keen", "determined", "prepared");
    /** Nouns naming a request: whoever rejects or accepts one answers whoever made it. */
    private static final Set<String> REQUEST_NOUNS = Set.of("appeal", "demand", "call", "calls", "request", "plea",
            "offer", "proposal", "invitation", "ultimatum", "initiative", "overture", "bid", "demands", "appeals", "requests");
    /** First blocks of actor codes that name no state. */
    private static final Set<String> NON_STATE = Set.of("IGO", "NGO", "IMG", "MNC", "UNO", "NGM", "INT");
    private static final Set<String> SUBJECT_CLASSES = Set.of("INTENT", "HALT");
    private static final Set<String> DEMAND_REPORTING = Set.of("declare", "conclude", "reiterate", "warn", "stress",
            "repeat", "emphasize", "argue");
    /** The pseudo-trigger of a must-clause demand. */
    private static final TriggerEntry MUST_CLAUSE = new TriggerEntry(List.of("must"), TriggerEntry.Pos.VERB, Set.of(),
            Set.of(), Set.of(), null, "DEMAND", false, Set.of(), false, false, false, "100",
            "a must-clause under a reporting verb", 0);

    private final CoderConfig config;

    /** A coder with {@link CoderConfig#defaults()}. */
    public EventCoder() {
        this(CoderConfig.defaults());
    }

    public EventCoder(CoderConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public CoderConfig config() { return config; }

    /**
     * Codes every sentence of the article.
     *
     * @param article the annotated article
     * @param actors  actor mentions per sentence (as {@code ActorResolver.resolve} returns them); mentions are
     *                matched to sentences by their {@link ActorMention#sentence()} index
     * @return events in sentence and trigger order; empty when no trigger matches
     */
    public List<EventMention> code(AnnotatedArticle article, List<List<ActorMention>> actors) {
        return code(article, actors, CoderTrace.OFF);
    }

    /** As {@link #code(AnnotatedArticle, List)}, reporting each decision to {@code trace}. */
    public List<EventMention> code(AnnotatedArticle article, List<List<ActorMention>> actors, CoderTrace trace) {
        Objects.requireNonNull(article, "article");
        CoderTrace tr = trace == null ? CoderTrace.OFF : trace;
        Map<Integer, List<ActorMention>> bySentence = new HashMap<>();
        if (actors != null) {
            for (List<ActorMention> list : actors) {
                if (list == null) continue;
                for (ActorMention m : list) bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
            }
        }
        List<EventMention> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (config.discards().discard(s) == DiscardRule.Scope.STORY) {
                if (tr != CoderTrace.OFF) tr.note(s.index(), "story discarded by a discard phrase in this sentence");
                return out;
            }
        }
        for (Sentence s : article.sentences()) {
            new SentenceCoder(article, s, bySentence.getOrDefault(s.index(), List.of()), tr).code(out);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------------------

    /** A trigger found in a sentence, with the decisions taken about it. */
    private static final class Trigger {
        final int token;
        final TriggerEntry entry;
        final int consumedObject;
        String code;
        String rule;
        boolean suppressed;
        Modality modality;
        boolean forcedIntended;
        Trigger embedded;
        String embedClass;
        List<ActorMention> sources = List.of();
        List<ActorMention> targets = List.of();
        boolean betweenTargets;
        boolean composed;
        Modality fixedModality;
        /** Who the event is attributed to when a governing trigger reports it ("accused X of ..."). */
        String attributionOverride;

        Trigger(int token, TriggerEntry entry, int consumedObject) {
            this.token = token;
            this.entry = entry;
            this.consumedObject = consumedObject;
            this.code = entry.cameo();
            this.rule = entry.id();
        }
    }

    private final class SentenceCoder {
        private final AnnotatedArticle article;
        private final Sentence sentence;
        private final SentenceView v;
        private final List<ActorMention> mentions;
        private final CoderTrace trace;
        private final Map<Integer, Trigger> triggers = new LinkedHashMap<>();

        SentenceCoder(AnnotatedArticle article, Sentence sentence, List<ActorMention> mentions, CoderTrace trace) {
            this.article = article;
            this.sentence = sentence;
            this.v = new SentenceView(sentence, article.article().text());
            this.mentions = mentions;
            this.trace = trace;
        }

        private void note(Supplier<String> message) {
            if (trace != CoderTrace.OFF) trace.note(sentence.index(), message.get());
        }

        void code(List<EventMention> out) {
            if (sentence.size() == 0) return;
            if (config.discards().discard(sentence) != null) {
                note(() -> "sentence discarded by a discard phrase");
                return;
            }
            findTriggers();
            if (triggers.isEmpty()) {
                note(() -> "no trigger");
                return;
            }
            for (Trigger t : triggers.values()) {
                t.sources = sources(t.token, t.entry, t.consumedObject);
                t.targets = targets(t);
            }
            compose();
            accusationContents();
            consequencesOfViolentEvents();
            topicsAreNotPartners();
            thirdLocations();
            conditionalThreats();
            threatConditions();
            List<Trigger> demands = reportedDemands();
            for (Trigger t : triggers.values()) {
                if (t.entry.embeddedOnly() && !t.composed && !t.suppressed) {
                    t.suppressed = true;
                    note(() -> "'" + v.token(t.token).text() + "' governs no event: not coded");
                }
            }
            List<EventMention> events = new ArrayList<>();
            Integer fatalities = FatalityCounter.count(v.text());
            List<Trigger> all = new ArrayList<>(triggers.values());
            all.addAll(demands);
            for (Trigger t : all) {
                if (t.suppressed) continue;
                modality(t);
                String attribution = t.modality != Modality.REPORTED ? null
                        : t.attributionOverride != null ? t.attributionOverride : attribution(t.token);
                if (t.modality == Modality.NEGATED && config.recodeNegatedConflict() && verbalConflict(t.code)) {
                    String was = t.code;
                    t.code = "050";
                    t.rule = t.rule + "+negated";
                    t.modality = Modality.ASSERTED;
                    note(() -> "negated verbal conflict " + was + " at '" + v.token(t.token).text() + "' recoded as cooperation 050");
                }
                if (t.modality == Modality.NEGATED && config.recodeNegatedCooperation() && cooperative(t.code)) {
                    String rejected = config.embedding().composeCode("REJECT", t.code);
                    String was = t.code;
                    t.code = rejected == null || rejected.equals(EmbeddingTable.KEEP) ? "120" : rejected;
                    t.rule = t.rule + "+negated";
                    t.modality = Modality.ASSERTED;
                    note(() -> "negated cooperation " + was + " at '" + v.token(t.token).text() + "' recoded as rejection " + t.code);
                }
                emit(t, attribution, fatalities, events);
            }
            out.addAll(dedupe(events));
        }

        // ---- triggers ---------------------------------------------------------------------------------------

        private void findTriggers() {
            for (int i = 0; i < v.size(); i++) {
                TriggerEntry.Pos pos = posOf(i);
                if (pos == null) continue;
                TriggerEntry best = null;
                int bestObj = -1;
                for (TriggerEntry e : config.triggers().candidates(v.lemma(i), pos)) {
                    int obj = satisfies(i, e);
                    if (obj == Integer.MIN_VALUE) continue;
                    if (best == null || e.specificity() > best.specificity()) {
                        best = e;
                        bestObj = obj;
                    }
                }
                if (best == null && pos == TriggerEntry.Pos.NOUN && !v.word(i).equals(v.lemma(i))) {
                    // plural nouns whose lemma the tagger left as written ("talks")
                    for (TriggerEntry e : config.triggers().candidates(v.word(i), pos)) {
                        int obj = satisfies(i, e);
                        if (obj != Integer.MIN_VALUE && (best == null || e.specificity() > best.specificity())) {
                            best = e;
                            bestObj = obj;
                        }
                    }
                }
                if (best != null && pos != TriggerEntry.Pos.VERB && modifiesActor(i)) {
                    int at = i;
                    note(() -> "'" + v.token(at).text() + "' only describes the actor it modifies: not a trigger");
                    best = null;
                }
                if (best != null) {
                    Trigger t = new Trigger(i, best, bestObj);
                    triggers.put(i, t);
                    note(() -> "trigger '" + v.token(t.token).text() + "' -> " + t.code + " by " + t.rule);
                }
            }
            // a light verb that consumed its object noun ("hold talks", "lift sanctions") replaces the noun's own trigger
            for (Trigger t : List.copyOf(triggers.values())) {
                if (t.consumedObject >= 0 && triggers.containsKey(t.consumedObject) && triggers.get(t.token) == t) {
                    Trigger gone = triggers.remove(t.consumedObject);
                    note(() -> "'" + v.token(gone.token).text() + "' is part of '" + v.token(t.token).text() + " " + v.token(t.consumedObject).text() + "'");
                }
            }
        }

        /** "riot police", "protest leaders": a noun or adjective inside an actor's name, before its head word. */
        private boolean modifiesActor(int i) {
            for (ActorMention m : mentions) {
                if (m.covers(i) && m.head() > i && m.kind() != ActorMention.Kind.PRONOUN
                        && (v.headRelation(i).equals("compound") || v.headRelation(i).equals("amod"))) return true;
            }
            return false;
        }

        private TriggerEntry.Pos posOf(int i) {
            String pos = v.token(i).pos();
            if (pos.startsWith("VB")) return TriggerEntry.Pos.VERB;
            if (pos.startsWith("NN")) return TriggerEntry.Pos.NOUN;
            // "the army is currently striking rebel targets": an "adjective" with a direct object is a verb
            if (pos.startsWith("JJ")) return v.hasDependent(i, "obj") && v.word(i).endsWith("ing") ? TriggerEntry.Pos.VERB : TriggerEntry.Pos.ADJ;
            return null;
        }

        /** The consumed object token (-1 for none) when the entry's constraints hold, else MIN_VALUE. */
        private int satisfies(int i, TriggerEntry e) {
            List<String> words = e.words();
            if (e.pos() == TriggerEntry.Pos.NOUN) {
                for (int k = 0; k < words.size() - 1; k++) {
                    int j = i - (words.size() - 1) + k;
                    if (j < 0 || !(v.lemma(j).equals(words.get(k)) || v.word(j).equals(words.get(k)))) return Integer.MIN_VALUE;
                }
            } else {
                for (int k = 1; k < words.size(); k++) if (!hasParticle(i, words.get(k))) return Integer.MIN_VALUE;
            }
            int consumed = -1;
            if (e.objectLemmas().contains("*")) {
                if (v.dependentsExact(i, "obj").isEmpty()) return Integer.MIN_VALUE;
            } else if (!e.objectLemmas().isEmpty()) {
                consumed = Integer.MIN_VALUE;
                for (Dependency d : v.children(i)) {
                    String r = d.relation();
                    if ((r.equals("obj") || r.equals("nsubj:pass") || r.equals("iobj")) && objectLemmaIn(d.dependent(), e.objectLemmas())) {
                        consumed = d.dependent();
                        break;
                    }
                }
                if (consumed == Integer.MIN_VALUE) return Integer.MIN_VALUE;
            }
            if (!e.withLemmas().isEmpty() && !hasNear(i, e.withLemmas())) return Integer.MIN_VALUE;
            if (!e.relations().isEmpty()) {
                boolean found = false;
                for (Dependency d : v.children(i)) {
                    String p = SentenceView.preposition(d.relation());
                    if (p != null && e.relations().contains(p) && !temporal(d.dependent())) { found = true; break; }
                }
                if (!found) return Integer.MIN_VALUE;
            }
            return consumed;
        }

        /** The token's lemma, or its word, or its word without a plural s, is in the set (taggers miss some plurals). */
        private boolean lemmaIn(int i, Set<String> lemmas) {
            String w = v.word(i);
            return lemmas.contains(v.lemma(i)) || lemmas.contains(w) || (w.endsWith("s") && lemmas.contains(w.substring(0, w.length() - 1)));
        }

        /** As {@link #lemmaIn}, or a compound modifier of the noun is in the set ("crossing points", "aid convoys"). */
        private boolean objectLemmaIn(int i, Set<String> lemmas) {
            if (lemmaIn(i, lemmas)) return true;
            for (int c : v.dependentsExact(i, "compound")) if (lemmaIn(c, lemmas)) return true;
            return false;
        }

        private boolean hasParticle(int i, String word) {
            for (Dependency d : v.children(i)) {
                String r = d.relation();
                if ((r.equals("compound:prt") || r.equals("advmod") || r.equals("obl") || r.startsWith("obl:")) && v.word(d.dependent()).equals(word) && Math.abs(d.dependent() - i) <= 3) return true;
            }
            return i + 1 < v.size() && v.word(i + 1).equals(word) && v.token(i + 1).pos().matches("RP|RB|IN");
        }

        /** Some dependent, grand-dependent or governor of {@code i} has one of the lemmas. */
        private boolean hasNear(int i, Set<String> lemmas) {
            for (Dependency d : v.children(i)) {
                if (d.relation().equals("punct")) continue;
                if (lemmas.contains(v.lemma(d.dependent()))) return true;
                for (Dependency g : v.children(d.dependent())) {
                    if (g.relation().equals("mark") || g.relation().equals("case") || g.relation().equals("compound") || g.relation().equals("amod") || g.relation().equals("nmod:of")) {
                        if (lemmas.contains(v.lemma(g.dependent()))) return true;
                    }
                    if (g.relation().equals("nmod:of")) {
                        // "a first batch of peacekeeping troops": the modifiers of the measured noun
                        for (Dependency m : v.children(g.dependent())) {
                            if ((m.relation().equals("compound") || m.relation().equals("amod")) && lemmas.contains(v.lemma(m.dependent()))) return true;
                        }
                    }
                }
            }
            for (Dependency p : v.parents(i)) if (p.governor() >= 0 && lemmas.contains(v.lemma(p.governor()))) return true;
            return false;
        }

        // ---- actors -----------------------------------------------------------------------------------------

        /** The mention covering token {@code i}, preferring one headed there and then the shortest, or null. */
        private ActorMention mentionAt(int i) {
            ActorMention best = null;
            for (ActorMention m : mentions) {
                if (!m.covers(i)) continue;
                if (best == null) { best = m; continue; }
                boolean mh = m.head() == i, bh = best.head() == i;
                if (mh && !bh) best = m;
                else if (mh == bh && (m.lastToken() - m.firstToken()) < (best.lastToken() - best.firstToken())) best = m;
            }
            return best;
        }

        /** Actors named by the argument headed at {@code i}: its own mention, else one inside its phrase; conjuncts too. */
        private List<ActorMention> resolve(int i) {
            List<ActorMention> out = new ArrayList<>();
            List<Integer> heads = new ArrayList<>();
            collectConjuncts(i, heads, 0);
            for (int h : heads) {
                ActorMention m = mentionAt(h);
                if (m == null) m = inside(h);
                if (m == null || m.codes().isEmpty()) {
                    // "Kofi Annan, UN secretary-general,": an apposition that names a coded actor codes the phrase
                    ActorMention a = apposed(m == null ? h : m.head());
                    if (a != null) m = m == null ? a : joined(m, a);
                }
                if (m != null && !out.contains(m)) out.add(m);
            }
            return out;
        }

        /** The words of a named actor and of its apposition, with the apposition's codes. */
        private ActorMention joined(ActorMention named, ActorMention apposition) {
            int first = Math.min(named.firstToken(), apposition.firstToken());
            int last = Math.max(named.lastToken(), apposition.lastToken());
            Span span = new Span(v.text(first, last), v.token(first).start(), v.token(last).end());
            return new ActorMention(named.sentence(), first, last, apposition.head(), span, apposition.codes(), apposition.kind());
        }

        /** A coded actor named by an apposition of the phrase headed at {@code h}, or null. */
        private ActorMention apposed(int h) {
            if (h < 0) return null;
            for (int a : v.dependentsExact(h, "appos")) {
                ActorMention m = mentionAt(a);
                if (m == null) m = inside(a);
                if (m != null && !m.codes().isEmpty() && m.kind() != ActorMention.Kind.PRONOUN) return m;
            }
            return null;
        }

        private void collectConjuncts(int i, List<Integer> heads, int depth) {
            if (heads.contains(i) || depth > 8) return;
            heads.add(i);
            for (Dependency d : v.children(i)) if (d.relation().startsWith("conj")) collectConjuncts(d.dependent(), heads, depth + 1);
        }

        /** Breadth-first search of a noun phrase for an actor ("the population of Gondor", "an attack by X soldiers"). */
        private ActorMention inside(int i) {
            List<Integer> level = List.of(i);
            for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
                List<Integer> next = new ArrayList<>();
                for (int x : level) {
                    for (Dependency d : v.children(x)) {
                        String r = d.relation();
                        if (!(r.startsWith("nmod") || r.equals("compound") || r.equals("amod") || r.equals("appos") || r.startsWith("flat")
                                || r.equals("acl") || r.startsWith("obl") || r.equals("obj"))) continue;
                        if (r.equals("nmod:tmod") || r.equals("nmod:npmod")) continue;
                        next.add(d.dependent());
                    }
                }
                next.sort(Integer::compare);
                for (int x : next) {
                    ActorMention m = mentionAt(x);
                    if (m != null && m.kind() != ActorMention.Kind.PRONOUN) return m;
                }
                level = next;
            }
            return null;
        }

        private List<ActorMention> resolveAll(List<Integer> heads) {
            List<ActorMention> out = new ArrayList<>();
            for (int h : heads) for (ActorMention m : resolve(h)) if (!out.contains(m)) out.add(m);
            return out;
        }

        // ---- roles ------------------------------------------------------------------------------------------

        private boolean passive(int i) {
            return v.hasDependent(i, "nsubj:pass") || v.hasDependent(i, "aux:pass")
                    || (v.token(i).pos().equals("VBN") && !v.hasDependent(i, "aux") && !v.hasDependent(i, "nsubj")
                        && v.headRelation(i).startsWith("acl"));
        }

        private List<ActorMention> sources(int i, TriggerEntry e, int consumed) {
            if (!e.inversePreps().isEmpty()) {
                List<Integer> args = prepArgs(i, List.copyOf(e.inversePreps()));
                if (consumed >= 0) args.addAll(prepArgs(consumed, List.copyOf(e.inversePreps())));
                return resolveAll(args);
            }
            if (e.pos() == TriggerEntry.Pos.NOUN) return nounSources(i, e);
            List<ActorMention> src = clauseSubjects(i, e.stative(), 0);
            if (src.isEmpty() && e.cameo().startsWith("084") && passive(i)) {
                // "the hostages were freed from a Morvathi prison": who held them releases them
                src = resolveAll(prepArgs(i, List.of("from")));
            }
            return src;
        }

        private List<ActorMention> clauseSubjects(int i, boolean stative, int depth) {
            List<ActorMention> src;
            if (passive(i)) {
                List<Integer> agents = v.dependents(i, "obl:agent");
                agents.addAll(v.dependents(i, "nmod:agent"));
                if (agents.isEmpty()) agents.addAll(v.dependentsExact(i, "obl:by"));
                src = resolveAll(agents);
                if (src.isEmpty() && stative) src = resolveAll(v.dependents(i, "nsubj:pass"));
                if (src.isEmpty() && v.headRelation(i).startsWith("acl") && !v.headRelation(i).equals("acl:relcl")) src = List.of();
            } else {
                List<Integer> subj = v.dependentsExact(i, "nsubj");
                if (!subjectControl(i)) subj.addAll(v.dependentsExact(i, "nsubj:xsubj"));
                else if (subj.isEmpty()) subj.addAll(v.dependentsExact(v.head(i), "nsubj"));
                if (subj.isEmpty()) subj.addAll(countedSubject(i));
                src = resolveAll(subj);
                if (src.isEmpty() && subj.size() == 1 && v.token(subj.get(0)).pos().startsWith("PRP") && depth < 3) {
                    // "Ethiopia indicated it deplored Libya", "militants said they attempted to kill X": an unresolved
                    // pronoun refers to the subject of the verb that reports the clause
                    int c = i;
                    for (int k = 0; k < 3 && (v.headRelation(c).equals("xcomp") || v.headRelation(c).startsWith("conj")); k++) c = v.head(c);
                    if (v.headRelation(c).equals("ccomp") && v.head(c) >= 0) src = clauseSubjects(v.head(c), false, depth + 1);
                }
            }
            if (src.isEmpty()) src = aboutToSubject(i);
            if (src.isEmpty() && v.token(i).pos().equals("VBG") && v.headRelation(i).equals("acl") && v.head(i) >= 0) {
                // "troops shelling the town": the noun a present participle modifies acts
                src = resolve(v.head(i));
            }
            if (src.isEmpty() && depth < 3) {
                String hr = v.headRelation(i);
                int h = v.head(i);
                if (h >= 0 && (hr.equals("xcomp") || hr.startsWith("advcl") || hr.startsWith("conj")) && !REPORTING.contains(v.lemma(h))) {
                    // controlled or conjoined clause: the governing clause's subject acts ("vowed ... to wage war")
                    if (!hr.startsWith("advcl") || hr.equals("advcl:to") || v.token(i).pos().equals("VBG"))
                        src = clauseSubjects(h, false, depth + 1);
                }
            }
            return src;
        }

        /**
         * "India summoned a US diplomat to complain", "Tillerson called Lavrov to discuss Syria": the parser gives the
         * clause the governing verb's object as subject, but only verbs that direct someone ("urged X to", "asked",
         * "ordered") pass their object on; after other verbs the governing verb's subject acts.
         */
        private boolean subjectControl(int i) {
            String hr = v.headRelation(i);
            int h = v.head(i);
            if (h < 0 || !(hr.equals("xcomp") || hr.equals("advcl:to")) || !v.token(h).isVerb()) return false;
            if (DIRECTIVES.contains(v.lemma(h))) return false;
            Trigger g = triggers.get(h);
            if (g != null && g.entry.embedClass() != null && !g.entry.embedClass().equals("INTENT")) return false;
            List<Integer> objects = v.dependentsExact(h, "obj");
            if (objects.isEmpty() || v.dependentsExact(h, "nsubj").isEmpty()) return false;
            for (int x : v.dependentsExact(i, "nsubj:xsubj")) if (objects.contains(x)) return true;
            return false;
        }

        /**
         * "Around 2,000 workers went on strike": the parser reads "around" as a preposition and leaves the clause
         * without a subject; a counted phrase before the verb under "around", "about" or "over" is the subject.
         */
        private List<Integer> countedSubject(int i) {
            List<Integer> out = new ArrayList<>();
            for (String p : List.of("around", "about", "over", "nearly", "some")) {
                for (int a : v.dependentsExact(i, "obl:" + p)) if (a < i && v.hasDependent(a, "nummod")) out.add(a);
            }
            return out;
        }

        /**
         * "X is about to restore ties", "X was poised to sign": the parser often hangs the verb after "about to" or
         * "poised to" elsewhere in the sentence; the subject of the "be" before those words acts.
         */
        private List<ActorMention> aboutToSubject(int i) {
            if (i < 3 || !v.word(i - 1).equalsIgnoreCase("to") || !ABOUT_TO.contains(v.word(i - 2).toLowerCase())) return List.of();
            int k = i - 3;
            while (k >= 0 && v.token(k).pos().startsWith("RB")) k--;
            if (k < 0 || !v.lemma(k).equals("be")) return List.of();
            List<Integer> subj = new ArrayList<>(v.dependentsExact(k, "nsubj"));
            String kr = v.headRelation(k);
            if (subj.isEmpty() && (kr.equals("cop") || kr.startsWith("aux")) && v.head(k) >= 0) {
                subj.addAll(v.dependentsExact(v.head(k), "nsubj"));
                subj.addAll(v.dependentsExact(v.head(k), "nsubj:pass"));
            }
            return resolveAll(subj);
        }

        /** A noun trigger that modifies another noun ("mediation mission") shares that noun's arguments. */
        private int anchor(int i) {
            int h = v.head(i);
            if (h < 0 || !v.token(h).isNoun()) return i;
            if (v.headRelation(i).equals("compound")) return h;
            // "ten days of war games", "a new round of talks": the measure noun stands where the event does
            if (v.headRelation(i).equals("nmod:of") && PARTITIVES.contains(v.lemma(h)) && !triggers.containsKey(h)) return h;
            return i;
        }

        private List<ActorMention> nounSources(int i, TriggerEntry e) {
            // "the withdrawal of forces from Panama": what is left is no source (the frame's "from" is its target)
            boolean fromIsTarget = e.targetPreps() != null && e.targetPreps().contains("from")
                    && (e.cameo().startsWith("087") || e.cameo().startsWith("174"));
            for (String rel : fromIsTarget ? List.of("nmod:poss", "nmod:by", "nmod:agent", "amod", "compound")
                    : List.of("nmod:poss", "nmod:by", "nmod:agent", "amod", "compound", "nmod:from")) {
                List<Integer> deps = v.dependentsExact(i, rel);
                if (anchor(i) != i) deps.addAll(v.dependentsExact(anchor(i), rel));
                deps.remove(Integer.valueOf(i));
                for (int d : deps) {
                    ActorMention m = mentionAt(d);
                    if (m == null && rel.startsWith("nmod")) m = inside(d);
                    if (m != null) return resolve(d).isEmpty() ? List.of(m) : resolve(d);
                }
            }
            int h = supportVerb(anchor(i));
            if (h >= 0) {
                List<ActorMention> s = clauseSubjects(h, false, 1);
                if (s.isEmpty() && Set.of("engage", "involve").contains(v.lemma(h))) s = resolveAll(v.dependents(h, "nsubj:pass"));
                return s;
            }
            return List.of();
        }

        /** The verb a nominal trigger is the object or oblique of, when that verb passes on its subject, or -1. */
        private int supportVerb(int i) {
            int h = v.head(i);
            if (h < 0) return -1;
            String hr = v.headRelation(i);
            boolean engage = hr.equals("obl:in") && Set.of("engage", "involve", "participate", "join").contains(v.lemma(h));
            if (!(engage || hr.equals("obj") || hr.equals("nsubj:pass") || (hr.startsWith("obl:") && !hr.equals("obl:under") && !hr.equals("obl:in") && !hr.equals("obl:after") && !hr.equals("obl:since") && !hr.equals("obl:despite")))) return -1;
            if (!v.token(h).isVerb()) return -1;
            Trigger ht = triggers.get(h);
            if (ht != null && (ht.entry.embedClass() == null || !SUBJECT_CLASSES.contains(ht.entry.embedClass()))) return -1;
            return h;
        }

        private List<ActorMention> targets(Trigger t) {
            int i = t.token;
            TriggerEntry e = t.entry;
            List<ActorMention> src = t.sources;
            if (!e.inversePreps().isEmpty()) return without(resolveAll(v.dependentsExact(i, "nsubj")), src);
            if (e.pos() == TriggerEntry.Pos.NOUN) {
                List<String> preps = e.targetPreps() == null ? NOUN_PREPS : e.targetPreps();
                for (int x : anchor(i) == i ? List.of(i) : List.of(i, anchor(i))) {
                    for (String p : preps) {
                        List<ActorMention> found = without(resolveAll(prepArgs(x, List.of(p))), src);
                        if (!found.isEmpty()) {
                            t.betweenTargets = p.equals("between");
                            return found;
                        }
                    }
                }
                int h = supportVerb(anchor(i));
                if (h >= 0) {
                    List<ActorMention> found = without(resolveAll(v.dependentsExact(h, "iobj")), src);
                    if (!found.isEmpty()) return found;
                    for (String p : preps) {
                        found = without(resolveAll(v.dependentsExact(h, "obl:" + p)), src);
                        if (!found.isEmpty()) return found;
                    }
                    found = without(resolveAll(inResponseTo(h)), src);
                    if (!found.isEmpty()) return found;
                    if (rootOf(t.code) == 14) {
                        found = without(resolveAll(governedArguments(h, 0)), src);
                        if (!found.isEmpty()) return found; // "staged rallies to demand reforms by X's government"
                    }
                }
                List<ActorMention> response = without(resolveAll(inResponseTo(anchor(i))), src);
                if (!response.isEmpty()) return response;
                return complementSubject(i, src);
            }
            List<ActorMention> requester = requester(t);
            if (!requester.isEmpty()) return requester;
            List<Integer> order = new ArrayList<>();
            if (passive(i) && !(e.stative() && src.isEmpty() == false && v.dependents(i, "obl:agent").isEmpty())) {
                order.addAll(v.dependents(i, "nsubj:pass"));
            }
            if (passive(i) && v.token(i).pos().equals("VBN") && v.headRelation(i).equals("acl") && v.head(i) >= 0) {
                order.add(v.head(i)); // "villages shelled by the army": the modified noun undergoes it
            }
            List<String> preps = e.targetPreps() == null ? VERB_PREPS : e.targetPreps();
            if (e.prepsFirst()) order.addAll(prepArgs(i, preps));
            for (int o : v.dependentsExact(i, "obj")) if (o != t.consumedObject) order.add(o);
            order.addAll(v.dependentsExact(i, "iobj"));
            if (v.dependentsExact(i, "obj").isEmpty()) order.addAll(prepArgs(i, PARTICLES)); // "cordoned off the roads"
            if (v.token(i).pos().equals("VBG") && !preps.contains("of")) {
                preps = new ArrayList<>(preps);
                preps.add("of"); // a gerund's object: "the shelling of the town"
            }
            List<ActorMention> weak = null;
            for (Integer a : order) {
                List<ActorMention> found = without(resolve(a), src);
                if (!found.isEmpty() && anyKnown(found)) return found;
                if (!found.isEmpty() && weak == null) weak = found;
            }
            List<Integer> prepArgs = prepArgs(i, preps);
            if (t.consumedObject >= 0) {
                for (String p : preps) prepArgs.addAll(v.dependentsExact(t.consumedObject, "nmod:" + p));
                prepArgs.addAll(v.dependentsExact(t.consumedObject, "nmod:of"));
                prepArgs.addAll(v.dependentsExact(t.consumedObject, "nmod:into")); // "closed the crossings into X"
                prepArgs.addAll(v.dependentsExact(t.consumedObject, "nmod:poss")); // "defended Germany's decision"
            }
            for (Integer a : prepArgs) {
                List<ActorMention> found = without(resolve(a), src);
                if (!found.isEmpty() && anyKnown(found)) return found;
                if (!found.isEmpty() && weak == null) weak = found;
            }
            // (actors) "defended Germany's decision": the owner of the object the trigger consumed is the target
            // (not forces the source mobilises: "deployed Valdorian troops", as in consumedActor)
            boolean mobilises = rootOf(t.code) == 15 || t.entry.cameo().startsWith("15");
            ActorMention owner = t.consumedObject >= 0 && !mobilises ? mentionAt(t.consumedObject) : null;
            if (owner != null && !src.contains(owner) && anyKnown(List.of(owner))) return List.of(owner);
            if (weak != null) return weak;
            List<ActorMention> undergoer = consumedActor(t);
            if (!undergoer.isEmpty()) return undergoer;
            List<ActorMention> response = without(resolveAll(inResponseTo(i)), src);
            if (!response.isEmpty()) return response;
            if (subjectControl(i)) {
                // "India summoned a US diplomat to complain": whoever was summoned hears the complaint
                List<ActorMention> addressee = without(resolveAll(v.dependentsExact(v.head(i), "obj")), src);
                if (!addressee.isEmpty()) return addressee;
            }
            List<ActorMention> governed = without(resolveAll(governedArguments(i, 0)), src);
            if (!governed.isEmpty()) return governed;
            return complementSubject(i, src);
        }

        /**
         * "expelled the UN inspectors", "will not accept Syrian refugees": an object that the frame names ("obj=")
         * is part of the trigger, but when it is itself an actor it also undergoes the event. Not for forces that
         * the source mobilises ("deployed troops": root 15).
         */
        private List<ActorMention> consumedActor(Trigger t) {
            int o = t.consumedObject;
            if (o < 0 || rootOf(t.code) == 15 || t.entry.cameo().startsWith("15")) return List.of();
            ActorMention m = mentionAt(o);
            if (m == null || m.kind() == ActorMention.Kind.PRONOUN) return List.of();
            return without(List.of(m), t.sources);
        }

        /**
         * "went on hunger strike in protest against X's rule", "in response to X's decision": what the act answers,
         * through "in protest/response/retaliation" phrases under {@code i}.
         */
        private List<Integer> inResponseTo(int i) {
            List<Integer> out = new ArrayList<>();
            for (int p : prepArgs(i, List.of("in"))) {
                if (!Set.of("protest", "response", "retaliation", "reaction", "reprisal").contains(v.lemma(p))) continue;
                out.addAll(prepArgs(p, List.of("against", "of", "at", "over", "to", "for")));
            }
            return out;
        }

        /**
         * "agreed to open its borders to Somali refugees", "threatened to deliver blows to the United States": the
         * arguments of the clause a control verb governs (its object, then its prepositions, "from" included:
         * "agreed to resign from the government"); one level further down for "offered to send troops to help X".
         */
        private List<Integer> governedArguments(int i, int depth) {
            List<Integer> out = new ArrayList<>();
            if (depth > 1) return out;
            List<Integer> clauses = new ArrayList<>(v.dependentsExact(i, "xcomp"));
            clauses.addAll(v.dependentsExact(i, "advcl:to"));
            for (int c : clauses) {
                if (!v.token(c).isVerb()) continue;
                for (int o : v.dependentsExact(c, "obj")) if (!v.token(o).pos().startsWith("PRP")) out.add(o);
                out.addAll(v.dependentsExact(c, "iobj"));
                out.addAll(prepArgs(c, GOVERNED_PREPS));
                out.addAll(governedArguments(c, depth + 1));
            }
            return out;
        }

        /**
         * "rejected an appeal from X", "accepted X's demands", "dismissed calls by X": when the object of a yielding,
         * agreeing or rejecting verb is a request, the one who made the request is the target.
         */
        private List<ActorMention> requester(Trigger t) {
            int root = rootOf(t.code);
            if (t.entry.pos() != TriggerEntry.Pos.VERB || !(root == 3 || root == 8 || root == 12)) return List.of();
            List<Integer> objs = new ArrayList<>(v.dependentsExact(t.token, "obj"));
            if (passive(t.token)) objs.addAll(v.dependents(t.token, "nsubj:pass"));
            for (int o : objs) {
                if (!REQUEST_NOUNS.contains(v.lemma(o)) && !REQUEST_NOUNS.contains(v.word(o).toLowerCase())) continue;
                for (String r : List.of("nmod:from", "nmod:by", "nmod:poss", "compound", "amod", "nmod:of")) {
                    List<ActorMention> found = without(resolveAll(v.dependentsExact(o, r)), t.sources);
                    if (!found.isEmpty()) return found;
                }
            }
            return List.of();
        }

        /** The subject of a that-clause the trigger governs ("allowed that Mordor is ..."), as a last resort. */
        private List<ActorMention> complementSubject(int i, List<ActorMention> src) {
            for (Dependency d : v.children(i)) {
                String r = d.relation();
                if (!(r.equals("ccomp") || (r.startsWith("acl") && !r.equals("acl:relcl") && v.token(i).isNoun()))) continue;
                List<Integer> subj = v.dependentsExact(d.dependent(), "nsubj");
                subj.addAll(v.dependentsExact(d.dependent(), "nsubj:pass"));
                List<ActorMention> found = new ArrayList<>();
                for (int h : subj) {
                    // only an actor the subject itself names: "disputes in the South China Sea" is no actor
                    List<Integer> heads = new ArrayList<>();
                    collectConjuncts(h, heads, 0);
                    for (int x : heads) {
                        ActorMention m = mentionAt(x);
                        if (m != null && !found.contains(m)) found.add(m);
                    }
                }
                found = without(found, src);
                if (!found.isEmpty()) return found;
            }
            return List.of();
        }

        private boolean anyKnown(List<ActorMention> ms) {
            for (ActorMention m : ms) for (String c : m.codes()) if (knownCountry(c)) return true;
            return false;
        }

        /** Objects of the given prepositions under {@code i}, in preposition order; dates and times left out. */
        private List<Integer> prepArgs(int i, List<String> preps) {
            List<Integer> out = new ArrayList<>();
            for (String p : preps) {
                for (int a : v.dependentsExact(i, "obl:" + p)) if (!temporal(a)) out.add(a);
                for (int a : v.dependentsExact(i, "nmod:" + p)) if (!temporal(a)) out.add(a);
            }
            return out;
        }

        private boolean temporal(int i) {
            String ner = v.token(i).ner();
            return ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("SET");
        }

        private List<ActorMention> without(List<ActorMention> found, List<ActorMention> exclude) {
            if (exclude.isEmpty()) return found;
            List<ActorMention> out = new ArrayList<>(found);
            out.removeAll(exclude);
            return out;
        }

        // ---- composition ------------------------------------------------------------------------------------

        private void compose() {
            List<Trigger> governors = new ArrayList<>(triggers.values());
            java.util.Collections.reverse(governors); // inner events first: "agreed to a ceasefire to end the fighting"
            for (Trigger g : governors) {
                String cls = g.entry.embedClass();
                if (cls == null || g.suppressed) continue;
                Trigger emb = null;
                String lemmaCode = null;
                int embToken = -1;
                for (int c : embeddedCandidates(g)) {
                    Trigger t = triggers.get(c);
                    if (t != null && t != g) { emb = t; break; }
                    for (int cc : v.dependentsExact(c, "compound")) {
                        Trigger t3 = triggers.get(cc);
                        if (t3 != null && t3 != g) { emb = t3; break; } // "mediation efforts"
                    }
                    if (emb != null) break;
                    String lc = config.embedding().composeLemma(cls, v.lemma(c));
                    if (lc != null) { lemmaCode = lc; embToken = c; break; }
                    // one level down: "vowed to wage war", "urged him to help end the war"
                    for (Dependency d : v.children(c)) {
                        String r = d.relation();
                        if (r.equals("obj") || r.equals("xcomp") || r.equals("ccomp")) {
                            Trigger t2 = triggers.get(d.dependent());
                            if (t2 != null && t2 != g) { emb = t2; break; }
                        }
                    }
                    if (emb != null) break;
                    for (int cc : v.dependentsExact(c, "compound")) {
                        Trigger t3 = triggers.get(cc);
                        if (t3 != null && t3 != g) { emb = t3; break; } // "mediation efforts"
                    }
                    if (emb != null) break;
                }
                if (emb == null && lemmaCode == null && cls.equals("INTENT") && !g.entry.embeddedOnly()
                        && (!v.dependentsExact(g.token, "xcomp").isEmpty() || !v.dependentsExact(g.token, "advcl:to").isEmpty())) {
                    g.code = "030"; // "agreed to set up a research centre": intent to cooperate
                    g.composed = true;
                    g.rule = g.rule + "+to";
                    continue;
                }
                if (emb == null && lemmaCode == null) continue;
                if (emb == null) {
                    String was = g.code;
                    g.code = lemmaCode;
                    g.composed = true;
                    g.rule = g.rule + "+" + v.lemma(embToken);
                    if (g.targets.isEmpty()) g.targets = without(resolve(embToken), g.sources);
                    note(() -> "'" + v.token(g.token).text() + "' (" + was + ") governs '" + v.token(g.consumedObject >= 0 ? g.consumedObject : g.token).text() + "...' -> " + g.code);
                    continue;
                }
                String composed = config.embedding().composeCode(cls, emb.code);
                if (composed == null) {
                    if (!cls.equals("DISAPPROVE") && !cls.equals("INTENT")) {
                        emb.suppressed = true;
                        Trigger e2 = emb;
                        note(() -> "'" + v.token(e2.token).text() + "' (" + e2.code + ") is only referred to by '" + v.token(g.token).text() + "': not an event");
                    }
                    continue;
                }
                if (composed.equals(EmbeddingTable.KEEP)) {
                    g.suppressed = true;
                    emb.forcedIntended = cls.equals("INTENT");
                    if (cls.equals("ORDER") && !g.sources.isEmpty() && v.headRelation(emb.token).equals("xcomp")) {
                        // "the government ordered the newspaper to suspend publication": whoever orders acts, on
                        // whoever was ordered unless the ordered act names its own target
                        List<ActorMention> ordered = g.targets;
                        emb.sources = g.sources;
                        emb.targets = firstNonEmpty(without(emb.targets, g.sources), without(ordered, g.sources));
                    }
                    if (emb.sources.isEmpty()) emb.sources = g.sources;
                    if (emb.targets.isEmpty()) emb.targets = without(g.targets, emb.sources);
                    Trigger e2 = emb;
                    note(() -> "'" + v.token(g.token).text() + "' announces '" + v.token(e2.token).text() + "' (" + e2.code + "): coded as intended");
                    continue;
                }
                String was = g.code;
                g.code = composed;
                g.composed = true;
                g.rule = g.rule + "+" + emb.entry.id().substring(5);
                g.embedded = emb;
                emb.suppressed = !cls.equals("DISAPPROVE");
                List<ActorMention> own = g.targets;
                switch (cls) {
                    case "DISAPPROVE" -> g.targets = firstNonEmpty(without(emb.sources, g.sources), own);
                    case "INTENT", "REJECT", "HALT" -> g.targets = isRequest(emb) && !without(emb.sources, g.sources).isEmpty()
                            // "rejected a United Nations appeal for X": who answers a request answers whoever made it
                            ? without(emb.sources, g.sources)
                            : firstNonEmpty(without(emb.targets, g.sources), own);
                    default -> g.targets = firstNonEmpty(own, without(emb.targets, g.sources));
                }
                Trigger e2 = emb;
                note(() -> "'" + v.token(g.token).text() + "' (" + was + ", " + cls + ") governs '" + v.token(e2.token).text() + "' (" + e2.code + ") -> " + g.code);
            }
        }

        /** A nominal request ("appeal", "demand", "call", "offer") found as a trigger. */
        private boolean isRequest(Trigger t) {
            return t.entry.pos() == TriggerEntry.Pos.NOUN
                    && (REQUEST_NOUNS.contains(v.lemma(t.token)) || REQUEST_NOUNS.contains(v.word(t.token)));
        }

        /** "X will withdraw its troops unless Y ...": a conflictual act made conditional is a threat. */
        private void conditionalThreats() {
            for (Trigger t : triggers.values()) {
                if (t.suppressed) continue;
                int root = rootOf(t.code);
                if (!(t.code.startsWith("0874") || t.code.startsWith("16") || root >= 12 && root != 13)) continue;
                List<Integer> cond = v.dependentsExact(t.token, "advcl:unless");
                if (cond.isEmpty()) {
                    boolean future = false;
                    for (Dependency d : v.children(t.token)) {
                        String w = v.word(d.dependent());
                        if (d.relation().equals("aux") && (FUTURE_AUX.contains(w) || w.equals("would"))) future = true;
                    }
                    if (future) cond = v.dependentsExact(t.token, "advcl:if");
                }
                if (cond.isEmpty() || negated(t.token)) continue;
                String was = t.code;
                String threat = config.embedding().composeCode("THREATEN", t.code);
                t.code = threat == null ? "130" : threat;
                t.rule = t.rule + "+unless";
                t.fixedModality = Modality.ASSERTED;
                List<ActorMention> who = without(resolveAll(v.dependentsExact(cond.get(0), "nsubj")), t.sources);
                if (!who.isEmpty()) t.targets = who;
                int[] ext = v.extent(cond.get(0));
                for (Trigger inner : triggers.values()) {
                    // the condition is what the threat demands, not an event
                    if (inner != t && inner.token >= ext[0] && inner.token <= ext[1]) inner.suppressed = true;
                }
                note(() -> "'" + v.token(t.token).text() + "' (" + was + ") is made conditional: threat " + t.code);
            }
        }

        /**
         * "X threatened to hold a strike unless Israel rescinded the annexation": a threat that names no target is
         * aimed at whoever must meet its condition (the subject of the unless- or if-clause of the threat or of
         * the act it threatens).
         */
        private void threatConditions() {
            for (Trigger t : triggers.values()) {
                if (t.suppressed || !t.code.startsWith("13") || !t.targets.isEmpty()) continue;
                List<Integer> clauses = new ArrayList<>(List.of(t.token));
                for (int k = 0; k < clauses.size() && k < 4; k++) {
                    clauses.addAll(v.dependentsExact(clauses.get(k), "xcomp"));
                    clauses.addAll(v.dependentsExact(clauses.get(k), "ccomp"));
                }
                for (int c : clauses) {
                    List<Integer> cond = new ArrayList<>(v.dependentsExact(c, "advcl:unless"));
                    cond.addAll(v.dependentsExact(c, "advcl:if"));
                    for (int x : cond) {
                        List<ActorMention> who = without(resolveAll(v.dependentsExact(x, "nsubj")), t.sources);
                        if (who.isEmpty()) continue;
                        t.targets = who;
                        note(() -> "'" + v.token(t.token).text() + "': the threat is aimed at whoever must meet its condition");
                        break;
                    }
                    if (!t.targets.isEmpty()) break;
                }
            }
        }

        /** "Russia said Sudan must return the helicopter": a must-clause under a reporting verb is a demand. */
        private List<Trigger> reportedDemands() {
            List<Trigger> out = new ArrayList<>();
            for (int c = 0; c < v.size(); c++) {
                boolean must = false;
                for (Dependency d : v.children(c)) if (d.relation().equals("aux") && v.word(d.dependent()).equals("must")) must = true;
                if (!must) continue;
                int h = v.head(c);
                if (h < 0 || !v.headRelation(c).equals("ccomp") || triggers.containsKey(h)
                        || !(REPORTING.contains(v.lemma(h)) || DEMAND_REPORTING.contains(v.lemma(h)))) continue;
                List<ActorMention> src = clauseSubjects(h, false, 0);
                List<ActorMention> tgt = without(resolveAll(v.dependentsExact(c, "nsubj")), src);
                if (src.isEmpty() && tgt.isEmpty()) continue;
                Trigger inner = triggers.get(c);
                String code = inner == null ? null : config.embedding().composeCode("DEMAND", inner.code);
                if (code == null) code = "100";
                Trigger t = new Trigger(c, MUST_CLAUSE, -1);
                t.code = code;
                t.rule = "rule:must-clause#" + code;
                t.sources = src;
                t.targets = tgt;
                t.composed = true;
                t.fixedModality = Modality.ASSERTED;
                if (inner != null) inner.suppressed = true;
                out.add(t);
                String c2 = code;
                note(() -> "'must' clause under '" + v.token(h).text() + "': demand " + c2);
            }
            return out;
        }

        private List<ActorMention> firstNonEmpty(List<ActorMention> a, List<ActorMention> b) {
            return a.isEmpty() ? b : a;
        }

        private List<Integer> embeddedCandidates(Trigger g) {
            int i = g.token;
            List<Integer> out = new ArrayList<>();
            for (String r : List.of("xcomp", "ccomp", "advcl:to", "acl:to", "acl")) out.addAll(v.dependentsExact(i, r));
            for (int o : v.dependentsExact(i, "obj")) out.add(o);
            if (g.consumedObject >= 0 && !out.contains(g.consumedObject)) out.add(g.consumedObject);
            for (String p : List.of("for", "of", "about", "with", "on", "to", "against")) {
                out.addAll(v.dependentsExact(i, "obl:" + p));
                out.addAll(v.dependentsExact(i, "nmod:" + p));
            }
            out.addAll(v.dependentsExact(i, "nsubj:pass"));
            return out;
        }

        // ---- what an accusation, a violent event or a consultation governs -----------------------------------

        /**
         * "Azerbaijan accused Armenia of violating the ceasefire": the violation is what the accuser says, not what
         * the sentence asserts. Its actor is the accused, its modality reported, and the accuser its attribution.
         */
        private void accusationContents() {
            for (Trigger t : triggers.values()) {
                if (t.suppressed || t.composed) continue;
                String hr = v.headRelation(t.token);
                int h = v.head(t.token);
                if (h < 0 || !(hr.equals("advcl:of") || hr.equals("acl:of") || hr.equals("advcl:for") || hr.equals("acl:for"))) continue;
                Trigger g = triggers.get(h);
                if (g == null || g.suppressed || !(g.code.startsWith("11") || g.code.startsWith("09"))) continue;
                if (!g.targets.isEmpty()) t.sources = g.targets;
                t.targets = without(t.targets, t.sources);
                t.fixedModality = Modality.REPORTED;
                if (!g.sources.isEmpty()) t.attributionOverride = g.sources.get(0).span().text();
                note(() -> "'" + v.token(t.token).text() + "' is what '" + v.token(g.token).text()
                        + "' alleges: reported, its actor the accused");
            }
        }

        /**
         * "Clashes ... killed five people": a killing whose subject is itself a violent event is that event's toll,
         * not a second event (the toll is counted on the sentence's violent events). A cause with no actor of its
         * own ("an explosion killed two soldiers") leaves the killing to carry the event.
         */
        private void consequencesOfViolentEvents() {
            for (Trigger t : triggers.values()) {
                if (t.suppressed || !isViolent(t.code) || t.entry.pos() != TriggerEntry.Pos.VERB) continue;
                for (int subj : v.dependents(t.token, "nsubj")) {
                    Trigger cause = triggers.get(subj);
                    if (cause != null && cause != t && !cause.suppressed && isViolent(cause.code)
                            && !(cause.sources.isEmpty() && cause.targets.isEmpty())) {
                        t.suppressed = true;
                        note(() -> "'" + v.token(t.token).text() + "' tells the toll of '" + v.token(subj).text()
                                + "': not a second event");
                        break;
                    }
                }
            }
        }

        /**
         * "The two leaders discussed the situation": what is discussed is a topic, not a partner; the partner of a
         * consultation is named by its "with" phrase, and a subject naming two known parties consulted each other.
         */
        private void topicsAreNotPartners() {
            for (Trigger t : triggers.values()) {
                if (t.suppressed || t.entry.pos() != TriggerEntry.Pos.VERB || !t.code.startsWith("04")) continue;
                if (t.entry.prepsFirst() || t.targets.isEmpty()) continue;
                List<ActorMention> partners = new ArrayList<>(resolveAll(prepArgs(t.token, List.of("with"))));
                List<ActorMention> objects = resolveAll(v.dependentsExact(t.token, "obj"));
                if (objects.isEmpty() || !t.targets.stream().allMatch(objects::contains)) continue;
                partners = without(partners, t.sources);
                if (!partners.isEmpty()) {
                    // "discussed Libya with Trump": the partner is named by the with-phrase, the object is a topic
                    t.targets = partners;
                    note(() -> "'" + v.token(t.token).text() + "': its with-phrase names the partner, its object the topic");
                    continue;
                }
                // the object is a topic ("the situation", "the work of the peacekeepers"), unless it is a party
                boolean topic = v.dependentsExact(t.token, "obj").stream().noneMatch(o -> mentions.stream().anyMatch(m -> m.head() == o));
                if (!topic) continue;
                t.targets = List.of();
                note(() -> "'" + v.token(t.token).text() + "': its object is a topic, not a partner");
            }
        }

        /**
         * "Serbia and Kosovo met in Brussels": a meeting of two parties in a place that belongs to neither is
         * CAMEO 044 (meet at a "third" location); the place must be an actor mention naming a country.
         */
        private void thirdLocations() {
            for (Trigger t : triggers.values()) {
                if (t.suppressed || !(t.code.equals("040") || t.code.equals("046"))) continue;
                List<ActorMention> parties = new ArrayList<>(t.sources);
                parties.addAll(t.targets);
                if (parties.size() < 2) continue;
                Set<String> countries = new java.util.HashSet<>();
                for (ActorMention m : parties) for (String c : m.codes()) if (knownCountry(c)) countries.add(c.substring(0, 3));
                if (countries.size() < 2) continue;
                int at = t.entry.pos() == TriggerEntry.Pos.NOUN ? anchor(t.token) : t.token;
                List<Integer> places = prepArgs(at, List.of("in", "at"));
                int h = t.entry.pos() == TriggerEntry.Pos.NOUN ? supportVerb(anchor(t.token)) : -1;
                if (h >= 0) places.addAll(prepArgs(h, List.of("in", "at")));
                for (int p : places) {
                    ActorMention m = mentionAt(p);
                    if (m == null || m.codes().isEmpty() || parties.contains(m)) continue;
                    String c = m.codes().get(0);
                    if (!knownCountry(c) || countries.contains(c.substring(0, 3))) continue;
                    t.code = "044";
                    t.rule = t.rule + "+third-location";
                    note(() -> "'" + v.token(t.token).text() + "': the parties meet in " + m.span().text() + ": 044");
                    break;
                }
            }
        }

        // ---- modality ---------------------------------------------------------------------------------------

        private void modality(Trigger t) {
            if (t.fixedModality != null) {
                t.modality = t.fixedModality;
                return;
            }
            int i = t.token;
            Modality m = null;
            int c = i;
            boolean intended = t.forcedIntended;
            boolean hypothetical = false;
            for (int step = 0; step < 4 && c >= 0; step++) {
                if (negated(c)) { m = Modality.NEGATED; break; }
                for (Dependency d : v.children(c)) {
                    String l = v.lemma(d.dependent());
                    String w = v.word(d.dependent());
                    if (d.relation().equals("aux")) {
                        if ((w.equals("would") || w.equals("'d")) && reportedClause(c) && !conditional(c)) intended = true; // "said it would allow"
                        else if (HYPOTHETICAL_AUX.contains(w) || HYPOTHETICAL_AUX.contains(l)) hypothetical = true;
                        if (FUTURE_AUX.contains(w) || l.equals("will") || l.equals("shall")) intended = true;
                    }
                    if (d.relation().equals("mark") && (l.equals("if") || l.equals("unless") || l.equals("whether"))) hypothetical = true;
                    if (d.relation().equals("advmod") && l.equals("about") && v.hasDependent(c, "mark")) intended = true;
                    if (d.relation().equals("amod") && (l.equals("possible") || l.equals("potential") || l.equals("planned") || l.equals("proposed"))) hypothetical = true;
                }
                String hr = v.headRelation(c);
                int h = v.head(c);
                if (hr.startsWith("advcl:if") || hr.startsWith("advcl:unless")) hypothetical = true;
                if (h < 0) break;
                if (hr.equals("ccomp") && (v.lemma(h).equals("deny") || v.lemma(h).equals("refute"))) { m = Modality.NEGATED; break; }
                if (hr.equals("xcomp") && v.lemma(h).equals("fail")) { m = Modality.NEGATED; break; }
                if ((hr.equals("xcomp") || hr.equals("advcl:to")) && INTENT_GOVERNORS.contains(v.lemma(h))) intended = true;
                if (!(hr.equals("xcomp") || hr.startsWith("conj") || hr.equals("advcl:to") || (t.entry.pos() == TriggerEntry.Pos.NOUN && step == 0 && (hr.equals("obj") || hr.startsWith("obl"))))) break;
                c = h;
            }
            if (m == null && hypothetical) m = Modality.HYPOTHETICAL;
            if (m == null && intended) m = Modality.INTENDED;
            if (m == null && reported(i)) m = Modality.REPORTED;
            t.modality = m == null ? Modality.ASSERTED : m;
        }

        private boolean reportedClause(int c) {
            return v.headRelation(c).equals("ccomp") && v.head(c) >= 0 && REPORTING.contains(v.lemma(v.head(c)));
        }

        private boolean conditional(int c) {
            for (Dependency d : v.children(c)) if (d.relation().startsWith("advcl:if") || d.relation().startsWith("advcl:unless")) return true;
            return false;
        }

        private boolean negated(int c) {
            for (Dependency d : v.children(c)) {
                String r = d.relation();
                if ((r.equals("advmod") || r.equals("neg") || r.equals("det")) && NEGATION.contains(v.lemma(d.dependent()))
                        && !(r.equals("det") && v.lemma(d.dependent()).equals("neither"))) return true;
            }
            return false;
        }

        /** The clause of {@code i} is the complement of a reporting verb, has one in parataxis, or an "according to". */
        private boolean reported(int i) {
            return reporter(i) != null;
        }

        /** The token whose phrase names who reports, or null. */
        private Integer reporter(int i) {
            int c = i;
            for (int step = 0; step < 6 && c >= 0; step++) {
                for (Dependency d : v.children(c)) {
                    String r = d.relation();
                    if (r.equals("obl:according_to") || r.equals("nmod:according_to")) return d.dependent();
                    if (r.equals("parataxis") && REPORTING.contains(v.lemma(d.dependent())) && !triggers.containsKey(d.dependent())) {
                        List<Integer> subj = v.dependents(d.dependent(), "nsubj");
                        return subj.isEmpty() ? d.dependent() : subj.get(0);
                    }
                }
                String hr = v.headRelation(c);
                int h = v.head(c);
                if (h < 0) return null;
                if ((hr.equals("ccomp") || hr.equals("parataxis")) && REPORTING.contains(v.lemma(h)) && h != i) {
                    List<Integer> subj = v.dependents(h, "nsubj");
                    for (Dependency d : v.children(h)) if (d.relation().equals("obl:according_to")) return d.dependent();
                    return subj.isEmpty() ? h : subj.get(0);
                }
                c = h;
            }
            return null;
        }

        private String attribution(int i) {
            Integer r = reporter(i);
            if (r == null) return null;
            int[] ext = v.extent(r);
            return v.text(ext[0], ext[1]);
        }

        // ---- events -----------------------------------------------------------------------------------------

        private void emit(Trigger t, String attribution, Integer fatalities, List<EventMention> out) {
            List<ActorMention> src = t.sources;
            List<ActorMention> tgt = t.targets;
            List<ActorMention[]> pairs = new ArrayList<>();
            boolean reciprocal = false;
            if (src.isEmpty() && t.betweenTargets && tgt.size() >= 2) {
                src = tgt;
                tgt = List.of();
            }
            boolean interactive = t.entry.symmetric() || (t.embedded != null && t.embedded.entry.symmetric())
                    || rootOf(t.code) >= 3 && rootOf(t.code) <= 6;
            if (src.size() == 1 && tgt.isEmpty() && interactive && src.get(0).codes().size() == 2
                    && src.get(0).kind() != ActorMention.Kind.DICTIONARY
                    && !src.get(0).codes().get(0).equals(src.get(0).codes().get(1))) {
                // "the two leaders discussed": two named parties in one phrase consulted each other
                // (a PETRARCH "[A/B]" entry is one actor with several codes, not two parties)
                ActorMention group = src.get(0);
                src = new ArrayList<>();
                for (String c : group.codes()) {
                    src.add(new ActorMention(group.sentence(), group.firstToken(), group.lastToken(), group.head(),
                            group.span(), List.of(c), group.kind()));
                }
            }
            if (src.size() >= 2 && tgt.isEmpty() && interactive) {
                reciprocal = true;
                for (ActorMention a : src) for (ActorMention b : src) if (a != b) pairs.add(new ActorMention[] {a, b});
            } else if (t.entry.symmetric() && t.embedded == null && !src.isEmpty() && !tgt.isEmpty()) {
                reciprocal = true;
                for (ActorMention a : src) for (ActorMention b : tgt) {
                    pairs.add(new ActorMention[] {a, b});
                    pairs.add(new ActorMention[] {b, a});
                }
            } else {
                for (ActorMention a : src.isEmpty() ? java.util.Collections.<ActorMention>singletonList(null) : src)
                    for (ActorMention b : tgt.isEmpty() ? java.util.Collections.<ActorMention>singletonList(null) : tgt)
                        pairs.add(new ActorMention[] {a, b});
            }
            Integer dead = fatalities != null && isViolent(t.code) ? fatalities : null;
            for (ActorMention[] p : pairs) {
                for (String sc : codes(p[0])) {
                    for (String tc : codes(p[1])) {
                        add(t, t.code, t.rule, p[0], sc, p[1], tc, reciprocal, attribution, dead, out);
                        if (p[1] != null && !reciprocal) {
                            // a visit implies a host and a host a visitor (CAMEO 042 / 043)
                            if (t.code.equals("042")) add(t, "043", t.rule + "+host", p[1], tc, p[0], sc, false, attribution, dead, out);
                            else if (t.code.equals("043")) add(t, "042", t.rule + "+visit", p[1], tc, p[0], sc, false, attribution, dead, out);
                        }
                    }
                }
            }
        }

        private List<String> codes(ActorMention m) {
            if (m == null || m.codes().isEmpty()) return java.util.Collections.singletonList(null);
            return m.codes();
        }

        private void add(Trigger t, String cameo, String rule, ActorMention s, String sc, ActorMention gIn, String tcIn,
                         boolean reciprocal, String attribution, Integer dead, List<EventMention> out) {
            if (s != null && s == gIn) return;
            boolean same = sc != null && sc.equals(tcIn);
            if (same) {
                // "Israel banned voting in Jerusalem": no dyad, but still an event of its source
                note(() -> cameo + " at '" + v.token(t.token).text() + "': source and target are both " + sc + ": target left out");
            }
            ActorMention g = same ? null : gIn;
            String tc = same ? null : tcIn;
            // under Annalist conventions a named actor that no dictionary codes ("Frances Fitzgerald agreed to
            // resign") still acts: the event is kept with its words and no invented code
            boolean ok = config.requireDyad() ? sc != null && tc != null
                    : sc != null || tc != null || named(s) || named(g);
            if (ok && config.requireKnownCountry() && !knownCountry(sc) && !knownCountry(tc)) {
                note(() -> cameo + " at '" + v.token(t.token).text() + "': neither " + sc + " nor " + tc + " names a known actor: dropped");
                return;
            }
            if (!ok) {
                note(() -> cameo + " at '" + v.token(t.token).text() + "': " + (config.requireDyad() ? "needs a coded source and target" : "no coded actor") + " (source " + sc + ", target " + tc + "): dropped");
                return;
            }
            Span trig = triggerSpan(t);
            Actor source = s == null ? null : new Actor(withSentenceCountry(sc), s.span().text(), s.span().start(), s.span().end());
            Actor target = g == null ? null : new Actor(withSentenceCountry(tc), g.span().text(), g.span().start(), g.span().end());
            // the words of an argument that names no coded actor are kept, uncoded ("agreed to a truce in eastern
            // Donbas": the target's words are "eastern Donbas"); PETRARCH conventions keep only coded dyads
            if (!config.requireDyad()) {
                if (source == null && s == null) source = uncoded(sourceWords(t), target);
                if (target == null && gIn == null) target = uncoded(targetWords(t), source);
            }
            double confidence = 0.4 + (sc != null ? 0.2 : 0) + (tc != null ? 0.2 : 0)
                    + (t.entry.specificity() > 0 || t.embedded != null ? 0.1 : 0) + (t.modality == Modality.ASSERTED ? 0.1 : 0);
            String id = stableId(article.article().id(), sentence.index(), trig.start(), cameo, sc, tc);
            String plover = plover(cameo, t.modality);
            out.add(new EventMention(id, article.article().id(), sentence.index(), cameo, plover, t.modality, attribution,
                    reciprocal, dead, trig, source, target, null, null, v.text(), rule, Math.min(1.0, confidence), VERSION));
            note(() -> "event " + cameo + " " + sc + " -> " + tc + " (" + t.modality.label() + (reciprocal ? ", reciprocal" : "") + ") by " + rule);
        }

        /**
         * "The Argentine judge ordered former president Carlos Menem to appear": a role with no country ("---ELI")
         * takes the country of the sentence when the sentence names exactly one (Annalist conventions only;
         * PETRARCH conventions code what the dictionaries say).
         */
        private String withSentenceCountry(String code) {
            if (code == null || !code.startsWith("---") || config.requireDyad()) return code;
            String only = null;
            for (ActorMention m : mentions) {
                for (String c : m.codes()) {
                    if (c == null || c.length() < 3 || !knownCountry(c) || NON_STATE.contains(c.substring(0, 3))) continue;
                    String country = c.substring(0, 3);
                    if (only == null) only = country;
                    else if (!only.equals(country)) return code;
                }
            }
            return only == null ? code : only + code.substring(3);
        }

        /** A person or organisation named in the text that no dictionary codes. */
        private boolean named(ActorMention m) {
            return m != null && m.kind() == ActorMention.Kind.UNCODED;
        }

        /** An uncoded actor for the phrase headed at {@code h}, or null (none, or it overlaps {@code other}). */
        private Actor uncoded(int h, Actor other) {
            if (h < 0 || temporal(h) || v.token(h).pos().startsWith("PRP") || v.token(h).pos().equals("WDT")) return null;
            int[] ext = v.extent(h);
            int first = ext[0], last = Math.min(ext[1], Math.max(h, ext[0] + 9));
            while (first < h && Set.of("DT", "IN", "TO", ",", "CC").contains(v.token(first).pos())) first++;
            while (last > h && Set.of(",", ".", "IN", "TO", "CC", "DT", "-LRB-", "-RRB-", "``", "''").contains(v.token(last).pos())) last--;
            int start = v.token(first).start(), end = v.token(last).end();
            if (other != null && start < other.end() && other.start() < end) return null;
            return new Actor(null, v.text(first, last), start, end);
        }

        /** The head of the trigger's subject phrase (agent of a passive, possessor of a nominal), or -1. */
        private int sourceWords(Trigger t) {
            int i = t.token;
            if (!t.entry.inversePreps().isEmpty()) return first(prepArgs(i, List.copyOf(t.entry.inversePreps())));
            if (t.entry.pos() == TriggerEntry.Pos.NOUN) {
                int x = first(v.dependentsExact(anchor(i), "nmod:poss"));
                if (x < 0) x = first(v.dependentsExact(anchor(i), "nmod:by"));
                if (x < 0) {
                    int h = supportVerb(anchor(i));
                    if (h >= 0) x = first(v.dependentsExact(h, "nsubj"));
                }
                return x;
            }
            int c = i;
            for (int k = 0; k < 3 && c >= 0; k++) {
                if (passive(c)) {
                    int a = first(v.dependents(c, "obl:agent"));
                    if (a >= 0) return a;
                } else {
                    int a = first(v.dependentsExact(c, "nsubj"));
                    if (a >= 0) return a;
                }
                String hr = v.headRelation(c);
                if (!(hr.equals("xcomp") || hr.startsWith("conj") || hr.equals("advcl:to"))) break;
                c = v.head(c);
            }
            return -1;
        }

        /** The head of the trigger's target phrase: object, the frame's prepositions, else its "in" place, or -1. */
        private int targetWords(Trigger t) {
            int i = t.token;
            TriggerEntry e = t.entry;
            List<Integer> order = new ArrayList<>();
            if (!e.inversePreps().isEmpty()) {
                order.addAll(v.dependentsExact(i, "nsubj"));
            } else if (e.pos() == TriggerEntry.Pos.NOUN) {
                order.addAll(prepArgs(anchor(i), e.targetPreps() == null ? NOUN_PREPS : e.targetPreps()));
                int h = supportVerb(anchor(i));
                if (h >= 0) order.addAll(v.dependentsExact(h, "iobj"));
                order.addAll(prepArgs(anchor(i), List.of("in", "into", "for")));
                if (h >= 0) order.addAll(prepArgs(h, List.of("to", "in", "for")));
            } else {
                if (passive(i)) order.addAll(v.dependents(i, "nsubj:pass"));
                for (int o : v.dependentsExact(i, "obj")) if (o != t.consumedObject) order.add(o);
                if (v.dependentsExact(i, "obj").isEmpty()) order.addAll(prepArgs(i, PARTICLES));
                order.addAll(v.dependentsExact(i, "iobj"));
                order.addAll(prepArgs(i, e.targetPreps() == null ? VERB_PREPS : e.targetPreps()));
                if (t.consumedObject >= 0) order.addAll(prepArgs(t.consumedObject, List.of("to", "against", "on", "with", "of", "in", "into")));
                order.addAll(prepArgs(i, List.of("in", "into", "for")));
                order.addAll(governedArguments(i, 0));
                boolean eventNoun = t.consumedObject >= 0
                        && !config.triggers().candidates(v.lemma(t.consumedObject), TriggerEntry.Pos.NOUN).isEmpty();
                if (t.consumedObject >= 0 && rootOf(t.code) != 15 && v.token(t.consumedObject).isNoun() && !eventNoun)
                    order.add(t.consumedObject); // "expelled all weapons inspectors": the inspectors undergo it
            }
            if (t.embedded != null && order.isEmpty()) return targetWords(t.embedded);
            for (int x : order) if (!v.token(x).pos().startsWith("PRP") && !temporal(x)) return x;
            return -1;
        }

        private int first(List<Integer> xs) {
            return xs.isEmpty() ? -1 : xs.get(0);
        }

        private Span triggerSpan(Trigger t) {
            int first = t.token, last = t.token;
            if (t.entry.pos() == TriggerEntry.Pos.NOUN) first = Math.max(0, t.token - (t.entry.words().size() - 1));
            if (t.consumedObject >= 0) {
                first = Math.min(first, t.consumedObject);
                last = Math.max(last, t.consumedObject);
            }
            if (last - first > 6) { first = t.token; last = t.token; }
            return new Span(v.text(first, last), v.token(first).start(), v.token(last).end());
        }

        /** Keeps one event per (code, source, target); drops half-empty events that a fuller one of the same root covers. */
        private List<EventMention> dedupe(List<EventMention> events) {
            Map<String, EventMention> best = new LinkedHashMap<>();
            for (EventMention e : events) {
                String key = e.cameo() + "|" + codeOf(e.source()) + "|" + codeOf(e.target()) + "|" + e.reciprocal();
                EventMention b = best.get(key);
                if (b == null || e.confidence() > b.confidence()) best.put(key, e);
            }
            List<EventMention> out = new ArrayList<>();
            for (EventMention e : best.values()) {
                boolean covered = false;
                for (EventMention o : best.values()) {
                    if (o == e || !o.cameo().substring(0, 2).equals(e.cameo().substring(0, 2))) continue;
                    if (codeOf(e.target()) == null && codeOf(o.target()) != null && Objects.equals(codeOf(e.source()), codeOf(o.source()))) covered = true;
                    if (codeOf(e.source()) == null && codeOf(o.source()) != null && Objects.equals(codeOf(e.target()), codeOf(o.target()))) covered = true;
                }
                if (covered) {
                    note(() -> "event " + e.cameo() + " " + codeOf(e.source()) + " -> " + codeOf(e.target()) + " is covered by a fuller event: dropped");
                } else {
                    out.add(e);
                }
            }
            return out;
        }
    }

    /**
     * The PLOVER type: the configured mapping, except that appeals (CAMEO 02, which the CAMEO-to-PLOVER root table
     * leaves out) are requests ("all requests, demands, and orders"), and that consultation, support, cooperation
     * and aid announced for the future are AGREE, as the PLOVER manual directs (and so are announced concessions);
     * protest, force and coercion announced for the future are threats (THREATEN).
     */
    private String plover(String cameo, Modality modality) {
        int root = Integer.parseInt(cameo.substring(0, 2));
        if (modality == Modality.INTENDED && root >= 4 && root <= 8) return "AGREE";
        if (modality == Modality.INTENDED && root >= 14) return "THREATEN";
        String p = config.plover().apply(cameo);
        if (p == null && root == 2) return "REQUEST";
        return p;
    }

    private static String codeOf(Actor a) { return a == null ? null : a.code(); }

    private static int rootOf(String cameo) { return Integer.parseInt(cameo.substring(0, 2)); }

    /** A code whose first block names a country or organisation ("---GOV" does not). */
    private static boolean knownCountry(String code) {
        return code != null && code.length() >= 3 && !code.startsWith("---");
    }

    private static boolean cooperative(String cameo) {
        int root = Integer.parseInt(cameo.substring(0, 2));
        return root >= 3 && root <= 8;
    }

    private static boolean verbalConflict(String cameo) {
        int root = rootOf(cameo);
        return root >= 11 && root <= 13;
    }

    private static boolean isViolent(String cameo) {
        int root = Integer.parseInt(cameo.substring(0, 2));
        return root >= 18 && root <= 20;
    }

    /** A stable id from the article, sentence, trigger offset, code and actor codes. */
    static String stableId(String articleId, int sentence, int triggerStart, String cameo, String source, String target) {
        String key = articleId + "|" + sentence + "|" + triggerStart + "|" + cameo + "|" + source + "|" + target;
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
