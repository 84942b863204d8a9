/**
 * The immutable values that flow between Annalist's stages: {@link org.annalist.model.RawDocument}
 * in, {@link org.annalist.model.Article} after extraction, {@link org.annalist.model.AnnotatedArticle}
 * after NLP, {@link org.annalist.model.EventMention} after coding. Every span is a pair of char
 * offsets into {@link org.annalist.model.Article#text()}, end exclusive.
 */
package org.annalist.model;
