package org.annalist.store;

/**
 * An event with what its earliest report says about it, for the exports: the words that named source and target,
 * the article's URL and title, the sentence, and the names of every source that reported it. The report parts are
 * null for an event without stored mentions (a synthetic one).
 *
 * @param firstSentence the lowest sentence index (from 0) of any of its mentions
 * @param sources       distinct outlet names (or web sites) of its articles, "; "-separated, alphabetical
 */
record ReportedEvent(EventRecord event, String sourceText, String targetText, String url, String title,
                     String evidence, Integer firstSentence, String sources) {
}
