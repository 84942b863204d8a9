package org.annalist.ingest;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * A gzip stream read one member at a time. A WARC.gz file holds one record per member, so a member that is
 * corrupt costs one record: {@link #nextMember()} then looks for the next member's header and goes on. A
 * truncated stream (a download cut short) yields what was complete and then an {@link EOFException} from the
 * last member's stream; {@link java.util.zip.GZIPInputStream} would throw the same exception but could not
 * read on after a corrupt member.
 *
 * <p>Streaming: a fixed 64 KiB input buffer, whatever the size of the members.
 */
final class GzipMemberStream implements Closeable {

    private static final int MAGIC1 = 0x1f;
    private static final int MAGIC2 = 0x8b;
    private static final int DEFLATE = 8;
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private final InputStream in;
    /** The file under {@code in}, when there is one: after a corrupt member, reading goes back to its start. */
    private final java.nio.channels.FileChannel file;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int limit;
    /** Compressed bytes consumed before {@code buf[0]}. */
    private long bufferStart;
    private final Inflater inflater = new Inflater(true);
    private Member current;
    private long garbageBytes;

    /** The compressed stream ends inside a member. */
    static final class TruncatedException extends EOFException {
        TruncatedException(String message) {
            super(message);
        }
    }

    /** A member's compressed bytes or trailer are corrupt. */
    static final class CorruptException extends ZipException {
        CorruptException(String message) {
            super(message);
        }
    }

    GzipMemberStream(InputStream compressed) {
        this.in = compressed;
        this.file = null;
    }

    /**
     * A stream over a file. A corrupt member may have swallowed the members after it before the inflater
     * noticed; over a file, the search for the next member starts again just after the corrupt one's header.
     */
    GzipMemberStream(java.nio.channels.FileChannel file) {
        this.in = java.nio.channels.Channels.newInputStream(file);
        this.file = file;
    }

    /** Whether the bytes begin with the gzip magic number. */
    static boolean isGzip(byte[] head) {
        return head.length >= 3 && (head[0] & 0xff) == MAGIC1 && (head[1] & 0xff) == MAGIC2 && head[2] == DEFLATE;
    }

    /** Offset in the compressed stream of the next byte not yet consumed. */
    long position() {
        return bufferStart + pos;
    }

    /** Bytes skipped, in all, because they were not part of a readable member (corruption, trailing junk). */
    long garbageBytes() {
        return garbageBytes;
    }

    /**
     * The next member's decompressed bytes. The previous member's stream is drained first; when it was corrupt,
     * reading goes on at the next byte sequence that starts a gzip header.
     *
     * @return the member, or null at the end of the stream
     */
    InputStream nextMember() throws IOException {
        if (current != null) {
            Member previous = current;
            current = null;
            if (!previous.broken && !previous.done) {
                try {
                    previous.skip(Long.MAX_VALUE);
                    while (previous.read() >= 0) {
                        // drain
                    }
                } catch (EOFException e) {
                    return null; // truncated: nothing follows
                } catch (IOException e) {
                    previous.broken = true;
                }
            }
            if (previous.broken) {
                if (file != null) {
                    // rewind: the next member's header may already have gone into the inflater
                    file.position(previous.headerStart + 1);
                    bufferStart = previous.headerStart + 1;
                    pos = 0;
                    limit = 0;
                }
                if (!scanToMagic()) return null;
            }
        }
        if (!fill(1)) return null;
        if (!atMagic() && !scanToMagic()) return null;
        long headerStart = position();
        current = new Member(headerStart);
        try {
            readHeader();
        } catch (EOFException e) {
            current = null;
            throw e;
        }
        inflater.reset();
        return current;
    }

    /** Offset of the member most recently returned. */
    long memberStart() {
        return current == null ? position() : current.start;
    }

    private boolean atMagic() throws IOException {
        return fill(3) && (buf[pos] & 0xff) == MAGIC1 && (buf[pos + 1] & 0xff) == MAGIC2 && buf[pos + 2] == DEFLATE;
    }

    /** Skips forward to the next gzip magic number; false at the end of the stream. */
    private boolean scanToMagic() throws IOException {
        while (true) {
            if (!fill(3)) {
                garbageBytes += limit - pos;
                pos = limit;
                return false;
            }
            if (atMagic()) return true;
            pos++;
            garbageBytes++;
        }
    }

    private void readHeader() throws IOException {
        byte[] fixed = readBytes(10);
        int flags = fixed[3] & 0xff;
        if ((flags & FEXTRA) != 0) {
            byte[] len = readBytes(2);
            skipBytes((len[0] & 0xff) | ((len[1] & 0xff) << 8));
        }
        if ((flags & FNAME) != 0) skipZeroTerminated();
        if ((flags & FCOMMENT) != 0) skipZeroTerminated();
        if ((flags & FHCRC) != 0) skipBytes(2);
    }

    private void skipZeroTerminated() throws IOException {
        while (readByte() != 0) {
            // skip
        }
    }

    private void skipBytes(int n) throws IOException {
        for (int i = 0; i < n; i++) readByte();
    }

    private byte[] readBytes(int n) throws IOException {
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) out[i] = (byte) readByte();
        return out;
    }

    private int readByte() throws IOException {
        if (!fill(1)) throw new TruncatedException("truncated gzip stream: ends inside a member header");
        return buf[pos++] & 0xff;
    }

    /** Makes at least {@code n} bytes available from {@code pos}; false when the stream ends first. */
    private boolean fill(int n) throws IOException {
        if (limit - pos >= n) return true;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            bufferStart += pos;
            limit -= pos;
            pos = 0;
        }
        while (limit < n) {
            int read = in.read(buf, limit, buf.length - limit);
            if (read < 0) return false;
            limit += read;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        inflater.end();
        in.close();
    }

    /** One member's decompressed bytes; its CRC and length are checked at its end. */
    private final class Member extends InputStream {
        final long start;
        final long headerStart;
        final CRC32 crc = new CRC32();
        long size;
        boolean done;
        boolean broken;

        Member(long headerStart) {
            this.start = headerStart;
            this.headerStart = headerStart;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) return -1;
            if (broken) throw new CorruptException("corrupt gzip member");
            if (len == 0) return 0;
            try {
                while (true) {
                    if (inflater.finished()) {
                        finish();
                        return -1;
                    }
                    if (inflater.needsInput()) {
                        if (pos == limit && !fill(1)) {
                            broken = true;
                            throw new TruncatedException(String.format(Locale.ROOT,
                                    "truncated gzip stream: member at byte %,d ends early", start));
                        }
                        inflater.setInput(buf, pos, limit - pos);
                        pos = limit;
                    }
                    int n = inflater.inflate(b, off, len);
                    if (n > 0) {
                        crc.update(b, off, n);
                        size += n;
                        return n;
                    }
                    if (inflater.needsDictionary()) {
                        throw new CorruptException("gzip member needs a preset dictionary");
                    }
                }
            } catch (DataFormatException e) {
                broken = true;
                throw new CorruptException(String.format(Locale.ROOT, "corrupt gzip member at byte %,d: %s", start,
                        e.getMessage()));
            } catch (CorruptException e) {
                broken = true;
                throw e;
            }
        }

        private void finish() throws IOException {
            pos = limit - inflater.getRemaining();
            done = true;
            byte[] trailer;
            try {
                trailer = readBytes(8);
            } catch (EOFException e) {
                throw new TruncatedException(String.format(Locale.ROOT,
                        "truncated gzip stream: member at byte %,d has no trailer", start));
            }
            long expectedCrc = (trailer[0] & 0xffL) | (trailer[1] & 0xffL) << 8 | (trailer[2] & 0xffL) << 16
                    | (trailer[3] & 0xffL) << 24;
            long expectedSize = (trailer[4] & 0xffL) | (trailer[5] & 0xffL) << 8 | (trailer[6] & 0xffL) << 16
                    | (trailer[7] & 0xffL) << 24;
            if (expectedCrc != crc.getValue() || expectedSize != (size & 0xffffffffL)) {
                throw new CorruptException(String.format(Locale.ROOT, "gzip member at byte %,d fails its CRC check", start));
            }
        }
    }
}
