package org.annalist.evaluation;

/** Great-circle distance on a sphere of the Earth's mean radius, as geoparsing evaluations measure errors. */
public final class Haversine {

    /** Mean Earth radius in km (IUGG), the radius the published geoparsing figures use. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private Haversine() {
    }

    /** The distance in km between two points given in degrees. */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dp / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
