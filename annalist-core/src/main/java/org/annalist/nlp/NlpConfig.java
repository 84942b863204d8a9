package org.annalist.nlp;

/**
 * Options of the CoreNLP pipeline.
 *
 * @param fineGrainedNer  run CoreNLP's fine-grained NER gazetteer (CITY, COUNTRY, ...). Off by default: it is
 *                        most of NER's time (DEPENDENCIES.md) and places come from our own gazetteer
 * @param sutime          recognise and normalise time expressions (needed for event dates)
 * @param maxSentenceTokens sentences longer than this are not dependency-parsed (they are rarely real sentences:
 *                        tables, lists); they keep tokens, POS and NER
 */
public record NlpConfig(boolean fineGrainedNer, boolean sutime, int maxSentenceTokens) {

    /** The configuration chosen for speed with the annotations the coder needs. */
    public static NlpConfig defaults() {
        return new NlpConfig(false, true, 120);
    }
}
