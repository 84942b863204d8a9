/**
 * When: the date of an event from the time expression governing its trigger, resolved against the
 * article's reference date (its dateline's, else its own), with its precision. In: an annotated sentence and
 * a trigger token; out: {@link org.annalist.model.EventDate} ({@link org.annalist.time.EventDater}). TIMEX3
 * values become day intervals in {@link org.annalist.time.TimexInterval}. {@link org.annalist.time.TimexCorrector}
 * brings SUTime's expressions to TimeML conventions (extents, types, values) before anything reads them, and
 * {@link org.annalist.time.AnchorShift} dates the words of a quoted post from the post's own date.
 * {@link org.annalist.time.HistoricalBackground} tells, after dating, an event the story recalls from long before
 * ("the 2020 war") from a current one; the pipeline makes it {@link org.annalist.model.Modality#BACKGROUND}.
 */
package org.annalist.time;
