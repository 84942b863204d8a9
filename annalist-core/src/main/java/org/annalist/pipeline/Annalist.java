package org.annalist.pipeline;

/** The one entry point for library users: {@code Annalist.pipeline().analyze(article)}. */
public final class Annalist {
    private Annalist() {
    }

    /** A new pipeline with default options; loads the NLP models (make one per process). */
    public static Pipeline pipeline() {
        return Pipeline.create();
    }
}
