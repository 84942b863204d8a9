package org.annalist.coding;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.annalist.ontology.CameoCatalog;
import org.annalist.ontology.CameoCode;

/**
 * Settings of the {@link EventCoder}.
 *
 * @param triggers              the trigger dictionary
 * @param embedding             how governing triggers compose with governed events
 * @param discards              decides which sentences or stories are out of scope
 * @param requireDyad           when true, an event needs a coded source and a coded target (PETRARCH's default);
 *                              when false, one coded actor is enough
 * @param recodeNegatedCooperation when true, a negated cooperative event ("will not accept refugees") is coded as
 *                              the matching rejection (12x), asserted; when false it keeps its code, marked negated
 * @param recodeNegatedConflict when true, a negated verbal conflict ("did not criticize") is coded as diplomatic
 *                              cooperation (050), asserted, as PETRARCH's dictionaries do; when false (the default)
 *                              it keeps its code, marked negated
 * @param requireKnownCountry   when true, an event needs an actor whose code names a country or organisation
 *                              (events between "---CVL" crowds and a "---GOV" embassy are dropped)
 * @param plover                CAMEO code to PLOVER event type, null when none (default: the
 *                              {@link CameoCatalog}'s mapping)
 */
public record CoderConfig(TriggerDictionary triggers, EmbeddingTable embedding, DiscardRule discards,
                          boolean requireDyad, boolean recodeNegatedCooperation, boolean recodeNegatedConflict,
                          boolean requireKnownCountry, UnaryOperator<String> plover) {

    public CoderConfig {
        Objects.requireNonNull(triggers, "triggers");
        Objects.requireNonNull(embedding, "embedding");
        discards = discards == null ? DiscardRule.NONE : discards;
        plover = plover == null ? code -> null : plover;
    }

    /** Built-in triggers, no discards, one coded actor suffices, negated cooperation recoded as rejection. */
    public static CoderConfig defaults() {
        CameoCatalog catalog = CameoCatalog.load();
        return new CoderConfig(TriggerDictionary.builtIn(), EmbeddingTable.builtIn(), DiscardRule.NONE, false, true, false, false,
                code -> catalog.get(code).map(CameoCode::plover).orElse(null));
    }

    public CoderConfig withRequireDyad(boolean value) {
        return new CoderConfig(triggers, embedding, discards, value, recodeNegatedCooperation, recodeNegatedConflict, requireKnownCountry, plover);
    }

    public CoderConfig withDiscards(DiscardRule value) {
        return new CoderConfig(triggers, embedding, value, requireDyad, recodeNegatedCooperation, recodeNegatedConflict, requireKnownCountry, plover);
    }

    /**
     * The conventions of the PETRARCH family of coders: a coded source and target are required, one of them with a
     * known country, and negated verbal conflict is coded as cooperation.
     */
    public CoderConfig withPetrarchConventions() {
        return new CoderConfig(triggers, embedding, discards, true, recodeNegatedCooperation, true, true, plover);
    }

    public CoderConfig withPlover(UnaryOperator<String> value) {
        return new CoderConfig(triggers, embedding, discards, requireDyad, recodeNegatedCooperation, recodeNegatedConflict, requireKnownCountry, value);
    }
}
