package org.annalist.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mozilla's Readability.js (with jsdom) as an extraction system, for comparison: one long-running
 * {@code node} process fed one page per JSON line. The body is Readability's {@code textContent}.
 *
 * <p>The script, {@code package.json} and {@code package-lock.json} (pinned versions) are resources of
 * this class; {@link #start} copies them into an install folder and runs {@code npm ci} there the first
 * time, or again when the lock file changed. Times are measured inside node (DOM parse plus Readability),
 * so process start-up and the transfer of pages over the pipe are not counted.
 */
public final class ExtractionReadabilityJs implements ExtractionSystem {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESOURCES = "readability/";
    private static final Pattern NODE_VERSION = Pattern.compile("v(\\d+)\\.");
    private static final int MIN_NODE = 20;
    private static final List<String> FILES = List.of("package.json", "package-lock.json", "readability-extract.mjs");

    private final Process node;
    private final BufferedWriter toNode;
    private final BufferedReader fromNode;
    private final Path errorLog;

    private ExtractionReadabilityJs(Process node, Path errorLog) {
        this.node = node;
        this.errorLog = errorLog;
        this.toNode = new BufferedWriter(new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8));
        this.fromNode = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * The folder packages are installed into when none is given: {@code $ANNALIST_NODE_DIR}, else
     * {@code ~/.cache/annalist/readability-js}.
     */
    public static Path defaultInstallDir() {
        String env = System.getenv("ANNALIST_NODE_DIR");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".cache", "annalist", "readability-js");
    }

    /** @return whether a {@code node} command of version 20 or later (what jsdom 27 needs) runs on this machine */
    public static boolean nodeAvailable() {
        String version = output("node", "--version");
        if (version == null) return false;
        Matcher m = NODE_VERSION.matcher(version.strip());
        return m.lookingAt() && Integer.parseInt(m.group(1)) >= MIN_NODE;
    }

    private static String output(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Installs the pinned packages into {@code installDir} if needed and starts the node process.
     *
     * @throws ExtractionToolException when node or npm is missing, the install fails, or node does not start
     */
    public static ExtractionReadabilityJs start(Path installDir) throws ExtractionToolException {
        if (!nodeAvailable()) {
            throw new ExtractionToolException("--compare readability needs Node.js " + MIN_NODE
                    + " or later: 'node' was not found on PATH or is older");
        }
        try {
            Files.createDirectories(installDir);
            try (FileChannel channel = FileChannel.open(installDir.resolve(".install.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                install(installDir);
            }
            Path errorLog = installDir.resolve("node-stderr.log");
            Process p = new ProcessBuilder("node", "readability-extract.mjs")
                    .directory(installDir.toFile())
                    .redirectError(errorLog.toFile())
                    .start();
            return new ExtractionReadabilityJs(p, errorLog);
        } catch (IOException e) {
            throw new ExtractionToolException("cannot start Readability.js in " + installDir + ": " + e.getMessage(), e);
        }
    }

    private static void install(Path dir) throws IOException, ExtractionToolException {
        boolean changed = false;
        for (String name : FILES) {
            byte[] wanted = resource(name);
            Path target = dir.resolve(name);
            if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), wanted)) {
                Files.write(target, wanted);
                changed = true;
            }
        }
        Path installed = dir.resolve("node_modules").resolve(".package-lock.json");
        if (!changed && Files.exists(installed)) return;
        if (!runs("npm", "--version")) {
            throw new ExtractionToolException("--compare readability needs npm to install @mozilla/readability and jsdom: 'npm' was not found on PATH");
        }
        Path log = dir.resolve("npm-ci.log");
        System.err.println("annalist: installing @mozilla/readability and jsdom with npm ci into " + dir + " ...");
        try {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts")
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!npm.waitFor(10, TimeUnit.MINUTES)) {
                npm.destroyForcibly();
                throw new ExtractionToolException("npm ci in " + dir + " did not finish in 10 minutes; see " + log);
            }
            if (npm.exitValue() != 0) {
                throw new ExtractionToolException("npm ci in " + dir + " failed (exit " + npm.exitValue() + "): "
                        + lastLine(log) + "; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionToolException("interrupted while installing Readability.js", e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ExtractionReadabilityJs.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) throw new IOException("resource " + RESOURCES + name + " missing from the build");
            return in.readAllBytes();
        }
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String lastLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).toList();
            return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1).strip();
        } catch (IOException e) {
            return "no output";
        }
    }

    @Override
    public String name() {
        return "readability";
    }

    /** The page's bytes are decoded as UTF-8, as the benchmark stores them. */
    @Override
    public ExtractionOutput extract(ExtractionPage page, byte[] html) throws ExtractionToolException {
        ObjectNode request = JSON.createObjectNode();
        request.put("id", page.id());
        request.put("url", page.url());
        request.put("html", new String(html, StandardCharsets.UTF_8));
        String line;
        try {
            toNode.write(request.toString());
            toNode.write('\n');
            toNode.flush();
            line = fromNode.readLine();
        } catch (IOException e) {
            throw crashed(e);
        }
        if (line == null) throw crashed(null);
        try {
            JsonNode reply = JSON.readTree(line);
            if (!page.id().equals(reply.path("id").asText(null))) {
                throw new ExtractionToolException("Readability.js answered for page " + reply.path("id")
                        + " when asked for " + page.id());
            }
            String error = reply.hasNonNull("error") ? reply.get("error").asText() : null;
            String text = reply.path("text").asText("");
            return new ExtractionOutput(text, reply.path("nanos").asLong(0),
                    error != null ? error : text.isEmpty() ? "no article found" : null);
        } catch (IOException e) {
            throw new ExtractionToolException("Readability.js answered with something that is not JSON: "
                    + line.substring(0, Math.min(80, line.length())), e);
        }
    }

    private ExtractionToolException crashed(IOException cause) {
        String why = node.isAlive() ? "stopped answering" : "exited";
        return new ExtractionToolException("Readability.js (node) " + why + ": " + lastLine(errorLog)
                + "; see " + errorLog, cause);
    }

    /** Closes node's input so that it ends, and waits a little for it. */
    @Override
    public void close() {
        try {
            toNode.close();
            if (!node.waitFor(10, TimeUnit.SECONDS)) node.destroyForcibly();
        } catch (IOException e) {
            node.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            node.destroyForcibly();
        }
    }
}
