package org.annalist.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WARC.gz archives are read in constant memory: a generated archive far larger than the heap is read by a child
 * JVM limited to 32 MiB. {@link #main} does the same for an archive of any size (the README's figure: a 1 GB
 * WARC.gz under {@code -Xmx64m}) and prints the peak heap.
 */
class WarcStreamingTest {

    @TempDir
    Path dir;

    @Test
    void anArchiveLargerThanTheHeapIsReadInAChildJvmWith32MiB() throws Exception {
        Path warc = dir.resolve("gen.warc.gz");
        long records = generate(warc, 120L * 1024 * 1024, 7);
        assertThat(Files.size(warc)).isGreaterThan(40L * 1024 * 1024);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx32m", "-cp", System.getProperty("java.class.path"),
                WarcStreamingTest.class.getName(), "read", warc.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("documents " + records + " ").contains("skips 0 ");
    }

    /**
     * {@code gen FILE BYTES} writes a WARC.gz of about BYTES uncompressed; {@code read FILE} reads it as
     * {@code annalist ingest} does, without extraction, and prints documents, skips, seconds and peak heap.
     */
    public static void main(String[] args) throws IOException {
        if (args[0].equals("gen")) {
            long n = generate(Path.of(args[1]), Long.parseLong(args[2]), 11);
            System.out.printf(Locale.ROOT, "records %d, %,d bytes compressed%n", n, Files.size(Path.of(args[1])));
            return;
        }
        long start = System.nanoTime();
        AtomicLong documents = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicLong skips = new AtomicLong();
        new DocumentSource().read(args[1], d -> {
            documents.incrementAndGet();
            bytes.addAndGet(d.bytes().length);
        }, s -> skips.addAndGet(s.count()));
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        System.out.printf(Locale.ROOT, "documents %d skips %d html %,d bytes, %.1f s, peak heap %.1f MiB (max %.0f MiB)%n",
                documents.get(), skips.get(), bytes.get(), (System.nanoTime() - start) / 1e9, peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    /** Writes gzip-member-per-record HTML responses of random words until about {@code rawBytes} are written. */
    static long generate(Path file, long rawBytes, long seed) throws IOException {
        Random random = new Random(seed);
        String[] vocabulary = new String[4000];
        for (int i = 0; i < vocabulary.length; i++) {
            StringBuilder w = new StringBuilder();
            int len = 2 + random.nextInt(9);
            for (int k = 0; k < len; k++) w.append((char) ('a' + random.nextInt(26)));
            vocabulary[i] = w.toString();
        }
        long written = 0;
        long n = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            while (written < rawBytes) {
                StringBuilder html = new StringBuilder("<html><head><title>Story ").append(n).append("</title></head><body><article>");
                int paragraphs = 5 + random.nextInt(20);
                for (int p = 0; p < paragraphs; p++) {
                    html.append("<p>");
                    int words = 40 + random.nextInt(80);
                    for (int w = 0; w < words; w++) html.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
                    html.append(Long.toHexString(random.nextLong())).append(".</p>\n");
                }
                html.append("</article></body></html>");
                byte[] record = WarcFixtures.response("http://generated.example/" + n, html.toString());
                byte[] request = WarcFixtures.request("http://generated.example/" + n);
                for (byte[] r : List.of(request, record)) {
                    GZIPOutputStream gz = new GZIPOutputStream(new NonClosing(out), 1 << 14);
                    gz.write(r);
                    gz.close();
                    written += r.length;
                }
                n++;
            }
        }
        return n;
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
