package org.annalist.places;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The compact, read-only form of a GeoNames table: one column array per field, and the name keys of all
 * names and alternate names as one sorted byte block searched by bisection, each key pointing to the
 * entries it names. Nothing is a map of strings, so loading is a few array reads (well under a second for
 * cities500) and the heap holds little more than the names.
 */
final class GazetteerIndex {

    private static final int MAGIC = 0x414E475A; // "ANGZ"
    private static final int VERSION = 3;

    private final long[] ids;
    private final double[] lat;
    private final double[] lon;
    private final long[] population;
    /** name and ASCII name of entry i: UTF-8 bytes nameStart[2i]..nameStart[2i+1]..nameStart[2i+2] of names */
    private final byte[] names;
    private final int[] nameStart;
    private final short[] country;
    private final short[] admin1;
    private final short[] feature;
    private final String[] countryTable;
    private final String[] admin1Table;
    private final String[] featureTable;
    private final byte[] keys;
    private final int[] keyStart;
    private final int[] postStart;
    private final int[] postings;

    private GazetteerIndex(long[] ids, double[] lat, double[] lon, long[] population, byte[] names, int[] nameStart,
                           short[] country, short[] admin1, short[] feature, String[] countryTable, String[] admin1Table,
                           String[] featureTable, byte[] keys, int[] keyStart, int[] postStart, int[] postings) {
        this.ids = ids;
        this.lat = lat;
        this.lon = lon;
        this.population = population;
        this.names = names;
        this.nameStart = nameStart;
        this.country = country;
        this.admin1 = admin1;
        this.feature = feature;
        this.countryTable = countryTable;
        this.admin1Table = admin1Table;
        this.featureTable = featureTable;
        this.keys = keys;
        this.keyStart = keyStart;
        this.postStart = postStart;
        this.postings = postings;
    }

    int size() {
        return ids.length;
    }

    int keyCount() {
        return keyStart.length - 1;
    }

    GazetteerEntry entry(int i) {
        String f = featureTable[feature[i]];
        int dot = f.indexOf('.');
        String name = new String(names, nameStart[2 * i], nameStart[2 * i + 1] - nameStart[2 * i], StandardCharsets.UTF_8);
        String ascii = nameStart[2 * i + 2] == nameStart[2 * i + 1] ? name
                : new String(names, nameStart[2 * i + 1], nameStart[2 * i + 2] - nameStart[2 * i + 1], StandardCharsets.UTF_8);
        return new GazetteerEntry(ids[i], name, ascii, countryTable[country[i]], admin1Table[admin1[i]],
                f.substring(0, dot), f.substring(dot + 1), population[i], lat[i], lon[i]);
    }

