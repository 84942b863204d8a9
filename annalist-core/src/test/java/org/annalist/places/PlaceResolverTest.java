package org.annalist.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Resolution against the built-in gazetteer, with contexts written for these tests. */
class PlaceResolverTest {

    private final PlaceResolver resolver = new PlaceResolver(Gazetteer.loadDefault());

    private ResolvedPlace resolve(String name, PlaceContext ctx) {
        return resolver.resolve(name, ctx).orElseThrow(() -> new AssertionError("no answer for " + name));
    }

    @Test
    void georgiaAloneIsTheCountry() {
        ResolvedPlace r = resolve("Georgia", PlaceContext.none());
        assertThat(r.entry().countryCode()).isEqualTo("GE");
        assertThat(r.precision()).isEqualTo(PlacePrecision.COUNTRY);
    }

    @Test
    void georgiaBesideAtlantaIsTheUsState() {
        List<Optional<ResolvedPlace>> r = resolver.resolveAll(List.of("Atlanta", "Georgia"), PlaceContext.none());
        assertThat(r.get(1).orElseThrow().entry().countryCode()).isEqualTo("US");
        assertThat(r.get(1).orElseThrow().precision()).isEqualTo(PlacePrecision.ADMIN1);
    }

    @Test
    void georgiaBesideTbilisiStaysTheCountry() {
        List<Optional<ResolvedPlace>> r = resolver.resolveAll(List.of("Tbilisi", "Georgia"), PlaceContext.none());
        assertThat(r.get(1).orElseThrow().entry().countryCode()).isEqualTo("GE");
    }

    @Test
    void allNamesOfStepanakertGiveOnePlace() {
        long id = resolve("Stepanakert", PlaceContext.none()).entry().geonameid();
        assertThat(resolve("Khankendi", PlaceContext.none()).entry().geonameid()).isEqualTo(id);
        assertThat(resolve("Xankəndi", PlaceContext.none()).entry().geonameid()).isEqualTo(id);
    }

    @Test
    void possessiveContainerPicksTheRegionInsideTheCountry() {
        ResolvedPlace r = resolve("Azerbaijan's region of Nagorno-Karabakh", PlaceContext.none());
        assertThat(r.entry().name()).isEqualTo("Nagorno-Karabakh");
        assertThat(r.entry().countryCode()).isEqualTo("AZ");
        assertThat(r.precision()).isEqualTo(PlacePrecision.REGION);
        assertThat(r.reason()).contains("inside Azerbaijan");
    }

    @Test
    void commaContainerPicksTheTownOfThatState() {
        ResolvedPlace texas = resolve("Paris, Texas", PlaceContext.none());
        assertThat(texas.entry().countryCode()).isEqualTo("US");
        assertThat(texas.entry().admin1()).isEqualTo("TX");
        assertThat(resolve("Paris", PlaceContext.none()).entry().countryCode()).isEqualTo("FR");
    }

    @Test
    void mentionedCountryChoosesBetweenHomonyms() {
        // a Tripoli in Lebanon and one in Libya: the article's country decides
        ResolvedPlace lebanon = resolve("Tripoli", new PlaceContext(null, Set.of("Lebanon"), List.of()));
        ResolvedPlace libya = resolve("Tripoli", new PlaceContext(null, Set.of("LY"), List.of()));
        assertThat(lebanon.entry().countryCode()).isEqualTo("LB");
        assertThat(libya.entry().countryCode()).isEqualTo("LY");
        assertThat(lebanon.reason()).contains("mentioned country LB");
    }

    @Test
    void datelineChoosesBetweenHomonyms() {
        ResolvedPlace r = resolve("Hyderabad", PlaceContext.of("KARACHI", List.of()));
        assertThat(r.entry().countryCode()).isEqualTo("PK");
    }

