package org.annalist.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.model.Actor;
import org.annalist.model.EventMention;
import org.annalist.model.Modality;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

/** The views of events coded from sentences of our own, one view at a time. */
class EventViewsTest {

    private final EventViews views = EventViews.load();

    /** An event as the coder would give it: the trigger is the first occurrence of its words in the sentence. */
    private static EventMention event(String sentence, String trigger, String cameo, Modality modality,
                                      String sourceCode, String sourceText, String targetCode, String targetText) {
        int t = sentence.indexOf(trigger);
        return new EventMention("e", "a", 0, cameo, null, modality, null, false, null,
                new Span(trigger, t, t + trigger.length()), actor(sentence, sourceCode, sourceText),
                actor(sentence, targetCode, targetText), null, null, sentence, "test", 0.9, "test");
    }

    private static Actor actor(String sentence, String code, String text) {
        if (text == null) return null;
        int s = sentence.indexOf(text);
        return new Actor(code, text, s, s + text.length());
    }

    private EventView view(String sentence, String trigger, String cameo, String sourceCode, String sourceText,
                           String targetCode, String targetText) {
        return views.of(event(sentence, trigger, cameo, Modality.ASSERTED, sourceCode, sourceText, targetCode,
                targetText));
    }

    @Test
    void shellingOfTroopsIsRemoteViolenceWithHeavyWeaponsNotABattle() {
        EventView v = view("Utopian artillery shelled Arcadian army positions near the river on Sunday.",
                "shelled", "190", "UTPMIL", "Utopian artillery", "ARCMIL", "Arcadian army");
        assertThat(v.ploverType()).isEqualTo("ASSAULT");
        assertThat(v.ploverMode()).isEqualTo("heavy-weapons");
        assertThat(v.acledEventType()).isEqualTo("Explosions/Remote violence");
        assertThat(v.acledSubEventType()).isEqualTo("Shelling/artillery/missile attack");
        assertThat(v.quad()).isEqualTo(4);
        assertThat(v.quadName()).isEqualTo("material conflict");
        assertThat(v.penta()).isEqualTo(4);
        assertThat(v.ploverContext()).contains("military");
        assertThat(v.basis()).anyMatch(b -> b.startsWith("acled: cue 'shelled' in trigger"));
    }

    @Test
    void attackOnSoldiersIsABattleAndOnVillagersViolenceAgainstCivilians() {
        EventView battle = view("Rebels attacked a police convoy outside the town.", "attacked", "190",
                "UTPREB", "Rebels", "UTPCOP", "a police convoy");
        assertThat(battle.acledEventType()).isEqualTo("Battles");
        assertThat(battle.acledSubEventType()).isEqualTo("Armed clash");

        EventView civilians = view("Gunmen attacked villagers in the north, killing nine.", "attacked", "190",
                "UTPUAF", "Gunmen", "UTPCVL", "villagers");
        assertThat(civilians.acledEventType()).isEqualTo("Violence against civilians");
        assertThat(civilians.acledSubEventType()).isEqualTo("Attack");
        assertThat(civilians.ploverMode()).isEqualTo("firearms");
    }

    @Test
    void anAirRaidIsAnAirStrikeWhateverItsTarget() {
        EventView v = view("Government warplanes bombed a market in the rebel-held city.", "bombed", "190",
                "UTPMIL", "Government warplanes", null, null);
        assertThat(v.acledSubEventType()).isEqualTo("Air/drone strike");
        assertThat(v.ploverMode()).isEqualTo("aerial");
    }

    @Test
    void aProtestDispersedWithTearGasIsAProtestWithIntervention() {
        EventView v = view("Thousands of students protested in the capital until police dispersed them with tear gas.",
                "protested", "141", "UTPEDU", "Thousands of students", null, null);
        assertThat(v.ploverType()).isEqualTo("PROTEST");
        assertThat(v.ploverMode()).isEqualTo("demo");
        assertThat(v.acledEventType()).isEqualTo("Protests");
        assertThat(v.acledSubEventType()).isEqualTo("Protest with intervention");
        assertThat(v.quad()).isEqualTo(4);
    }

