package org.annalist.nlp;

/** One CoreNLP pipeline for every test class of a test JVM: models load once (~10 s, ~1 GiB). */
public final class SharedAnnotator {
    private static CoreNlpAnnotator instance;

    private SharedAnnotator() {
    }

    public static synchronized CoreNlpAnnotator get() {
        if (instance == null) instance = new CoreNlpAnnotator();
        return instance;
    }
}
