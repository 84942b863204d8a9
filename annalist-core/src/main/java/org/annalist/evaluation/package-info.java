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
 *
 * <p>Places (FORMATS.md section 2): {@link org.annalist.evaluation.PlaceGold} reads the gold,
 * {@link org.annalist.evaluation.PlaceEvaluation} scores a {@link org.annalist.evaluation.PlaceSystem} (Annalist's:
 * annotation and the pipeline's own {@link org.annalist.places.Geoparser}) into
 * {@link org.annalist.evaluation.PlaceScores}: recognition on exact and overlapping spans, resolution on the gold
 * spans (distances by {@link org.annalist.places.Geo}), end to end, and the
 * {@link org.annalist.evaluation.PlaceError}s behind them.
 */
package org.annalist.evaluation;
