package org.annalist.places;

/**
 * One place of the gazetteer, in GeoNames terms.
 *
 * @param geonameid    GeoNames id; negative for a place of Annalist's own tables that has no GeoNames entry
 *                     (a conflict region such as "Donbas")
 * @param name         the name
 * @param asciiName    the name in plain ASCII
 * @param countryCode  ISO 3166-1 alpha-2 code, or the empty string for a place in no single country
 * @param admin1       GeoNames first-level administrative code within the country ("61", "CA"), or empty
 * @param featureClass GeoNames feature class: {@code P} populated place, {@code A} country or region,
 *                     {@code L} area, ...
 * @param featureCode  GeoNames feature code: {@code PPLC} capital, {@code PPLA} admin seat, {@code PCLI}
 *                     country, {@code ADM1}, {@code CONT} continent, {@code RGN} region, ...
 * @param population   inhabitants, 0 when unknown
 * @param lat          latitude in degrees
 * @param lon          longitude in degrees
 */
public record GazetteerEntry(long geonameid, String name, String asciiName, String countryCode, String admin1,
                             String featureClass, String featureCode, long population, double lat, double lon) {

    /** Whether the entry is a sovereign or dependent country (GeoNames PCL*). */
    public boolean isCountry() {
        return featureCode.startsWith("PCL");
    }

    /** Whether the entry is a first-level administrative region (GeoNames ADM1). */
    public boolean isAdmin1() {
        return featureCode.equals("ADM1");
    }

    /** Whether the entry is a populated place. */
    public boolean isPopulatedPlace() {
        return featureClass.equals("P");
    }

    /** Great-circle distance to another point, in kilometres. */
    public double kmTo(double lat2, double lon2) {
        return Geo.km(lat, lon, lat2, lon2);
    }
}
