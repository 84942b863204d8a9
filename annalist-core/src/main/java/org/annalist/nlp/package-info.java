/**
 * The only package that imports CoreNLP: Article in, AnnotatedArticle out (tokens, POS, lemmas, NER, enhanced UD dependencies, SUTime values). One pipeline per process.
 * With {@code ANNALIST_NLP_CACHE} set to a directory, CoreNLP's results are kept there per text, date and
 * configuration (for repeated evaluations); the models are then loaded on the first miss only.
 */
package org.annalist.nlp;