    @Test
    void smallFarAwayHomonymIsNoAnswer() {
        // Vrbovec is a small town in Croatia and one in Czechia: in an article about Mexico it is no answer
        PlaceContext mexico = new PlaceContext("MEXICO CITY", Set.of("MX"), List.of("Guadalajara", "Monterrey"));
        assertThat(resolver.resolve("Lindarvale", mexico)).isEmpty();
        Optional<ResolvedPlace> far = resolver.resolve("Vrbovec", mexico);
        assertThat(far).isEmpty();
        assertThat(resolver.resolve("Vrbovec", PlaceContext.none())).isPresent();
    }

    @Test
    void demonymResolvesToItsCountry() {
        assertThat(resolve("Azerbaijani", PlaceContext.none()).entry().featureCode()).isEqualTo("PCLI");
    }

    @Test
    void regionWordsFindTheAdminRegion() {
        ResolvedPlace r = resolve("Donetsk region", PlaceContext.none());
        assertThat(r.precision()).isEqualTo(PlacePrecision.ADMIN1);
        ResolvedPlace luhansk = resolve("Luhansk Oblast", PlaceContext.none());
        assertThat(luhansk.entry().countryCode()).isEqualTo("UA");
    }

    @Test
    void bigCityBeatsItsStateOfTheSameName() {
        assertThat(resolve("New York", PlaceContext.none()).precision()).isEqualTo(PlacePrecision.EXACT);
        assertThat(resolver.resolveAll(List.of("Brooklyn", "New York"), PlaceContext.none()).get(1).orElseThrow().precision())
                .isEqualTo(PlacePrecision.EXACT);
    }

    @Test
    void unknownNameIsNoAnswer() {
        assertThat(resolver.resolve("Qqzxvillebergstadt", PlaceContext.none())).isEmpty();
        assertThat(resolver.resolve("   ", PlaceContext.none())).isEmpty();
    }

    @Test
    void anEnglishCountyBesideEnglishTownsIsTheCountyAndBesideAmericanOnesTheTown() {
        List<Optional<ResolvedPlace>> uk = resolver.resolveAll(List.of("Maidstone", "Canterbury", "Kent"), PlaceContext.none());
        assertThat(uk.get(2).orElseThrow().entry().countryCode()).isEqualTo("GB");
        assertThat(uk.get(2).orElseThrow().entry().featureCode()).isEqualTo("ADM2");
        List<Optional<ResolvedPlace>> us = resolver.resolveAll(List.of("Seattle", "Tacoma", "Kent"), PlaceContext.none());
        assertThat(us.get(2).orElseThrow().entry().countryCode()).isEqualTo("US");
    }

    @Test
    void theSecondPassWeighsEachNameByTheOthersAnswersInContext() {
        // alone, "Norfolk" and "Suffolk" are towns of Virginia; beside "Ipswich" and "Norwich" all are English
        List<Optional<ResolvedPlace>> r = resolver.resolveAll(List.of("Norfolk", "Suffolk", "Ipswich", "Norwich"),
                PlaceContext.of(null, List.of()));
        for (Optional<ResolvedPlace> p : r) assertThat(p.orElseThrow().entry().countryCode()).isEqualTo("GB");
    }

    @Test
    void aPeoplesOrLanguagesWordStandsForItsPlaceBeforeATownOfThatName() {
        // there is a town called English in Indiana
        assertThat(resolve("English", PlaceContext.none()).entry().name()).isEqualTo("England");
        assertThat(resolve("Kurdish", PlaceContext.none()).entry().name()).isEqualTo("Kurdistan");
        assertThat(resolve("Korean", PlaceContext.none()).entry().countryCode()).isEqualTo("KR");
    }

    @Test
    void aLanguageIsNoEvidenceOfWhereTheArticleIs() {
        // "English" beside "Birmingham" does not make it the English Birmingham when Alabama is named
        List<Optional<ResolvedPlace>> r = resolver.resolveAll(List.of("English", "Alabama", "Birmingham"),
                PlaceContext.none());
        assertThat(r.get(2).orElseThrow().entry().countryCode()).isEqualTo("US");
    }
}
