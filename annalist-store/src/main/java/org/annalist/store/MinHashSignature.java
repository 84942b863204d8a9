package org.annalist.store;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MinHash signature of a text: for each of {@link #HASHES} hash functions, the least hash over the text's
 * {@link #SHINGLE}-word shingles (lower-case words, punctuation dropped). The share of equal positions in two
 * signatures estimates the Jaccard resemblance of the two shingle sets; with the set sizes, which the signature
 * keeps, it also estimates how much of the shorter text the longer one contains, which is what a syndicated copy
 * cut short shares with its original.
 *
 * <p>{@link #bands()} cuts the signature into {@link #BANDS} bands of {@link #ROWS} rows for locality-sensitive
 * hashing: two texts whose resemblance is {@code s} share at least one band bucket with probability
 * {@code 1 - (1 - s^2)^64} (0.9997 at s = 0.3, 0.92 at s = 0.2, 0.47 at s = 0.1).
 */
public final class MinHashSignature {

    public static final int HASHES = 128;
    public static final int SHINGLE = 5;
    public static final int BANDS = 64;
    public static final int ROWS = HASHES / BANDS;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + 0x632BE59BD9B4E019L * (i + 1));
            SEEDS[i] = x;
        }
    }

    private final long[] mins;
    private final int shingles;

    private MinHashSignature(long[] mins, int shingles) {
        this.mins = mins;
        this.shingles = shingles;
    }

    /** The signature of a text; a text of fewer than {@link #SHINGLE} words has one shingle, itself. */
    public static MinHashSignature of(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        long[] words = new long[16];
        int n = 0;
        while (m.find()) {
            if (n == words.length) words = Arrays.copyOf(words, n * 2);
            words[n++] = hash(m.group());
        }
        Set<Long> shingleHashes = new HashSet<>();
        if (n > 0 && n < SHINGLE) {
            long h = 0;
            for (int i = 0; i < n; i++) h = mix(h * 31 + words[i]);
            shingleHashes.add(h);
        }
        for (int i = 0; i + SHINGLE <= n; i++) {
            long h = 0;
            for (int k = 0; k < SHINGLE; k++) h = mix(h * 31 + words[i + k]);
            shingleHashes.add(h);
        }
        long[] mins = new long[HASHES];
        Arrays.fill(mins, Long.MAX_VALUE);
        for (long s : shingleHashes) {
            for (int i = 0; i < HASHES; i++) {
                long v = mix(s ^ SEEDS[i]);
                if (v < mins[i]) mins[i] = v;
            }
        }
        return new MinHashSignature(mins, shingleHashes.size());
    }

    /** Number of distinct shingles of the text. */
    public int shingles() {
        return shingles;
    }

    /** Estimated Jaccard resemblance of the two texts' shingle sets, 0..1. */
    public double resemblance(MinHashSignature other) {
        if (shingles == 0 || other.shingles == 0) return 0;
        int equal = 0;
        for (int i = 0; i < HASHES; i++) if (mins[i] == other.mins[i]) equal++;
        return (double) equal / HASHES;
    }

    /**
     * Estimated share of the shorter text's shingles that the other text has too, 0..1: 1 for a copy cut short
     * or padded with a new headline and footer, near 0 for unrelated texts.
     */
    public double containment(MinHashSignature other) {
        double j = resemblance(other);
        int smaller = Math.min(shingles, other.shingles);
        if (smaller == 0) return 0;
        double intersection = j * (shingles + other.shingles) / (1 + j);
        return Math.min(1.0, intersection / smaller);
    }

    /** One bucket per band: a hash of the band's number and its rows, so that equal buckets mean the same band. */
    public long[] bands() {
        long[] out = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = mix(0x5851F42D4C957F2DL + b);
            for (int r = 0; r < ROWS; r++) h = mix(h * 31 + mins[b * ROWS + r]);
            out[b] = h;
        }
        return out;
    }

    /** The signature as bytes: the shingle count, then the minimums. */
    public byte[] toBytes() {
        ByteBuffer buf = ByteBuffer.allocate(4 + 8 * HASHES);
        buf.putInt(shingles);
        for (long v : mins) buf.putLong(v);
        return buf.array();
    }

    /** The signature {@link #toBytes()} wrote. */
    public static MinHashSignature fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != 4 + 8 * HASHES) {
            throw new IllegalArgumentException("not a MinHash signature of " + HASHES + " hashes");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        int shingles = buf.getInt();
        long[] mins = new long[HASHES];
        for (int i = 0; i < HASHES; i++) mins[i] = buf.getLong();
        return new MinHashSignature(mins, shingles);
    }

    private static long hash(String word) {
        long h = 0xcbf29ce484222325L; // FNV-1a
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
