/**
 * Scoring against the gold formats of shared/eval/FORMATS.md. In: gold files (events:
 * {@link org.annalist.evaluation.EventGold}; time expressions: {@link org.annalist.evaluation.TimeGold})
 * and the system under test as a function from a gold record to its output. Out: scores
 * ({@link org.annalist.evaluation.EventScores}, {@link org.annalist.evaluation.TimexScores}) as JSON or a
 * text table. Nothing here knows how events are coded or times are found, except
 * {@link org.annalist.evaluation.TimeEvaluation}, which runs the CoreNLP annotator on time gold for
 * {@code annalist eval times}.
 */
package org.annalist.evaluation;
