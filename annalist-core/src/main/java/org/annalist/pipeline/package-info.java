/**
 * Wires the stages together: RawDocument to Article to AnnotatedArticle to EventMentions, each with its
 * {@link org.annalist.ontology.EventView} (PLOVER, ACLED, QuadClass, five-way) in the
 * {@link org.annalist.pipeline.Analysis}. {@link org.annalist.pipeline.Pipeline#explain} also returns the coder's
 * decisions sentence by sentence ({@link org.annalist.pipeline.Explanation}).
 */
package org.annalist.pipeline;
