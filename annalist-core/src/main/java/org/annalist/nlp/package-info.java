/**
 * The only package that imports CoreNLP: Article in, AnnotatedArticle out (tokens, POS, lemmas, NER, enhanced UD dependencies, SUTime values). One pipeline per process; {@link org.annalist.nlp.AnnotationCache} keeps its output on disk for repeated evaluations.
 */
package org.annalist.nlp;
