package org.annalist.model;

/**
 * A time expression found by the NLP stage, normalised against the article date.
 *
 * @param start char offset into the article text
 * @param end   end offset (exclusive)
 * @param text  the words
 * @param type  TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value ("2023-03-13", "2023-W10", "P44D"), or null when it could not be normalised
 */
public record TimeExpression(int start, int end, String text, String type, String value) {
}
