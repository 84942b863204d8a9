package org.annalist.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annalist.model.Dependency;
import org.annalist.model.Sentence;
import org.annalist.model.TimeExpression;
import org.annalist.model.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawAnnotationCacheTest {

    @Test
    void sentencesComeBackAsTheyWereStored(@TempDir Path dir) {
        RawAnnotationCache cache = new RawAnnotationCache(dir);
        String text = "Riga shelled\tthe port yesterday.";
        String key = RawAnnotationCache.key(text, LocalDate.of(2024, 5, 2), NlpConfig.defaults());
        assertNull(cache.get(key));
        Sentence s = new Sentence(0, 0, text.length(),
                List.of(new Token(0, "Riga", 0, 4, "NNP", "Riga", "CITY"), new Token(1, "shelled", 5, 12, "VBD", "shell", "O"),
                        new Token(2, "yesterday", 22, 31, "NN", "yesterday", "DATE")),
                List.of(new Dependency(-1, 1, "root"), new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "obl:tmod")),
                List.of(new TimeExpression(22, 31, "yesterday", "DATE", null)));
        cache.put(key, List.of(s));
        assertEquals(List.of(s), cache.get(key));
    }

    @Test
    void theKeyDependsOnTextDateAndConfiguration() {
        String k = RawAnnotationCache.key("a", LocalDate.of(2024, 1, 1), NlpConfig.defaults());
        assertNotEquals(k, RawAnnotationCache.key("b", LocalDate.of(2024, 1, 1), NlpConfig.defaults()));
        assertNotEquals(k, RawAnnotationCache.key("a", LocalDate.of(2024, 1, 2), NlpConfig.defaults()));
        assertNotEquals(k, RawAnnotationCache.key("a", LocalDate.of(2024, 1, 1), new NlpConfig(true, true, 120)));
    }
}
