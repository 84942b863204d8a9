package org.annalist.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.annalist.model.Modality;
import org.annalist.model.Precision;

/**
 * Reads the {@code events} table of a store with an {@link EventFilter}.
 *
 * <p>DuckDB scans the table by column and skips the row groups and column segments whose minimum and maximum
 * date (zone maps) lie outside the asked interval; a table stored in date order, as {@link SyntheticEvents}
 * writes it and ingest roughly does, therefore answers a month's filter from a small part of its rows. The date
 * conditions are written so that DuckDB can push them into the scan: no function wraps the column.
 */
public final class EventSearch {

    static final String COLUMNS =
            EventRecord.COLUMNS.stream().map(EventRecord.Column::name).collect(Collectors.joining(", "));
    private static final double EARTH_RADIUS_KM = 6371.0088;
    private static final double KM_PER_DEGREE = Math.PI * EARTH_RADIUS_KM / 180;

    private final EventStore store;

    /** A search over the events of {@code store}, which stays open and owned by the caller. */
    public EventSearch(EventStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The events that match every filter, ordered by the first day of their date, then id; events that know only
     * their last day come after the others, undated events last. (Ordering by the bare column lets DuckDB read the
     * other columns of the first rows only, which makes a limited query on many matches several times faster.)
     *
     * @throws StoreException when reading fails
     */
    public List<EventRecord> find(EventFilter filter) throws StoreException {
        Sql sql = where(filter);
        StringBuilder q = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM events WHERE ").append(sql.where)
                .append(" ORDER BY date_begin NULLS LAST, date_end NULLS LAST, id");
        if (filter.limit() != null) {
            q.append(" LIMIT ?");
            sql.args.add(filter.limit());
        }
        return store.onConnection("read events", c -> {
            try (PreparedStatement p = c.prepareStatement(q.toString())) {
                bind(p, sql.args);
                List<EventRecord> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) out.add(row(r));
                }
                return out;
            }
        });
    }

    /**
     * How many events match every filter (the limit is ignored).
     *
     * @throws StoreException when reading fails
     */
    public long count(EventFilter filter) throws StoreException {
        Sql sql = where(filter);
        return store.onConnection("count events", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM events WHERE " + sql.where)) {
                bind(p, sql.args);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    /**
     * What a store's events look like, for choosing representative queries.
     *
     * @param medianDate   the median first day of the dated events
     * @param dyad         the most frequent pair of distinct actor countries (either direction), alphabetical
     * @param busiestPlace latitude and longitude of the most frequent exactly placed town, or null
     */
    public record Profile(LocalDate medianDate, List<String> dyad, double[] busiestPlace) {
    }

    /**
     * Profiles the events of the store.
     *
     * @throws StoreException when reading fails or the store holds no dated event between two countries
     */
    public Profile profile() throws StoreException {
        return store.onConnection("profile events", c -> {
            LocalDate median;
            List<String> dyad;
            double[] place = null;
            try (var s = c.createStatement()) {
                try (ResultSet r = s.executeQuery("SELECT quantile_disc(date_begin, 0.5) FROM events")) {
                    r.next();
                    median = r.getObject(1, LocalDate.class);
                }
                try (ResultSet r = s.executeQuery("""
                        SELECT least(source_country, target_country) a, greatest(source_country, target_country) b
                        FROM events WHERE source_country <> target_country
                        GROUP BY a, b ORDER BY count(*) DESC, a, b LIMIT 1""")) {
                    dyad = r.next() ? List.of(r.getString(1), r.getString(2)) : null;
                }
                try (ResultSet r = s.executeQuery("""
                        SELECT place_name, any_value(place_lat), any_value(place_lon) FROM events
                        WHERE place_precision = 'exact' AND place_lat IS NOT NULL
                        GROUP BY place_name ORDER BY count(*) DESC, place_name LIMIT 1""")) {
                    if (r.next()) place = new double[] {r.getDouble(2), r.getDouble(3)};
                }
            }
            if (median == null || dyad == null) {
                throw new SQLException("no dated event between two countries to profile");
            }
            return new Profile(median, dyad, place);
        });
    }

    record Sql(String where, List<Object> args) {
    }

    /** The WHERE clause of a filter, with its arguments in order. */
    static Sql where(EventFilter f) {
        StringBuilder w = new StringBuilder("true");
        List<Object> args = new ArrayList<>();
        for (String actor : f.actors()) {
            w.append(" AND (starts_with(source_code, ?) OR starts_with(target_code, ?))");
            args.add(actor);
            args.add(actor);
        }
        if (f.source() != null) {
            w.append(" AND starts_with(source_code, ?)");
            args.add(f.source());
        }
        if (f.target() != null) {
            w.append(" AND starts_with(target_code, ?)");
            args.add(f.target());
        }
        if (f.country() != null) {
            if (f.country().length() == 2) {
                w.append(" AND place_country = ?");
                args.add(f.country());
            } else {
                w.append(" AND (source_country = ? OR target_country = ?)");
                args.add(f.country());
                args.add(f.country());
            }
        }
        if (f.cameo() != null) {
            w.append(" AND starts_with(cameo, ?)");
            args.add(f.cameo());
        }
        if (f.plover() != null) {
            w.append(" AND plover = ?");
            args.add(f.plover());
        }
        if (f.quadClass() != null) {
            w.append(" AND quad_class = ?");
            args.add(f.quadClass());
        }
        if (f.modality() != null) {
            w.append(" AND modality = ?");
            args.add(f.modality().label());
        }
        if (f.acled() != null) {
            w.append(" AND (lower(acled_event_type) = lower(?) OR lower(acled_sub_event_type) = lower(?))");
            args.add(f.acled());
            args.add(f.acled());
        }
        // An interval with one open end counts as the single day it names. The bare column comparison comes first
        // so that the scan can skip row groups by their zone maps; the OR arm catches the rows with a missing end.
        if (f.to() != null) {
            w.append(" AND (date_begin <= ? OR (date_begin IS NULL AND date_end <= ?))");
            args.add(f.to());
            args.add(f.to());
        }
        if (f.from() != null) {
            w.append(" AND (date_end >= ? OR (date_end IS NULL AND date_begin >= ?))");
            args.add(f.from());
            args.add(f.from());
        }
        if (f.near() != null) near(f.near(), w, args);
        if (f.minSources() != null) {
            w.append(" AND num_sources >= ?");
            args.add(f.minSources());
        }
        return new Sql(w.toString(), args);
    }

    /** A bounding box first (cheap comparisons), then the great-circle distance (haversine). */
    private static void near(EventFilter.Circle c, StringBuilder w, List<Object> args) {
        double dLat = c.radiusKm() / KM_PER_DEGREE;
        w.append(" AND place_lat BETWEEN ? AND ?");
        args.add(c.lat() - dLat);
        args.add(c.lat() + dLat);
        double cos = Math.cos(Math.toRadians(c.lat()));
        if (Math.abs(c.lat()) + dLat < 89) {
            double dLon = c.radiusKm() / (KM_PER_DEGREE * cos);
            if (c.lon() - dLon >= -180 && c.lon() + dLon <= 180) {
                w.append(" AND place_lon BETWEEN ? AND ?");
                args.add(c.lon() - dLon);
                args.add(c.lon() + dLon);
            }
        }
        w.append(" AND 2 * ? * asin(sqrt(pow(sin(radians(place_lat - ?) / 2), 2)"
                + " + ? * cos(radians(place_lat)) * pow(sin(radians(place_lon - ?) / 2), 2))) <= ?");
        args.add(EARTH_RADIUS_KM);
        args.add(c.lat());
        args.add(cos);
        args.add(c.lon());
        args.add(c.radiusKm());
    }

    /** The great-circle distance in kilometres between two points, as the radius filter computes it. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double a = Math.pow(Math.sin(Math.toRadians(lat2 - lat1) / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2))
                * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    }

    private static void bind(PreparedStatement p, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) p.setObject(i + 1, args.get(i));
    }

    /** The event in the first {@link EventRecord#COLUMNS} columns of the row, in their order (by index: fast). */
    static EventRecord row(ResultSet r) throws SQLException {
        return new EventRecord(
                r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                r.getObject(5, Integer.class), r.getObject(6, Double.class),
                r.getBoolean(7), modality(r.getString(8)),
                r.getString(9), r.getString(10), r.getString(11), r.getString(12),
                r.getObject(13, LocalDate.class), r.getObject(14, LocalDate.class), precision(r.getString(15)),
                r.getString(16), r.getString(17), r.getObject(18, Long.class),
                r.getObject(19, Double.class), r.getObject(20, Double.class),
                precision(r.getString(21)), r.getObject(22, Integer.class),
                r.getInt(23), r.getInt(24), r.getInt(25), r.getDouble(26), r.getString(27),
                r.getObject(28, LocalDateTime.class), r.getObject(29, LocalDateTime.class),
                r.getString(30), r.getString(31), r.getString(32), r.getString(33), r.getString(34),
                r.getObject(35, Integer.class));
    }

    private static Modality modality(String label) {
        return label == null ? null : Modality.valueOf(label.toUpperCase(Locale.ROOT));
    }

    private static Precision precision(String label) {
        return label == null ? null : Precision.valueOf(label.toUpperCase(Locale.ROOT));
    }
}
