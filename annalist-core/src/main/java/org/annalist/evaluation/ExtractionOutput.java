package org.annalist.evaluation;

/**
 * What an extraction system returned for one page.
 *
 * @param text    the extracted article body; empty when the system found none
 * @param nanos   time the system spent on the page, in nanoseconds (extraction only: no file reading,
 *                no inter-process transfer)
 * @param refusal why there is no text (the system's own one-line reason), or null
 */
public record ExtractionOutput(String text, long nanos, String refusal) {

    public ExtractionOutput {
        text = text == null ? "" : text;
    }
}
