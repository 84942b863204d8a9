package org.annalist.model;

import java.time.LocalDate;

/**
 * A wire-story dateline such as {@code Moscow, 14 March 2023 (TDI):} or {@code WASHINGTON (Reuters) -}.
 *
 * @param place      the place name as written, normalised to title case ("Moscow"), or null
 * @param date       the date it gives, or null (resolved against the article date when the year is missing)
 * @param source     the agency or outlet ("TDI", "Reuters", "AP"), or null
 * @param start      offset of the dateline in the article text
 * @param end        end offset (exclusive) of the dateline, including its trailing separator
 * @param placeStart offset of the place name, -1 when there is none
 * @param placeEnd   end of the place name, -1 when there is none
 */
public record Dateline(String place, LocalDate date, String source, int start, int end, int placeStart, int placeEnd) {
}
