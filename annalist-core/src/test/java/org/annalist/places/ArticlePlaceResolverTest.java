package org.annalist.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article-level resolution on a gazetteer of two invented towns. */
class ArticlePlaceResolverTest {

    @TempDir
    static Path dir;
    static ArticlePlaceResolver resolver;

    @BeforeAll
    static void gazetteer() throws Exception {
        Path dump = dir.resolve("towns.txt");
        Files.writeString(dump, String.join("\n",
                "2000001\tBrennford\tBrennford\t\t47.50000\t9.50000\tP\tPPLA\tXA\t\t01\t\t\t\t80000\t\t400\tEurope/Zurich\t2024-01-01",
                "2000002\tMarrow\tMarrow\t\t46.00000\t7.00000\tP\tPPL\tXA\t\t02\t\t\t\t30000\t\t500\tEurope/Zurich\t2024-01-01",
                // a village called "Street" far from the others, and two towns near Brennford
                "2000003\tStreet\tStreet\t\t10.00000\t60.00000\tP\tPPL\tXB\t\t01\t\t\t\t20000\t\t10\tAsia/Dubai\t2024-01-01",
                // a big city that some language also calls "Marrow"
                "2000007\tGrossstadt\tGrossstadt\tMarrow,Grand Town\t-20.00000\t-50.00000\tP\tPPLA\tXC\t\t01\t\t\t\t300000\t\t10\tAmerica/Sao_Paulo\t2024-01-01",
                "2000006\tFarholm\tFarholm\t\t12.00000\t62.00000\tP\tPPL\tXB\t\t01\t\t\t\t20000\t\t10\tAsia/Dubai\t2024-01-01",
                "2000004\tOstwick\tOstwick\t\t47.60000\t9.60000\tP\tPPL\tXA\t\t01\t\t\t\t5000\t\t400\tEurope/Zurich\t2024-01-01",
                "2000005\tWestwick\tWestwick\t\t47.40000\t9.40000\tP\tPPL\tXA\t\t01\t\t\t\t5000\t\t400\tEurope/Zurich\t2024-01-01",
                ""));
        resolver = new ArticlePlaceResolver(new PlaceResolver(Gazetteer.load(dump)));
    }

    private static List<Optional<ResolvedPlace>> resolve(String... names) {
        String text = String.join(" ", names);
        AnnotatedArticle a = new AnnotatedArticle(new Article("t", null, null, null, "en", text, null, List.of(), "test",
                List.of()), List.of());
        List<PlaceMention> mentions = new java.util.ArrayList<>();
        int at = 0;
        for (String n : names) {
            // each name in a sentence of its own: the article's focus, not a sentence's town, decides
            mentions.add(new PlaceMention(n, at, at + n.length(), mentions.size()));
            at += n.length() + 1;
        }
        return resolver.resolve(a, mentions);
    }

    @Test
    void aNameTheGazetteerKnowsResolvesToIt() {
        ResolvedPlace r = resolve("Brennford").get(0).orElseThrow();
        assertThat(r.geonameid()).isEqualTo(2000001L);
        assertThat(r.precision()).isEqualTo(PlacePrecision.EXACT);
    }

    @Test
    void anUnknownNameResolvesToThePlaceItsWordsName() {
        ResolvedPlace r = resolve("Marrow Technical College").get(0).orElseThrow();
        assertThat(r.geonameid()).isEqualTo(2000002L);
        // the gazetteer's resolver reads a part of the name itself; the article resolver's own fallback does otherwise
        assertThat(r.reason()).containsAnyOf("named in \"Marrow Technical College\"", "from part of the name");
    }

    @Test
    void aStreetResolvesNearThePlaceTheArticleMentionsMost() {
        List<Optional<ResolvedPlace>> r = resolve("Marrow", "Brennford", "Tanner Street", "Brennford");
        ResolvedPlace street = r.get(2).orElseThrow();
        assertThat(street.geonameid()).isEqualTo(2000001L);
        assertThat(street.precision()).isEqualTo(PlacePrecision.NEAR);
        assertThat(street.reason()).contains("focus Brennford");
    }

    @Test
    void withoutAnyKnownPlaceAnUnknownNameStaysUnresolved() {
        assertThat(resolve("Tanner Street").get(0)).isEmpty();
    }

    @Test
    void aGenericWordInsideANameIsNoPlaceEvenWhenAVillageBearsIt() {
        List<Optional<ResolvedPlace>> r = resolve("Brennford", "Tanner Street");
        assertThat(r.get(1).orElseThrow().geonameid()).isEqualTo(2000001L);
        assertThat(r.get(1).orElseThrow().reason()).contains("focus Brennford");
    }

    @Test
    void theFocusIsTheTownWithMostOfTheArticlesPlacesAroundIt() {
        // Marrow is named twice, but Brennford has two more towns of the article beside it
        List<Optional<ResolvedPlace>> r = resolve("Marrow", "Marrow", "Brennford", "Ostwick", "Westwick", "Mill Lane");
        assertThat(r.get(5).orElseThrow().geonameid()).isEqualTo(2000001L);
    }

    @Test
    void aSmallTownTheWordsNameFarFromTheFocusGivesWayToTheFocus() {
        // Marrow lies some 200 km from Brennford; a far town is no answer when the article is about Brennford
        List<Optional<ResolvedPlace>> near = resolve("Brennford", "Ostwick", "Marrow Technical College");
        assertThat(near.get(2).orElseThrow().geonameid()).isEqualTo(2000002L);
        List<Optional<ResolvedPlace>> far = resolve("Brennford", "Ostwick", "Farholm Academy");
        assertThat(far.get(2).orElseThrow().geonameid()).isEqualTo(2000001L);
    }

    @Test
    void theResolverTellsKnownNamesFromNamesOnlyPartlyKnown() {
        PlaceResolver places = new PlaceResolver(Gazetteer.loadDefault());
        assertThat(places.knows("Brennford")).isFalse();
        assertThat(places.knows("Paris")).isTrue();
        assertThat(places.knows("Paris, Texas")).isTrue();
        assertThat(places.knows("Donetsk region")).isTrue();
        assertThat(places.knows("Tanner Street")).isFalse();
    }

    @Test
    void aTownWhoseOwnNameItIsBeatsABigCityKnownByItOnlyInAnotherLanguage() {
        assertThat(resolve("Marrow").get(0).orElseThrow().geonameid()).isEqualTo(2000002L);
        // with no town of that own name, the alternate name finds the city
        assertThat(resolve("Grand Town").get(0).orElseThrow().geonameid()).isEqualTo(2000007L);
    }

    @Test
    void aStreetResolvesToTheTownOfItsSentenceNearTheFocus() {
        // Brennford is the focus (Ostwick and Westwick lie around it); the street's sentence names Ostwick
        String text = "Brennford and Westwick. Protesters met on Tanner Street in Ostwick.";
        AnnotatedArticle a = new AnnotatedArticle(new Article("t", null, null, null, "en", text, null, List.of(), "test",
                List.of()), List.of());
        List<PlaceMention> mentions = List.of(new PlaceMention("Brennford", 0, 9, 0), new PlaceMention("Westwick", 14, 22, 0),
                new PlaceMention("Tanner Street", 42, 55, 1), new PlaceMention("Ostwick", 59, 66, 1));
        ResolvedPlace street = resolver.resolve(a, mentions).get(2).orElseThrow();
        assertThat(street.geonameid()).isEqualTo(2000004L);
        assertThat(street.reason()).contains("town of its sentence Ostwick");
    }
}
