/**
 * Scoring against the gold formats of shared/eval/FORMATS.md. In: gold files (events:
 * {@link org.annalist.evaluation.EventGold}; time expressions: {@link org.annalist.evaluation.TimeGold})
 * and the system under test as a function from a gold record to its output. Out: scores
 * ({@link org.annalist.evaluation.EventScores}, {@link org.annalist.evaluation.TimexScores}) as JSON or a
 * text table. Nothing here knows how events are coded or times are found, except
 * {@link org.annalist.evaluation.TimeEvaluation}, which runs the CoreNLP annotator on time gold for
 * {@code annalist eval times}.
 *
 * <p>Article extraction (FORMATS.md section 4, the Zyte benchmark): {@link org.annalist.evaluation.ExtractionGold}
 * lists the pages, {@link org.annalist.evaluation.ExtractionEvaluation} runs one or more
 * {@link org.annalist.evaluation.ExtractionSystem}s (Annalist's extract stage; Mozilla Readability.js in a node
 * process) and {@link org.annalist.evaluation.ExtractionScores} holds the shingle precision, recall and F1.
 */
package org.annalist.evaluation;
