package org.annalist.model;

/**
 * One token of a sentence.
 *
 * @param index  0-based index within its sentence
 * @param text   the token as written
 * @param start  char offset into the article text
 * @param end    end offset (exclusive)
 * @param pos    Penn Treebank tag ("NNP", "VBD")
 * @param lemma  lemma, lower case for common words
 * @param ner    coarse entity tag ("PERSON", "LOCATION", "ORGANIZATION", "DATE", "NUMBER", ...) or "O"
 */
public record Token(int index, String text, int start, int end, String pos, String lemma, String ner) {
    public boolean isVerb() { return pos.startsWith("VB"); }
    public boolean isNoun() { return pos.startsWith("NN"); }
    public boolean isProperNoun() { return pos.startsWith("NNP"); }
}
