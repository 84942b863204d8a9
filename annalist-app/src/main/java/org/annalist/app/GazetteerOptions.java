package org.annalist.app;

import java.io.IOException;
import java.nio.file.Path;
import org.annalist.pipeline.Pipeline;
import org.annalist.places.Gazetteer;
import picocli.CommandLine.Option;

/** The {@code --gazetteer} option: a GeoNames dump to place events with instead of the built-in cities500. */
final class GazetteerOptions {

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = {"a GeoNames dump (allCountries.txt, cities15000.txt, ...: 19 tab-separated columns,",
                    "optionally .gz) used instead of the built-in GeoNames cities500 gazetteer"})
    Path gazetteer;

    /** The gazetteer to use: the user's dump, else the built-in one. */
    Gazetteer gazetteer() throws IOException {
        if (gazetteer == null) return Gazetteer.loadDefault();
        try {
            return Gazetteer.load(gazetteer);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("cannot read gazetteer " + gazetteer + ": no such file", e);
        }
    }

    Pipeline apply(Pipeline pipeline) throws IOException {
        return gazetteer == null ? pipeline : pipeline.withGazetteer(gazetteer());
    }
}
