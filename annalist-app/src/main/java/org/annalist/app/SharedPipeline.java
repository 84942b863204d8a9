package org.annalist.app;

import org.annalist.pipeline.Pipeline;

/**
 * The process's one pipeline: CoreNLP models load once per process, never per document or per command
 * (tests run many commands in one JVM).
 */
final class SharedPipeline {
    private static Pipeline pipeline;

    private SharedPipeline() {
    }

    static synchronized Pipeline get() {
        if (pipeline == null) pipeline = Pipeline.create();
        return pipeline;
    }
}
