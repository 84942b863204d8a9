/**
 * Scoring against the gold formats of shared/eval/FORMATS.md. In: gold files (read by
 * {@link org.annalist.evaluation.EventGold}) and a coder as a function from a gold record to
 * {@link org.annalist.evaluation.PredictedEvent}s. Out: {@link org.annalist.evaluation.EventScores},
 * as JSON or a text table. Nothing here knows how events are coded.
 */
package org.annalist.evaluation;