    /** Indices of the entries that bear the key, empty when none. */
    int[] lookup(String key) {
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        int lo = 0;
        int hi = keyCount() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Arrays.compareUnsigned(keys, keyStart[mid], keyStart[mid + 1], k, 0, k.length);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return Arrays.copyOfRange(postings, postStart[mid], postStart[mid + 1]);
        }
        return new int[0];
    }

    // ---------------------------------------------------------------- building from GeoNames rows

    /** Collects GeoNames rows and turns them into an index. */
    static final class Builder {
        private final boolean asciiKeysOnly;
        private final List<GazetteerEntry> entries = new ArrayList<>();
        private final Map<String, int[]> postingsByKey = new HashMap<>();
        private final Map<String, Integer> countries = new HashMap<>();
        private final Map<String, Integer> admins = new HashMap<>();
        private final Map<String, Integer> features = new HashMap<>();

        /** @param asciiKeysOnly keep only names whose key is plain ASCII (enough for English text, half the size) */
        Builder(boolean asciiKeysOnly) {
            this.asciiKeysOnly = asciiKeysOnly;
        }

        /**
         * Adds one row of a GeoNames dump (19 tab-separated columns: geonameid, name, asciiname, alternatenames,
         * latitude, longitude, feature class, feature code, country code, cc2, admin1 ... admin4, population,
         * elevation, dem, timezone, modification date).
         *
         * @throws IllegalArgumentException when the row is not such a row
         */
        void addRow(String line) {
            String[] f = line.split("\t", -1);
            if (f.length < 15) throw new IllegalArgumentException("expected 19 tab-separated columns, found " + f.length);
            long pop;
            try {
                pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
            } catch (NumberFormatException e) {
                pop = 0;
            }
            GazetteerEntry e;
            try {
                e = new GazetteerEntry(Long.parseLong(f[0]), f[1], f[2], f[8], f[10], f[6], f[7], pop,
                        Double.parseDouble(f[4]), Double.parseDouble(f[5]));
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("bad number in GeoNames row: " + ex.getMessage());
            }
            Set<String> all = new LinkedHashSet<>();
            all.add(f[1]);
            all.add(f[2]);
            if (!f[3].isEmpty()) all.addAll(Arrays.asList(f[3].split(",")));
            add(e, all);
        }

        void add(GazetteerEntry e, Iterable<String> allNames) {
            int index = entries.size();
            entries.add(e);
            Set<String> seen = new LinkedHashSet<>();
            for (String n : allNames) {
                if (asciiKeysOnly && !latin(n)) continue;
                String key = NameKey.of(n);
                if (key.isEmpty() || !seen.add(key)) continue;
                if (asciiKeysOnly && !NameKey.isAscii(key)) continue;
                int[] list = postingsByKey.get(key);
                if (list == null) {
                    postingsByKey.put(key, new int[] {index});
                } else {
                    int[] grown = Arrays.copyOf(list, list.length + 1);
                    grown[list.length] = index;
                    postingsByKey.put(key, grown);
                }
            }
        }

        /** Whether a name is written in Latin letters (a quick test before the costlier key). */
        private static boolean latin(String name) {
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c >= 0x0370 && (c < 0x1E00 || c > 0x1EFF) && (c < 0x2000 || c > 0x206F)) return false;
            }
            return true;
        }

        GazetteerIndex build() {
            int n = entries.size();
            long[] ids = new long[n];
            double[] la = new double[n];
            double[] lo = new double[n];
            long[] pop = new long[n];
            java.io.ByteArrayOutputStream nameBytes = new java.io.ByteArrayOutputStream();
            int[] nameStart = new int[2 * n + 1];
            short[] cc = new short[n];
            short[] a1 = new short[n];
            short[] ft = new short[n];
            for (int i = 0; i < n; i++) {
                GazetteerEntry e = entries.get(i);
                ids[i] = e.geonameid();
                la[i] = e.lat();
                lo[i] = e.lon();
                pop[i] = e.population();
                nameStart[2 * i] = nameBytes.size();
                nameBytes.writeBytes(e.name().getBytes(StandardCharsets.UTF_8));
                nameStart[2 * i + 1] = nameBytes.size();
                if (!e.asciiName().equals(e.name())) nameBytes.writeBytes(e.asciiName().getBytes(StandardCharsets.UTF_8));
                cc[i] = code(countries, e.countryCode());
                a1[i] = code(admins, e.countryCode() + "." + e.admin1());
                ft[i] = code(features, e.featureClass() + "." + e.featureCode());
            }
            nameStart[2 * n] = nameBytes.size();
            String[] admin1Table = table(admins);
            for (int i = 0; i < admin1Table.length; i++) admin1Table[i] = admin1Table[i].substring(admin1Table[i].indexOf('.') + 1);
            List<byte[]> sorted = new ArrayList<>(postingsByKey.size());
            Map<byte[], int[]> posts = new java.util.IdentityHashMap<>();
            int blob = 0;
            int total = 0;
            for (Map.Entry<String, int[]> k : postingsByKey.entrySet()) {
                byte[] b = k.getKey().getBytes(StandardCharsets.UTF_8);
                sorted.add(b);
                posts.put(b, k.getValue());
                blob += b.length;
                total += k.getValue().length;
            }
            sorted.sort(Arrays::compareUnsigned);
            byte[] keys = new byte[blob];
            int[] keyStart = new int[sorted.size() + 1];
            int[] postStart = new int[sorted.size() + 1];
            int[] postings = new int[total];
            int kp = 0;
            int pp = 0;
            for (int i = 0; i < sorted.size(); i++) {
                byte[] b = sorted.get(i);
                keyStart[i] = kp;
                postStart[i] = pp;
                System.arraycopy(b, 0, keys, kp, b.length);
                kp += b.length;
                int[] p = posts.get(b);
                // the most populous first: callers that take one candidate get the likeliest
                Integer[] boxed = Arrays.stream(p).boxed().toArray(Integer[]::new);
                Arrays.sort(boxed, (x, y) -> Long.compare(pop[y], pop[x]));
                for (Integer x : boxed) postings[pp++] = x;
            }
            keyStart[sorted.size()] = kp;
            postStart[sorted.size()] = pp;
            return new GazetteerIndex(ids, la, lo, pop, nameBytes.toByteArray(), nameStart, cc, a1, ft, table(countries),
                    admin1Table, table(features),
                    keys, keyStart, postStart, postings);
        }

        private static short code(Map<String, Integer> table, String value) {
            Integer c = table.get(value);
            if (c == null) {
                if (table.size() >= Short.MAX_VALUE) throw new IllegalStateException("more than 32767 distinct codes");
                c = table.size();
                table.put(value, c);
            }
            return (short) (int) c;
        }

        private static String[] table(Map<String, Integer> codes) {
            String[] out = new String[codes.size()];
            codes.forEach((v, c) -> out[c] = v);
            return out;
        }
    }

    /** Reads a GeoNames dump (19-column TSV, UTF-8): {@code allCountries.txt}, {@code cities15000.txt}, .... */
    static GazetteerIndex fromDump(BufferedReader r, boolean asciiKeysOnly, String source) throws IOException {
        Builder b = new Builder(asciiKeysOnly);
        String line;
        int number = 0;
        while ((line = r.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) continue;
            try {
                b.addRow(line);
            } catch (IllegalArgumentException e) {
                throw new IOException(source + " line " + number + " is not a GeoNames row: " + e.getMessage());
            }
        }
        return b.build();
    }

    // ---------------------------------------------------------------- binary form

    void write(OutputStream target) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(target, 1 << 16), 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            writeStrings(out, countryTable);
            writeStrings(out, admin1Table);
            writeStrings(out, featureTable);
            int n = ids.length;
            out.writeInt(n);
            for (long x : ids) out.writeLong(x);
            for (double x : lat) out.writeDouble(x);
            for (double x : lon) out.writeDouble(x);
            for (long x : population) out.writeLong(x);
            for (short x : country) out.writeShort(x);
            for (short x : admin1) out.writeShort(x);
            for (short x : feature) out.writeShort(x);
            out.writeInt(names.length);
            out.write(names);
            writeInts(out, nameStart);
            out.writeInt(keys.length);
            out.write(keys);
            writeInts(out, keyStart);
            writeInts(out, postStart);
            writeInts(out, postings);
        }
    }

    /** Whether a file is an index of this format version (an older one is rebuilt). */
    static boolean isCurrentFormat(java.nio.file.Path file) {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(java.nio.file.Files.newInputStream(file)))) {
            return in.readInt() == MAGIC && in.readInt() == VERSION;
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads an index: the whole file inflated at once, then bulk copies of each column block. */
    static GazetteerIndex read(InputStream source) throws IOException {
        java.nio.ByteBuffer in;
        try (GZIPInputStream gz = new GZIPInputStream(source, 1 << 16)) {
            in = java.nio.ByteBuffer.wrap(gz.readAllBytes());
        }
        try {
            if (in.getInt() != MAGIC) throw new IOException("not an Annalist gazetteer index");
            int version = in.getInt();
            if (version != VERSION) throw new IOException("gazetteer index version " + version + ", expected " + VERSION);
            String[] countryTable = readStrings(in);
            String[] admin1Table = readStrings(in);
            String[] featureTable = readStrings(in);
            int n = in.getInt();
            long[] ids = new long[n];
            in.asLongBuffer().get(ids);
            in.position(in.position() + 8 * n);
            double[] la = new double[n];
            in.asDoubleBuffer().get(la);
            in.position(in.position() + 8 * n);
            double[] lo = new double[n];
            in.asDoubleBuffer().get(lo);
            in.position(in.position() + 8 * n);
            long[] pop = new long[n];
            in.asLongBuffer().get(pop);
            in.position(in.position() + 8 * n);
            short[] cc = readShorts(in, n);
            short[] a1 = readShorts(in, n);
            short[] ft = readShorts(in, n);
            byte[] names = new byte[in.getInt()];
            in.get(names);
            int[] nameStart = readInts(in);
            byte[] keys = new byte[in.getInt()];
            in.get(keys);
            int[] keyStart = readInts(in);
            int[] postStart = readInts(in);
            int[] postings = readInts(in);
            return new GazetteerIndex(ids, la, lo, pop, names, nameStart, cc, a1, ft, countryTable, admin1Table, featureTable,
                    keys, keyStart, postStart, postings);
        } catch (java.nio.BufferUnderflowException e) {
            throw new IOException("gazetteer index is truncated");
        }
    }

    private static short[] readShorts(java.nio.ByteBuffer in, int n) {
        short[] a = new short[n];
        in.asShortBuffer().get(a);
        in.position(in.position() + 2 * n);
        return a;
    }

    private static int[] readInts(java.nio.ByteBuffer in) {
        int[] a = new int[in.getInt()];
        in.asIntBuffer().get(a);
        in.position(in.position() + 4 * a.length);
        return a;
    }

    private static String[] readStrings(java.nio.ByteBuffer in) {
        String[] s = new String[in.getInt()];
        for (int i = 0; i < s.length; i++) {
            byte[] b = new byte[in.getShort() & 0xFFFF];
            in.get(b);
            s[i] = new String(b, StandardCharsets.UTF_8);
        }
        return s;
    }

    private static void writeStrings(DataOutputStream out, String[] s) throws IOException {
        out.writeInt(s.length);
        for (String x : s) {
            byte[] b = x.getBytes(StandardCharsets.UTF_8);
            out.writeShort(b.length);
            out.write(b);
        }
    }

    private static void writeInts(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int x : a) out.writeInt(x);
    }
}
