package org.annalist.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.annalist.model.Actor;
import org.annalist.model.Dependency;
import org.annalist.model.EmbeddedPost;
import org.annalist.model.Sentence;

/**
 * The author of an embedded post (a tweet kept as a quotation) as the speaker of what the post says in the first
 * person: in "Held a phone conversation with President Putin." or "I spoke with President Putin." posted by Nikol
 * Pashinyan, he is the one who held the conversation. The author's display name is looked up in the resolver's
 * dictionaries (people with dated roles, at the post's date); an author no dictionary knows as a whole name gives
 * no speaker, never a guess.
 *
 * <p>Only a trigger whose clause has no subject (posts drop the "I") or a first-person one ("I", "we") takes the
 * author: "The army shelled our villages" has a subject of its own, and a command ("Stop shelling our villages")
 * has none but is no report of the author's act. The author's name is not in the article text
 * (the extract stage keeps the post's words, not its signature), so the actor's offsets are an empty span at the
 * start of the post, and its text is the name as signed. Immutable and thread-safe.
 */
public final class PostAuthors {

    private static final Set<String> FIRST_PERSON = Set.of("i", "we");

    private final ActorResolver resolver;

    public PostAuthors(ActorResolver resolver) {
        this.resolver = resolver;
    }

    /** The post whose quoted text holds {@code offset}, if any. */
    public static Optional<EmbeddedPost> postAt(List<EmbeddedPost> posts, int offset) {
        for (EmbeddedPost p : posts) if (offset >= p.start() && offset < p.end()) return Optional.of(p);
        return Optional.empty();
    }

    /**
     * The author of {@code post} as an actor coded at the post's date (else {@code fallbackDate}), or empty when the
     * post has no author or no dictionary knows the whole name.
     */
    public Optional<Actor> author(EmbeddedPost post, LocalDate fallbackDate) {
        if (post.author() == null || post.author().isBlank()) return Optional.empty();
        List<String> original = new ArrayList<>();
        for (String w : post.author().strip().split("[\\s\u00a0]+")) if (!w.isEmpty()) original.add(w);
        List<String> words = ActorDictionary.normalizeAll(original);
        LocalDate date = post.date() != null ? post.date() : fallbackDate;
        for (ActorDictionary d : resolver.dictionaries()) {
            Optional<ActorDictionary.Match> m = d.longestAt(words, original, 0);
            if (m.isEmpty() || m.get().end() != words.size() || m.get().entry().isAgent()) continue;
            List<String> codes = m.get().entry().codesAt(date);
            if (codes.isEmpty()) continue;
            return Optional.of(new Actor(codes.get(0), post.author().strip(), post.start(), post.start()));
        }
        return Optional.empty();
    }

    /**
     * Whether the clause of token {@code trigger} speaks in the first person: its verb (the trigger, or the verb
     * that governs a nominal trigger: "held a conversation") has no subject, or "I" or "we".
     */
    public static boolean firstPerson(Sentence s, int trigger) {
        if (s.dependencies().isEmpty()) return false;
        int verb = trigger;
        for (int hops = 0; hops < 4 && !s.token(verb).isVerb(); hops++) {
            List<Dependency> parents = s.parents(verb);
            if (parents.isEmpty() || parents.get(0).governor() < 0) break;
            verb = parents.get(0).governor();
        }
        if (!s.token(verb).isVerb()) return false;
        for (Dependency d : s.children(verb)) {
            if (d.relation().startsWith("nsubj") || d.relation().startsWith("csubj")) {
                return !d.relation().equals("nsubj:pass")
                        && FIRST_PERSON.contains(s.token(d.dependent()).text().toLowerCase(java.util.Locale.ROOT));
            }
        }
        // "we discussed ... and agreed ...": a coordinated verb shares the first verb's subject
        for (Dependency d : s.parents(verb)) {
            if (d.relation().startsWith("conj") && d.governor() >= 0) return firstPerson(s, d.governor());
        }
        // no subject: a dropped "I" ("Held a phone conversation"), but not a command ("Stop shelling our villages")
        return !s.token(verb).pos().equals("VB");
    }
}
