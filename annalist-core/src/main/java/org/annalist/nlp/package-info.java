/**
 * The only package that imports CoreNLP: Article in, AnnotatedArticle out (tokens, POS, lemmas, NER, enhanced UD dependencies, SUTime values). One pipeline per process.
 */
package org.annalist.nlp;
