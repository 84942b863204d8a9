/**
 * Event mentions to real-world events across articles: what a mention contributes ({@link
 * org.annalist.events.MentionFacts}), when two mentions report the same event and why ({@link
 * org.annalist.events.MergeRules}), a deterministic clustering whose result does not depend on the order the
 * mentions come in ({@link org.annalist.events.EventClusterer}), and the merged event with stable id, GDELT-style
 * counts and confidence ({@link org.annalist.events.MergedEvent}). No storage here: the store feeds mentions in
 * and writes the clusters out.
 */
package org.annalist.events;
