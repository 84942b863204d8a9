package org.annalist.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annalist.places.CountryLookup;
import org.annalist.places.PlaceVocabulary;

/**
 * Country names, aliases and capitals of the built-in {@code countries.tsv}, as ISO 3166-1 alpha-2 codes: the
 * country table the placer uses until the gazetteer resolves every place. A capital resolves to its country
 * but is not itself a country.
 */
public final class CountryNames implements CountryLookup {

    private final Map<String, String> iso2ByName;
    private final Set<String> countryNames;
    private final PlaceVocabulary vocabulary;
    private final Map<String, String> cameoByIso2;
    private final Set<String> regionCodes;

    private CountryNames(Map<String, String> iso2ByName, Set<String> countryNames, PlaceVocabulary vocabulary,
                         Map<String, String> cameoByIso2, Set<String> regionCodes) {
        this.regionCodes = Set.copyOf(regionCodes);
        this.iso2ByName = Map.copyOf(iso2ByName);
        this.cameoByIso2 = Map.copyOf(cameoByIso2);
        this.countryNames = Set.copyOf(countryNames);
        this.vocabulary = vocabulary;
    }

    /** The built-in table, read once per process (the instance is immutable). */
    public static CountryNames builtIn() {
        return BuiltIn.TABLE;
    }

    private static final class BuiltIn {
        static final CountryNames TABLE = readBuiltIn();
    }

    private static CountryNames readBuiltIn() {
        try (InputStream in = CountryNames.class.getResourceAsStream("countries.tsv")) {
            if (in == null) throw new IllegalStateException("resource org/annalist/actors/countries.tsv is missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = r.readLine().split("\t", -1);
            int cameo = indexOf(header, "code");
            int iso2 = indexOf(header, "iso2");
            int name = indexOf(header, "name");
            int aliases = indexOf(header, "aliases");
            int capitals = indexOf(header, "capitals");
            int demonyms = indexOf(header, "demonyms");
            int government = indexOf(header, "government");
            Set<String> seats = new HashSet<>();
            Map<String, String> byName = new HashMap<>();
            Set<String> countries = new HashSet<>();
            Map<String, PlaceVocabulary.Kind> words = new HashMap<>();
            Map<String, String> cameoByIso2 = new HashMap<>();
            Set<String> regionCodes = new HashSet<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                for (String n : names(f[name], f[aliases])) words.putIfAbsent(n, PlaceVocabulary.Kind.NAME);
                for (String n : names("", f[capitals])) words.putIfAbsent(n, PlaceVocabulary.Kind.CAPITAL);
                for (String n : names("", f[demonyms])) words.putIfAbsent(n, PlaceVocabulary.Kind.DEMONYM);
                for (String n : names("", f[government])) seats.add(n.startsWith("The ") ? n.substring(4) : n);
                String code = f[iso2].trim();
                if (code.isEmpty()) {
                    regionCodes.add(f[cameo].trim());
                    continue;
                }
                cameoByIso2.putIfAbsent(code.toUpperCase(Locale.ROOT), f[cameo].trim());
                for (String n : names(f[name], f[aliases])) {
                    byName.putIfAbsent(key(n), code);
                    countries.add(key(n));
                }
                for (String n : names("", f[capitals])) byName.putIfAbsent(key(n), code);
            }
            return new CountryNames(byName, countries, new PlaceVocabulary(words, Set.of(), seats), cameoByIso2, regionCodes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read countries.tsv", e);
        }
    }

    /**
     * The table's words as a place vocabulary: country and region names and aliases, capitals, demonyms
     * (regions such as "Europe" and "Middle East" included, though they have no ISO code) and seats of government.
     */
    public PlaceVocabulary vocabulary() {
        return vocabulary;
    }

    /** The CAMEO country code of an ISO 3166-1 alpha-2 code ("ME" gives CAMEO's {@code MTN}), or empty. */
    public Optional<String> cameoCode(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(cameoByIso2.get(iso2.toUpperCase(Locale.ROOT)));
    }

    /** Whether a CAMEO country block is a state of the table, one with an ISO code ("MTN" is, "AFR" Africa is not). */
    public boolean isStateCode(String cameo) {
        return cameo != null && cameoByIso2.containsValue(cameo);
    }

    /** Whether a CAMEO block is one of the table's regions, rows with no ISO code ("AFR" Africa, "WST" the West). */
    public boolean isRegionCode(String cameo) {
        return cameo != null && regionCodes.contains(cameo);
    }

    @Override
    public Optional<String> iso2(String placeName) {
        return placeName == null ? Optional.empty() : Optional.ofNullable(iso2ByName.get(key(placeName)));
    }

    /** Whether the word is one of the table's demonyms ("Albanians", "Kurdish"), case-insensitively. */
    public boolean isDemonym(String word) {
        return word != null && vocabulary.words().get(word) == PlaceVocabulary.Kind.DEMONYM
                || word != null && vocabulary.words().get(capitalised(word)) == PlaceVocabulary.Kind.DEMONYM;
    }

    private static String capitalised(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean isCountry(String placeName) {
        return placeName != null && countryNames.contains(key(placeName));
    }

    private static Set<String> names(String first, String more) {
        Set<String> out = new HashSet<>();
        if (!first.isBlank()) out.add(first.trim());
        for (String s : more.split("\\|")) if (!s.isBlank()) out.add(s.trim());
        return out;
    }

    private static int indexOf(String[] header, String column) {
        for (int i = 0; i < header.length; i++) if (header[i].trim().equals(column)) return i;
        throw new IllegalStateException("countries.tsv has no column " + column);
    }

    /** Case-, diacritic- and "the"-insensitive key. */
    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replace('’', '\'').trim();
        if (s.startsWith("the ")) s = s.substring(4);
        return s.replaceAll("\\s+", " ");
    }
}
