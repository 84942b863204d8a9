package org.annalist.nlp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Sentence;

/**
 * Annotated sentences kept on disk, so that scoring the same gold file again does not run CoreNLP again
 * (annotation is nearly all of an evaluation's time). One JSON file per text, named by a SHA-256 of the text,
 * its reference date and the {@link NlpConfig}; the article itself is not stored, only its sentences.
 *
 * <p>A cache file that cannot be read is annotated again and rewritten. Files are written to a temporary
 * name and moved into place, so that two processes sharing a folder never read half a file.
 */
public final class AnnotationCache implements Function<Article, AnnotatedArticle> {

    /** Records' components only: derived {@code isX()} methods (Token.isVerb) are not stored. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final TypeReference<List<Sentence>> SENTENCES = new TypeReference<>() {
    };
    /** Bumped when the stored shape of a sentence or the annotation itself changes. */
    private static final String FORMAT = "annalist-sentences-1";

    private final Path folder;
    private final NlpConfig config;
    private final Function<Article, AnnotatedArticle> annotator;

    /**
     * @param folder    where the annotations are kept (created when missing)
     * @param annotator the annotator that runs when a text is not in the cache
     */
    public AnnotationCache(Path folder, CoreNlpAnnotator annotator) {
        this(folder, annotator.config(), annotator::annotate);
    }

    /** A cache in front of any annotation function; {@code config} is part of the key. */
    public AnnotationCache(Path folder, NlpConfig config, Function<Article, AnnotatedArticle> annotator) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.config = Objects.requireNonNull(config, "config");
        this.annotator = Objects.requireNonNull(annotator, "annotator");
    }

    /**
     * The article's annotation, from the cache when its text was annotated before with the same configuration.
     *
     * @throws UncheckedIOException when the folder cannot be created or written
     */
    @Override
    public AnnotatedArticle apply(Article article) {
        Path file = folder.resolve(key(article) + ".json");
        if (Files.isRegularFile(file)) {
            try {
                return new AnnotatedArticle(article, JSON.readValue(file.toFile(), SENTENCES));
            } catch (IOException e) {
                // unreadable (an older format, a damaged file): annotate again below
            }
        }
        AnnotatedArticle annotated = annotator.apply(article);
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, "annotation", ".tmp");
            JSON.writeValue(tmp.toFile(), annotated.sentences());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write annotation cache " + file + ": " + e.getMessage(), e);
        }
        return annotated;
    }

    /** Whether the article's annotation is already in the cache. */
    public boolean contains(Article article) {
        return Files.isRegularFile(folder.resolve(key(article) + ".json"));
    }

    private String key(Article article) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((FORMAT + "\n" + config + "\n" + article.referenceDate() + "\n" + article.embeds() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(article.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
