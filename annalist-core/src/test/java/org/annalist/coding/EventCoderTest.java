package org.annalist.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.EventMention;
import org.annalist.model.Modality;
import org.annalist.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventCoderTest {
    private static CoreNlpAnnotator nlp;
    private static final Map<String, String> ACTORS = Map.ofEntries(
            Map.entry("Valdoria", "VAL"), Map.entry("Valdorian", "VAL"), Map.entry("Kestrania", "KES"),
            Map.entry("Kestranian", "KES"), Map.entry("Morvath", "MOR"), Map.entry("Morvathi", "MOR"),
            Map.entry("Valdorian troops", "VALMIL"), Map.entry("Kestranian police", "KESCOP"),
            Map.entry("the Valdorian foreign minister", "VALGOV"), Map.entry("his Kestranian counterpart", "KESGOV"),
            Map.entry("the Morvathi government", "MORGOV"), Map.entry("the defence ministry", "VALGOV"),
            Map.entry("rebels", "---REB"), Map.entry("Kestranian positions", "KESMIL"),
            Map.entry("Kestranian riot police", "KESCOP"), Map.entry("students", "---EDU"), Map.entry("Dranvia", "DRV"),
            Map.entry("the judge", "---JUD"), Map.entry("the former president", "---ELI"),
            Map.entry("Olren Masik", ""), Map.entry("Ilsa Varn", ""), Map.entry("the Morvathi foreign minister", "MORGOV"));
    private final EventCoder coder = new EventCoder();

    @BeforeAll
    static void loadNlp() {
        nlp = new CoreNlpAnnotator();
    }

    private List<EventMention> code(String text) {
        return code(coder, text, null);
    }

    private static List<EventMention> code(EventCoder c, String text, List<String> trace) {
        Article article = new Article("a1", null, null, LocalDate.of(2024, 5, 2), "en", text, null, List.of(),
                "test", List.of());
        AnnotatedArticle annotated = nlp.annotate(article);
        return c.code(annotated, ActorFixture.mentions(annotated, ACTORS),
                trace == null ? CoderTrace.OFF : (s, m) -> trace.add(m));
    }

    private static String src(EventMention e) { return e.source() == null ? null : e.source().code(); }

    private static String tgt(EventMention e) { return e.target() == null ? null : e.target().code(); }

    @Test
    void codesPhoneCallAsDiscussByTelephone() {
        List<EventMention> events = code("The Valdorian foreign minister spoke by telephone with his Kestranian counterpart on Monday.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt)
                .contains(tuple("041", "VALGOV", "KESGOV"));
        assertThat(events).allMatch(EventMention::reciprocal);
    }

    @Test
    void codesAVisitAndTheHostVisit() {
        List<EventMention> events = code("The Valdorian foreign minister arrived in Kestrania on Tuesday for a two-day visit.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt)
                .contains(tuple("042", "VALGOV", "KES"), tuple("043", "KES", "VALGOV"));
    }

    @Test
    void readsTheAgentOfAPassiveAsSource() {
        List<EventMention> events = code("Kestrania was sharply criticized by Valdoria over the border closure.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt)
                .containsExactly(tuple("111", "VAL", "KES"));
    }

    @Test
    void codesEachActorOfACompoundSubject() {
        List<EventMention> events = code("Valdoria and Morvath imposed sanctions on Kestrania.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt)
                .containsExactlyInAnyOrder(tuple("163", "VAL", "KES"), tuple("163", "MOR", "KES"));
    }

    @Test
    void codesTalksOfACompoundSubjectAsReciprocal() {
        List<EventMention> events = code("Valdoria and Kestrania held talks in Geneva on Friday.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt)
                .containsExactlyInAnyOrder(tuple("046", "VAL", "KES"), tuple("046", "KES", "VAL"));
        assertThat(events).allMatch(EventMention::reciprocal);
    }

    @Test
    void codesANominalAttackWithPossessiveSourceAndOfTarget() {
        List<EventMention> events = code("Valdorian shelling of Kestranian positions continued overnight.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt)
                .containsExactly(tuple("194", "VAL", "KESMIL"));
    }

    @Test
    void composesAnAppealWithTheEventItAsksFor() {
        List<EventMention> events = code("Valdoria urged Kestrania to release the detained journalists.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt)
                .containsExactly(tuple("0253", "VAL", "KES"));
    }

    @Test
    void composesAThreatWithTheSanctionThreatened() {
        List<EventMention> events = code("Morvath threatened to impose sanctions on Valdoria.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt)
                .containsExactly(tuple("1312", "MOR", "VAL"));
    }

    @Test
    void codesARefusalToMeetAsRejection() {
        List<EventMention> events = code("Kestrania refused to meet Valdoria in Geneva.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt)
                .containsExactly(tuple("125", "KES", "VAL"));
    }

    @Test
    void codesAVowToAttackAsAThreatOfForce() {
        // the rebels take the only country of the sentence
        List<EventMention> events = code("The rebels vowed to attack Valdorian troops.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt)
                .containsExactly(tuple("1384", "VALREB", "VALMIL"));
    }

    @Test
    void marksAnImminentAttackAsIntended() {
        List<EventMention> events = code("Valdorian troops are about to attack Kestrania.");
        assertThat(events).extracting(EventMention::cameo, EventMention::modality)
                .containsExactly(tuple("190", Modality.INTENDED));
    }

    @Test
    void codesAConditionalWithdrawalAsAThreat() {
        List<EventMention> events = code("Valdoria will withdraw its troops from Morvath unless Kestrania ends the blockade.");
        assertThat(events).extracting(EventMention::cameo).allMatch(c -> c.startsWith("13"));
    }

    @Test
    void codesAReportedMustClauseAsDemand() {
        List<EventMention> events = code("Valdoria said on Monday that Kestrania must release the detained journalists.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt)
                .containsExactly(tuple("1053", "VAL", "KES"));
    }

    @Test
    void marksAReportedAttackWithItsAttribution() {
        List<EventMention> events = code("Valdorian troops attacked Kestranian police near the border, the defence ministry said.");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).modality()).isEqualTo(Modality.REPORTED);
        assertThat(events.get(0).attribution()).isEqualTo("the defence ministry");
    }

    @Test
    void marksANegatedThreatAsNegated() {
        List<EventMention> events = code("Morvath did not threaten Valdoria.");
        assertThat(events).extracting(EventMention::cameo, EventMention::modality)
                .containsExactly(tuple("130", Modality.NEGATED));
    }

    @Test
    void codesANegatedAcceptanceAsRejection() {
        List<EventMention> events = code("Kestrania will not accept the demands of Valdoria.");
        assertThat(events).extracting(EventMention::cameo).allMatch(c -> c.startsWith("12"));
    }

    @Test
    void marksAConditionalAttackAsHypothetical() {
        List<EventMention> events = code("Valdoria could attack Kestrania if the talks fail.");
        assertThat(events).extracting(EventMention::cameo, EventMention::modality)
                .contains(tuple("190", Modality.HYPOTHETICAL));
    }

    @Test
    void attachesFatalitiesToTheViolentEvent() {
        List<EventMention> events = code("Valdorian troops attacked Kestrania on Sunday, killing two soldiers.");
        assertThat(events).filteredOn(e -> e.cameo().startsWith("19")).isNotEmpty()
                .allMatch(e -> Integer.valueOf(2).equals(e.fatalities()));
    }

    @Test
    void leavesFatalitiesNullWhenNoneAreStated() {
        List<EventMention> events = code("Valdorian troops attacked Kestrania on Sunday.");
        assertThat(events).isNotEmpty().allMatch(e -> e.fatalities() == null);
    }

    @Test
    void codesNothingWithoutATrigger() {
        assertThat(code("Valdoria and Kestrania are neighbours in the north.")).isEmpty();
    }

    @Test
    void codesNothingWithoutACodedActor() {
        assertThat(code("The men attacked the shop.")).isEmpty();
    }

    @Test
    void requiresBothActorsWhenADyadIsRequired() {
        EventCoder dyadic = new EventCoder(CoderConfig.defaults().withRequireDyad(true));
        assertThat(code(dyadic, "Valdorian troops attacked a village.", null)).isEmpty();
        assertThat(code("Valdorian troops attacked a village.")).extracting(EventMention::cameo).containsExactly("190");
    }

    @Test
    void fillsProvenanceAndLeavesDateAndPlaceToLaterStages() {
        EventMention e = code("Valdoria praised Kestrania for its help.").get(0);
        assertThat(e.cameo()).isEqualTo("051");
        assertThat(e.plover()).isEqualTo("SUPPORT");
        assertThat(e.rule()).isEqualTo("trig:praise#051");
        assertThat(e.trigger().text()).isEqualTo("praised");
        assertThat(e.evidence()).isEqualTo("Valdoria praised Kestrania for its help.");
        assertThat(e.coderVersion()).isEqualTo(EventCoder.VERSION);
        assertThat(e.confidence()).isBetween(0.0, 1.0);
        assertThat(e.id()).isEqualTo(code("Valdoria praised Kestrania for its help.").get(0).id());
        assertThat(e.date()).isNull();
        assertThat(e.place()).isNull();
    }

    @Test
    void explainsItsDecisionsWhenTraced() {
        List<String> trace = new ArrayList<>();
        code(coder, "Valdoria praised Kestrania.", trace);
        assertThat(trace).anyMatch(m -> m.contains("trig:praise#051"));
    }

    @Test
    void skipsASentenceWithADiscardPhrase() {
        EventCoder c = new EventCoder(CoderConfig.defaults().withDiscards(
                s -> s.tokens().stream().anyMatch(t -> t.text().equals("football")) ? DiscardRule.Scope.SENTENCE : null));
        assertThat(code(c, "Valdoria beat Kestrania in the football final.", null)).isEmpty();
    }

    @Test
    void composesAPromiseOfAidAsIntentToProvideAid() {
        List<EventMention> events = code("Valdoria promised humanitarian aid to Kestrania.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt)
                .containsExactly(tuple("0333", "VAL", "KES"));
        assertThat(events.get(0).plover()).isEqualTo("AGREE");
    }

    @Test
    void codesCondemningAnAttackAsAccusingTheAttacker() {
        List<EventMention> events = code("Morvath condemned the attack by Valdorian troops.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt)
                .contains(tuple("112", "MOR", "VALMIL"));
    }

    @Test
    void codesAnOrderedOffensiveAsTheOffensive() {
        List<EventMention> events = code("Valdoria ordered air strikes on Kestranian positions.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt)
                .containsExactly(tuple("195", "VAL", "KESMIL"));
    }

    @Test
    void readsATargetFromTheSubjectOfAThatClause() {
        List<EventMention> events = code("Valdoria warned that Kestrania would face consequences.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt)
                .containsExactly(tuple("130", "VAL", "KES"));
    }

    @Test
    void keepsANegatedCriticismNegatedByDefaultAndRecodesItUnderPetrarchConventions() {
        String text = "Valdoria did not criticize Kestrania.";
        assertThat(code(text)).extracting(EventMention::cameo, EventMention::modality)
                .containsExactly(tuple("111", Modality.NEGATED));
        EventCoder petrarch = new EventCoder(CoderConfig.defaults().withPetrarchConventions());
        assertThat(code(petrarch, text, null)).extracting(EventMention::cameo, EventMention::modality)
                .containsExactly(tuple("050", Modality.ASSERTED));
    }

    @Test
    void codesAFutureVisitAsAgreeInPlover() {
        List<EventMention> events = code("The Valdorian foreign minister will visit Kestrania next week.");
        assertThat(events).filteredOn(e -> e.cameo().equals("042")).extracting(EventMention::plover)
                .containsExactly("AGREE");
    }

    @Test
    void codesWhatAnAccusationAllegesAsReportedWithTheAccusedAsActor() {
        List<EventMention> events = code("Valdoria accused Kestrania of violating the ceasefire.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt, EventMention::modality)
                .contains(tuple("112", "VAL", "KES", org.annalist.model.Modality.ASSERTED));
        EventMention violation = events.stream().filter(e -> e.cameo().equals("196")).findFirst().orElseThrow();
        assertThat(src(violation)).isEqualTo("KES");
        assertThat(violation.modality()).isEqualTo(org.annalist.model.Modality.REPORTED);
        assertThat(violation.attribution()).isEqualTo("Valdoria");
    }

    @Test
    void countsAKillingCausedByClashesAsTheirTollNotAsASecondEvent() {
        List<EventMention> events = code("Clashes between Valdorian troops and rebels killed five people on Sunday.");
        List<EventMention> violent = events.stream().filter(e -> e.cameo().startsWith("19")).toList();
        assertThat(violent).isNotEmpty();
        assertThat(violent).allSatisfy(e -> assertThat(e.trigger().text()).isEqualTo("Clashes"));
        assertThat(violent).allSatisfy(e -> assertThat(e.fatalities()).isEqualTo(5));
    }

    @Test
    void takesNoTopicOfADiscussionForItsPartner() {
        List<EventMention> events = code("The Valdorian foreign minister discussed the situation in Morvath on Monday.");
        assertThat(events).noneMatch(e -> "MOR".equals(tgt(e)));
    }

    @Test
    void riotPoliceAreAnActorAndTheirTearGasIsRepression() {
        List<EventMention> events = code("Kestranian riot police fired tear gas at students outside the university.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt)
                .containsExactly(tuple("175", "KESCOP", "KESEDU")); // the students take the only country named
    }

    @Test
    void theSubjectOfBeAboutToActs() {
        List<EventMention> events = code("Morvath is about to restore diplomatic relations with Kestrania after a long dispute, officials said.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt)
                .contains(tuple("050", "MOR", "KES"));
    }

    @Test
    void aMeetingInAThirdCountryIsCameo044() {
        List<EventMention> events = code("Valdoria and Kestrania met in Dranvia on Friday.");
        assertThat(events).extracting(EventMention::cameo).containsOnly("044");
        assertThat(code("Valdoria and Kestrania met in Kestrania on Friday.")).extracting(EventMention::cameo).containsOnly("040");
    }

    @Test
    void anAccusationNamesItsCharge() {
        assertThat(code("Valdoria accused Kestrania of espionage.")).extracting(EventMention::cameo).containsExactly("1125");
        assertThat(code("Valdoria accused Kestrania of corruption.")).extracting(EventMention::cameo).containsExactly("1121");
    }

    @Test
    void theWordsOfAnUncodedTargetAreKeptWithoutACode() {
        List<EventMention> events = code("Valdoria agreed to a ceasefire in the northern provinces.");
        assertThat(events).isNotEmpty();
        EventMention e = events.get(0);
        assertThat(src(e)).isEqualTo("VAL");
        assertThat(e.target()).isNotNull();
        assertThat(e.target().code()).isNull();
        assertThat(e.target().text()).contains("northern provinces");
    }

    @Test
    void whoeverRejectsARequestAnswersWhoeverMadeIt() {
        List<EventMention> events = code("Morvath rejected an appeal from Kestrania for new elections.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt)
                .contains(tuple("120", "MOR", "KES"));
    }

    @Test
    void aRoleWithoutCountryTakesTheOnlyCountryOfItsSentence() {
        assertThat(code("A Valdorian court said the judge ordered the former president to appear.").stream()
                .map(EventCoderTest::tgt).toList()).contains("VALELI");
        // two countries named: no guess
        assertThat(code("The judge in Kestrania ordered the former president to leave Valdoria.").stream()
                .map(EventCoderTest::tgt).toList()).doesNotContain("VALELI", "KESELI");
    }

    @Test
    void whoeverHeldThePrisonersReleasesThem() {
        List<EventMention> events = code("The two Valdorian journalists were freed from Morvath on Sunday.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt)
                .contains(tuple("0841", "MOR", "VAL"));
    }

    @Test
    void aNamedActorThatNoDictionaryCodesStillActs() {
        List<EventMention> events = code("Olren Masik agreed to resign from the Morvathi government on Tuesday.");
        assertThat(events).isNotEmpty();
        EventMention e = events.get(0);
        assertThat(e.source()).isNotNull();
        assertThat(e.source().code()).isNull();
        assertThat(e.source().text()).isEqualTo("Olren Masik");
        assertThat(tgt(e)).isEqualTo("MORGOV");
        // PETRARCH conventions keep only coded dyads
        assertThat(code(new EventCoder(CoderConfig.defaults().withPetrarchConventions()),
                "Olren Masik agreed to resign from the Morvathi government on Tuesday.", null)).isEmpty();
    }

    @Test
    void aControlVerbTakesItsTargetFromTheClauseItGoverns() {
        List<EventMention> events = code("Valdoria agreed to open its border crossings to Kestranian refugees.");
        assertThat(events).extracting(EventCoderTest::src, EventCoderTest::tgt).contains(tuple("VAL", "KES"));
        events = code("Morvath threatened to deliver devastating blows to Valdoria.");
        assertThat(events).extracting(e -> e.cameo().substring(0, 2), EventCoderTest::src, EventCoderTest::tgt)
                .contains(tuple("13", "MOR", "VAL"));
    }

    @Test
    void anAppositionCodesANamedActor() {
        List<EventMention> events = code("Valdoria rejected calls by Ilsa Varn, the Morvathi foreign minister, to hold new elections.");
        assertThat(events).extracting(e -> e.cameo().substring(0, 2), EventCoderTest::src, EventCoderTest::tgt)
                .contains(tuple("12", "VAL", "MORGOV"));
        assertThat(events.stream().filter(e -> "MORGOV".equals(tgt(e))).findFirst().orElseThrow().target().text())
                .contains("Ilsa Varn");
    }

    @Test
    void aMeasureNounPassesItsEventTheSupportVerbsSubject() {
        List<EventMention> events = code("Valdorian and Morvathi warships launched ten days of war games in the northern sea.");
        assertThat(events).extracting(EventMention::cameo).contains("062");
        assertThat(events).extracting(EventCoderTest::src).contains("VAL");
    }

    @Test
    void aCountedPhraseUnderAroundIsTheSubject() {
        List<EventMention> events = code("Around 4,000 students have sought refuge in Kestrania since March.");
        assertThat(events).extracting(e -> e.cameo().substring(0, 2), e -> e.source() == null ? null : e.source().text(), EventCoderTest::tgt)
                .contains(tuple("02", "students", "KES"));
    }

    @Test
    void anActorNamedInTheFrameObjectUndergoesTheEvent() {
        assertThat(code("Kestrania expelled all Valdorian troops on Monday.")).extracting(EventCoderTest::src, EventCoderTest::tgt)
                .contains(tuple("KES", "VALMIL"));
        assertThat(code("Morvath defended Kestrania's decision to close the border.")).extracting(EventCoderTest::src, EventCoderTest::tgt)
                .contains(tuple("MOR", "KES"));
        // forces the source mobilises are not its target
        assertThat(code("Kestrania deployed Valdorian troops along the border.")).extracting(EventCoderTest::tgt)
                .doesNotContain("VALMIL");
    }

    @Test
    void orderingANewspaperToSuspendPublicationRestrictsFreedoms() {
        List<EventMention> events = code("The Morvathi government ordered the Kestranian newspaper Daily Lantern to suspend publication.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt)
                .contains(tuple("1721", "MORGOV", "KES"));
    }

    @Test
    void aPardonReleasesAPerson() {
        List<EventMention> events = code("Olren Masik pardoned Ilsa Varn after a long trial.");
        assertThat(events).extracting(EventMention::cameo).containsExactly("0841");
        assertThat(events.get(0).target().text()).isEqualTo("Ilsa Varn");
    }

    @Test
    void aParticipleTaggedAsAdjectiveWithAnObjectIsAVerb() {
        List<EventMention> events = code("Valdorian troops are currently striking Kestranian positions near the river.");
        assertThat(events).extracting(e -> e.cameo().substring(0, 2), EventCoderTest::src, EventCoderTest::tgt)
                .contains(tuple("19", "VALMIL", "KESMIL"));
    }

    @Test
    void theModifiersOfAMeasuredNounSatisfyAFrame() {
        List<EventMention> events = code("A first batch of Valdorian peacekeeping troops arrived in Kestrania on Monday.");
        assertThat(events).extracting(EventMention::cameo).contains("074").doesNotContain("042");
    }

    @Test
    void anAttemptedActIsNotAnIntention() {
        List<EventMention> events = code("Kestranian police attempted to arrest the Valdorian foreign minister.");
        assertThat(events).extracting(EventMention::cameo, EventMention::modality).contains(tuple("173", Modality.ASSERTED));
    }

    @Test
    void strikesCarriedOutByTheMilitaryAreAttacks() {
        List<EventMention> events = code("Valdorian troops carried out strikes on Friday against Kestranian positions.");
        assertThat(events).extracting(e -> e.cameo().substring(0, 2)).contains("19").doesNotContain("14");
    }

    @Test
    void theWithdrawalOfForcesFromAPlaceIsNotThatPlacesAct() {
        List<EventMention> events = code("Valdoria speeded up the withdrawal of its troops from Kestrania.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt)
                .contains(tuple("0874", "VAL", "KES"));
    }

    @Test
    void aParticleReadAsPrepositionStillIntroducesTheObject() {
        List<EventMention> events = code("Valdorian troops have cordoned off the roads leading into Kestrania.");
        assertThat(events).extracting(EventMention::cameo, EventCoderTest::src, EventCoderTest::tgt)
                .contains(tuple("144", "VALMIL", "KES"));
    }

    @Test
    void onlyDirectiveVerbsPassTheirObjectOnAsActor() {
        // "summoned X to complain": the one who summons complains, to X
        assertThat(code("Kestrania summoned the Valdorian foreign minister to complain about the shelling."))
                .extracting(e -> e.cameo().substring(0, 2), EventCoderTest::src, EventCoderTest::tgt)
                .contains(tuple("11", "KES", "VALGOV"));
        // "urged X to withdraw": X is asked to act
        assertThat(code("Kestrania urged Valdoria to withdraw its troops."))
                .extracting(EventCoderTest::src, EventCoderTest::tgt).contains(tuple("KES", "VAL"));
    }

    @Test
    void theWithPhraseNamesTheConsultationPartnerNotTheTopic() {
        List<EventMention> events = code("The Valdorian foreign minister discussed Morvath with his Kestranian counterpart on Monday.");
        assertThat(events).extracting(EventCoderTest::src, EventCoderTest::tgt).contains(tuple("VALGOV", "KESGOV"))
                .doesNotContain(tuple("VALGOV", "MOR"));
    }

    @Test
    void aThreatIsAimedAtWhoeverMustMeetItsCondition() {
        List<EventMention> events = code("Morvath threatened to hold a general strike unless Kestrania rescinded the new law.");
        assertThat(events).extracting(e -> e.cameo().substring(0, 2), EventCoderTest::src, EventCoderTest::tgt)
                .contains(tuple("13", "MOR", "KES"));
    }

    @Test
    void aProtestAnswersWhatItIsInProtestAgainst() {
        List<EventMention> events = code("Students began a hunger strike on Monday in protest against the Morvathi government's new law.");
        assertThat(events).extracting(e -> e.cameo().substring(0, 2), EventCoderTest::tgt).contains(tuple("14", "MORGOV"));
    }
}
