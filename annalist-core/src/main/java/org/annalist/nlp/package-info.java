/**
 * The only package that imports CoreNLP: Article in, AnnotatedArticle out (tokens, POS, lemmas, NER, enhanced UD dependencies, SUTime values). One pipeline per process.
 * Two on-disk caches serve repeated evaluations: {@link org.annalist.nlp.AnnotationCache} keeps the finished
 * annotation of a text (used by {@code eval places --cache DIR}); with {@code ANNALIST_NLP_CACHE} set to a directory,
 * {@code RawAnnotationCache} keeps CoreNLP's own results before Annalist's time corrections, so that changes to
 * those corrections and to every later stage are measured without running CoreNLP again; the models are then
 * loaded on the first miss only.
 */
package org.annalist.nlp;
