package org.annalist.nlp;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.annalist.model.Dependency;
import org.annalist.model.Sentence;
import org.annalist.model.TimeExpression;
import org.annalist.model.Token;

/**
 * A directory of CoreNLP results (sentences as CoreNLP gave them, before Annalist's time corrections), one
 * file per text, reference date and configuration. For repeated evaluations of the stages after NLP: set the
 * environment variable {@code ANNALIST_NLP_CACHE} (or the system property {@code annalist.nlp.cache}) to a
 * directory. A cache made with another CoreNLP version must be deleted by hand.
 */
final class RawAnnotationCache {
    private static final int FORMAT = 1;

    private final Path dir;

    RawAnnotationCache(Path dir) {
        this.dir = dir;
    }

    /** The cache named by the environment, or null when none is set. */
    static RawAnnotationCache fromEnvironment() {
        String d = System.getProperty("annalist.nlp.cache");
        if (d == null || d.isBlank()) d = System.getenv("ANNALIST_NLP_CACHE");
        return d == null || d.isBlank() ? null : new RawAnnotationCache(Path.of(d));
    }

    static String key(String text, LocalDate reference, NlpConfig config) {
        String k = FORMAT + "|" + config + "|" + reference + "|" + text;
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(k.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The cached sentences, or null when absent or unreadable. */
    List<Sentence> get(String key) {
        Path f = dir.resolve(key + ".bin");
        if (!Files.isRegularFile(f)) return null;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f)))) {
            if (in.readInt() != FORMAT) return null;
            int n = in.readInt();
            List<Sentence> out = new ArrayList<>(n);
            for (int s = 0; s < n; s++) {
                int index = in.readInt(), start = in.readInt(), end = in.readInt();
                int nt = in.readInt();
                List<Token> tokens = new ArrayList<>(nt);
                for (int i = 0; i < nt; i++) {
                    tokens.add(new Token(in.readInt(), in.readUTF(), in.readInt(), in.readInt(), in.readUTF(),
                            in.readUTF(), in.readUTF()));
                }
                int nd = in.readInt();
                List<Dependency> deps = new ArrayList<>(nd);
                for (int i = 0; i < nd; i++) deps.add(new Dependency(in.readInt(), in.readInt(), in.readUTF()));
                int nx = in.readInt();
                List<TimeExpression> times = new ArrayList<>(nx);
                for (int i = 0; i < nx; i++) {
                    int ts = in.readInt(), te = in.readInt();
                    times.add(new TimeExpression(ts, te, in.readUTF(), nullable(in.readUTF()), nullable(in.readUTF())));
                }
                out.add(new Sentence(index, start, end, tokens, deps, times));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    void put(String key, List<Sentence> sentences) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(FORMAT);
                out.writeInt(sentences.size());
                for (Sentence s : sentences) {
                    out.writeInt(s.index());
                    out.writeInt(s.start());
                    out.writeInt(s.end());
                    out.writeInt(s.tokens().size());
                    for (Token t : s.tokens()) {
                        out.writeInt(t.index());
                        out.writeUTF(t.text());
                        out.writeInt(t.start());
                        out.writeInt(t.end());
                        out.writeUTF(String.valueOf(t.pos()));
                        out.writeUTF(String.valueOf(t.lemma()));
                        out.writeUTF(String.valueOf(t.ner()));
                    }
                    out.writeInt(s.dependencies().size());
                    for (Dependency d : s.dependencies()) {
                        out.writeInt(d.governor());
                        out.writeInt(d.dependent());
                        out.writeUTF(d.relation());
                    }
                    out.writeInt(s.times().size());
                    for (TimeExpression x : s.times()) {
                        out.writeInt(x.start());
                        out.writeInt(x.end());
                        out.writeUTF(x.text());
                        out.writeUTF(x.type() == null ? "\u0000" : x.type());
                        out.writeUTF(x.value() == null ? "\u0000" : x.value());
                    }
                }
            }
            Files.move(tmp, dir.resolve(key + ".bin"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the NLP cache in " + dir, e);
        }
    }

    private static String nullable(String s) {
        return s.equals("\u0000") ? null : s;
    }
}
