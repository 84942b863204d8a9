/**
 * Wires the stages together: RawDocument to Article to AnnotatedArticle to EventMentions.
 */
package org.annalist.pipeline;
