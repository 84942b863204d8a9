package org.annalist.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code annalist} command. */
@Command(name = "annalist", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Annalist: news articles to coded, traceable political events (CAMEO, PLOVER).",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, EventsCommand.class, EventCommand.class, SkipsCommand.class,
                EvalCommand.class, BenchCommand.class, SynthCommand.class, ExportCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests: no System.exit). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("annalist: " + oneLine(ex));
            if (System.getenv("ANNALIST_DEBUG") != null) ex.printStackTrace(commandLine.getErr());
            return 2;
        });
        return cl.execute(args);
    }

    static String oneLine(Throwable ex) {
        String m = ex.getMessage();
        if (m == null || m.isBlank()) m = ex.getClass().getSimpleName();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version shown by --version. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"annalist " + org.annalist.pipeline.Pipeline.VERSION};
        }
    }
}