    @Test
    void policeForceAgainstProtestersIsAnInterventionUnlessItKills() {
        EventView gas = view("Riot police fired tear gas at demonstrators outside the palace.", "fired", "193",
                "UTPCOP", "Riot police", "UTPCVL", "demonstrators");
        assertThat(gas.acledEventType()).isEqualTo("Protests");
        assertThat(gas.acledSubEventType()).isEqualTo("Protest with intervention");
        EventView killed = view("Soldiers shot dead six demonstrators in the square.", "shot", "193",
                "UTPMIL", "Soldiers", "UTPCVL", "six demonstrators");
        assertThat(killed.acledSubEventType()).isEqualTo("Excessive force against protesters");
        EventView villagers = view("Soldiers shot dead six villagers near the square.", "shot", "193",
                "UTPMIL", "Soldiers", "UTPCVL", "six villagers");
        assertThat(villagers.acledSubEventType()).isEqualTo("Attack");
    }

    @Test
    void aPeacefulMarchStaysAPeacefulProtest() {
        EventView v = view("Farmers marched peacefully to the ministry.", "marched", "141", "UTPAGR", "Farmers",
                null, null);
        assertThat(v.acledSubEventType()).isEqualTo("Peaceful protest");
        assertThat(v.basis()).contains("acled: acled_map 141");
    }

    @Test
    void aStatementIsPentaZeroWithoutPloverTypeOrAcled() {
        EventView v = view("The Arcadian foreign minister said the talks were useful.", "said", "010",
                "ARCGOV", "The Arcadian foreign minister", null, null);
        assertThat(v.ploverType()).isNull();
        assertThat(v.penta()).isZero();
        assertThat(v.pentaName()).isEqualTo("statement");
        assertThat(v.quad()).isEqualTo(1);
        assertThat(v.acledSubEventType()).isNull();
    }

    @Test
    void talksAreNotAnAcledEvent() {
        EventView v = view("The two presidents held talks by telephone.", "talks", "041", "UTPGOV", "The two presidents",
                null, null);
        assertThat(v.ploverType()).isEqualTo("CONSULT");
        assertThat(v.ploverMode()).isEqualTo("phone");
        assertThat(v.acledEventType()).isNull();
    }

    @Test
    void sanctionsOnTradeHaveAnEconomicContext() {
        EventView v = view("Utopia imposed sanctions on Arcadian oil exports.", "imposed sanctions", "163",
                "UTP", "Utopia", "ARC", "Arcadian");
        assertThat(v.ploverType()).isEqualTo("SANCTION");
        assertThat(v.ploverMode()).isEqualTo("discontinue");
        assertThat(v.ploverContext()).contains("economic");
        assertThat(v.quad()).isEqualTo(4);
    }

    @Test
    void contextCuesComeFromTheSentence() {
        EventView v = view("Utopia accused Arcadia of enriching uranium for a nuclear weapon.", "accused", "112",
                "UTP", "Utopia", "ARC", "Arcadia");
        assertThat(v.ploverType()).isEqualTo("ACCUSE");
        assertThat(v.ploverMode()).isEqualTo("allege");
        assertThat(v.ploverContext()).contains("cbrn");
        assertThat(v.quad()).isEqualTo(3);
    }

    @Test
    void wordsWithAnotherSenseGiveNoView() {
        EventView v = view("Pirates attacked an oil tanker in an important shipping lane during the military campaign.",
                "attacked", "190", "UTPUAF", "Pirates", null, null);
        assertThat(v.ploverMode()).isNull();
        assertThat(v.ploverContext()).doesNotContain("election", "economic", "natural_resource");
        assertThat(v.ploverContext()).contains("military");
    }

