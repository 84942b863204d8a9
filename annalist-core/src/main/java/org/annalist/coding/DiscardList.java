package org.annalist.coding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Phrases that put a sentence (or, marked with {@code +}, a whole story) out of scope for event coding: sports,
 * weather. The PETRARCH / TABARI discard-file format: one phrase a line, {@code #} comments, {@code _} joins words.
 */
public final class DiscardList {
    private static final DiscardList NONE = new DiscardList(List.of(), List.of());
    private final List<Pattern> sentencePhrases;
    private final List<Pattern> storyPhrases;

    private DiscardList(List<Pattern> sentencePhrases, List<Pattern> storyPhrases) {
        this.sentencePhrases = List.copyOf(sentencePhrases);
        this.storyPhrases = List.copyOf(storyPhrases);
    }

    /** No discards. */
    public static DiscardList none() { return NONE; }

    /** Builds a list from phrases; a leading {@code +} marks a story-level discard. */
    public static DiscardList of(List<String> phrases) {
        List<Pattern> s = new ArrayList<>(), st = new ArrayList<>();
        for (String p : phrases) {
            String x = p.strip();
            boolean story = x.startsWith("+");
            if (story) x = x.substring(1).strip();
            x = x.replace('_', ' ').strip();
            if (x.isEmpty()) continue;
            Pattern pat = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(x.toUpperCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q") + "(?![\\p{L}\\p{N}])");
            (story ? st : s).add(pat);
        }
        return new DiscardList(s, st);
    }

    /** Reads a discard file. */
    public static DiscardList read(Path file) throws CodingException {
        List<String> phrases = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int hash = line.indexOf('#');
                if (hash >= 0) line = line.substring(0, hash);
                int semi = line.indexOf(';');
                if (semi >= 0) line = line.substring(0, semi);
                if (!line.isBlank()) phrases.add(line);
            }
        } catch (IOException e) {
            throw new CodingException("cannot read discard list " + file + ": " + e.getMessage(), e);
        }
        return of(phrases);
    }

    /** True when the sentence holds a sentence-level or story-level phrase. */
    public boolean discardsSentence(String sentence) {
        String u = sentence.toUpperCase(Locale.ROOT);
        for (Pattern p : sentencePhrases) if (p.matcher(u).find()) return true;
        for (Pattern p : storyPhrases) if (p.matcher(u).find()) return true;
        return false;
    }

    /** True when the story holds a story-level phrase. */
    public boolean discardsStory(String text) {
        String u = text.toUpperCase(Locale.ROOT);
        for (Pattern p : storyPhrases) if (p.matcher(u).find()) return true;
        return false;
    }
}
