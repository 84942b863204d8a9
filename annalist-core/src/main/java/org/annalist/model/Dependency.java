package org.annalist.model;

/**
 * A Universal Dependencies edge between two tokens of one sentence.
 *
 * @param governor  index of the head token, -1 for the root
 * @param dependent index of the dependent token
 * @param relation  UD relation with subtype ("nsubj", "obl:with", "nmod:poss", "conj:and")
 */
public record Dependency(int governor, int dependent, String relation) {
}