    @Test
    void anAttackThatDidNotHappenHasNoAcledView() {
        String s = "Utopian troops did not shell the Arcadian village.";
        EventView negated = views.of(event(s, "shell", "194", Modality.NEGATED, "UTPMIL", "Utopian troops", "ARCCVL",
                "the Arcadian village"));
        assertThat(negated.acledSubEventType()).isNull();
        assertThat(negated.acledEventType()).isNull();
        assertThat(negated.ploverType()).isEqualTo("ASSAULT");
        assertThat(negated.quad()).isEqualTo(4);
        EventView asserted = views.of(event(s, "shell", "194", Modality.ASSERTED, "UTPMIL", "Utopian troops", "ARCCVL",
                "the Arcadian village"));
        assertThat(asserted.acledSubEventType()).isEqualTo("Shelling/artillery/missile attack");
    }

    @Test
    void modalityGivesTheAuxiliaryMode() {
        String s = "Utopia did not send troops to the border.";
        assertThat(views.of(event(s, "send", "150", Modality.NEGATED, "UTP", "Utopia", null, null)).ploverAuxMode())
                .isEqualTo("negation");
        assertThat(views.of(event(s, "send", "150", Modality.HYPOTHETICAL, "UTP", "Utopia", null, null)).ploverAuxMode())
                .isEqualTo("hypothetical");
        assertThat(views.of(event(s, "send", "150", Modality.INTENDED, "UTP", "Utopia", null, null)).ploverAuxMode())
                .isEqualTo("future");
        assertThat(views.of(event(s, "send", "150", Modality.ASSERTED, "UTP", "Utopia", null, null)).ploverAuxMode())
                .isNull();
    }

    @Test
    void mobilizingTroopsGetsTheTroopsMode() {
        EventView v = view("Utopia moved thousands of troops to the Arcadian border.", "moved", "154", "UTPMIL",
                "Utopia", "ARC", "Arcadian");
        assertThat(v.ploverType()).isEqualTo("MOBILIZE");
        assertThat(v.ploverMode()).isEqualTo("troops");
        assertThat(v.ploverContext()).contains("military");
    }

    @Test
    void rebelsCapturingATownOvertakeTerritory() {
        EventView v = view("Rebels captured the town of Esk after a day of fighting with the army.", "captured", "190",
                "UTPREB", "Rebels", "UTPMIL", "the army");
        assertThat(v.acledEventType()).isEqualTo("Battles");
        assertThat(v.acledSubEventType()).isEqualTo("Non-state actor overtakes territory");
    }

    @Test
    void actorsAreWrittenInPloverCodes() {
        assertThat(views.actor("RUSMED", "Russian state television").sectors()).containsExactly("JRN");
        assertThat(views.actor("FRAHLH", "French doctors").sectors()).containsExactly("MED");
        assertThat(views.actor("IGOEEC", "the European Union").country()).isEqualTo("EUR");
        assertThat(views.actor("EUR", "Europe").country()).isNull();
        assertThat(views.actor("IGOUNOHCR", "UNHCR").country()).isEqualTo("UNO");
        assertThat(views.actor("IGONAT", "NATO").country()).isEqualTo("IGO");
        assertThat(views.actor("ROMGOV", "the Romanian government").code()).isEqualTo("ROUGOV");
        assertThat(views.actor("KSVGOV", "Pristina").country()).isEqualTo("KOS");
        assertThat(views.actor("SYRINS", "insurgents").sectors()).containsExactly("REB");
        assertThat(views.actor("---GOV", "the government").country()).isNull();
        assertThat(views.actor("---GOV", "the government").code()).isEqualTo("---GOV");
        assertThat(views.actor("NGM", "a global movement").country()).isEqualTo("ISM");
        assertThat(views.actor(null, "a local militia").code()).isNull();
        assertThat(views.actor(null, "a local militia").text()).isEqualTo("a local militia");
    }

    @Test
    void pentaAndQuadFollowTheCameoRoot() {
        for (CameoCode c : CameoCatalog.load().all()) {
            EventView v = view("Something happened.", "happened", c.code(), "UTP", "Something", null, null);
            int root = Integer.parseInt(c.root());
            int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            assertThat(v.quad()).as(c.code()).isEqualTo(quad);
            assertThat(v.penta()).as(c.code()).isEqualTo(root == 1 ? 0 : quad);
        }
    }
}
