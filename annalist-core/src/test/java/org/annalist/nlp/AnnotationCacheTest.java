package org.annalist.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Dependency;
import org.annalist.model.Sentence;
import org.annalist.model.TimeExpression;
import org.annalist.model.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationCacheTest {

    @TempDir
    Path dir;

    private final AtomicInteger calls = new AtomicInteger();
    private final Function<Article, AnnotatedArticle> counting = a -> {
        calls.incrementAndGet();
        Sentence s = new Sentence(0, 0, a.text().length(),
                List.of(new Token(0, "Snow", 0, 4, "NN", "snow", "O"), new Token(1, "fell", 5, 9, "VBD", "fall", "O")),
                List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj")),
                List.of(new TimeExpression(0, 4, "Snow", "DATE", "XXXX-WI")));
        return new AnnotatedArticle(a, List.of(s));
    };

    private static Article article(String text, LocalDate date) {
        return new Article("id", null, null, date, "en", text, null, List.of(), "test", List.of());
    }

    @Test
    void aTextAnnotatedOnceIsReadBackWithTheSameSentences() {
        AnnotationCache cache = new AnnotationCache(dir, NlpConfig.defaults(), counting);
        AnnotatedArticle first = cache.apply(article("Snow fell", null));
        AnnotatedArticle again = cache.apply(article("Snow fell", null));

        assertThat(calls.get()).isEqualTo(1);
        assertThat(again.sentences()).isEqualTo(first.sentences());
        assertThat(again.article().text()).isEqualTo("Snow fell");
    }

    @Test
    void anotherDateOrConfigurationIsAnotherEntry() {
        new AnnotationCache(dir, NlpConfig.defaults(), counting).apply(article("Snow fell", null));
        new AnnotationCache(dir, NlpConfig.defaults(), counting).apply(article("Snow fell", LocalDate.of(2023, 3, 14)));
        new AnnotationCache(dir, new NlpConfig(true, true, 120), counting).apply(article("Snow fell", null));

        assertThat(calls.get()).isEqualTo(3);
    }

    @Test
    void aDamagedEntryIsAnnotatedAgain() throws Exception {
        AnnotationCache cache = new AnnotationCache(dir, NlpConfig.defaults(), counting);
        cache.apply(article("Snow fell", null));
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.writeString(f, "[{\"index\": 0, \"tok");
        }
        AnnotatedArticle again = cache.apply(article("Snow fell", null));

        assertThat(calls.get()).isEqualTo(2);
        assertThat(again.sentences()).hasSize(1);
    }
}
