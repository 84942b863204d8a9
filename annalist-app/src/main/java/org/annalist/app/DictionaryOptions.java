package org.annalist.app;

import java.nio.file.Path;
import org.annalist.actors.DictionaryException;
import org.annalist.pipeline.Pipeline;
import picocli.CommandLine.Option;

/** The {@code --dictionaries} option: a folder of the user's PETRARCH/Phoenix actor, agent and discard files. */
final class DictionaryOptions {

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = {"a folder of PETRARCH/Phoenix dictionaries (*actors*.txt, *agents*.txt, *discards*.txt)",
                    "consulted before the built-in ones; its agents replace the built-in agents"})
    Path dictionaries;

    Pipeline apply(Pipeline pipeline) throws DictionaryException {
        return dictionaries == null ? pipeline : pipeline.withUserDictionaries(dictionaries);
    }
}
