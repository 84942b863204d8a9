package org.annalist.model;

import java.util.List;

/** An article with its sentences annotated by the NLP stage. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }
}
