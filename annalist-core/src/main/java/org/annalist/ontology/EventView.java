package org.annalist.ontology;

import java.util.List;

/**
 * The other ontologies' view of one coded event: PLOVER (type, mode, auxiliary mode, contexts, actors in
 * PLOVER's codes), ACLED (event type and sub-event type) and the QuadClass and ConfliBERT five-way classes.
 * Computed by {@link EventViews} from the CAMEO code, the actors and cue words of the sentence.
 *
 * @param ploverType       PLOVER event type ("ASSAULT"), or {@code null} where PLOVER has none (CAMEO roots 01, 02)
 * @param ploverMode       a mode of that type ("aerial"), or {@code null} when neither the code nor the words fix one
 * @param ploverAuxMode    PLOVER auxiliary mode from the event's modality ("negation", "hypothetical", "future",
 *                         "historical"), or {@code null} for an asserted or reported event
 * @param ploverContext    PLOVER contexts ("military", "economic", ...), possibly empty, never null
 * @param ploverSource     the source actor in PLOVER codes, or {@code null} when the event has no source
 * @param ploverTarget     the target actor in PLOVER codes, or {@code null}
 * @param acledEventType   ACLED event type ("Battles"), or {@code null} where no ACLED type applies, which includes
 *                         every negated, hypothetical or intended event (ACLED records what took place)
 * @param acledSubEventType ACLED sub-event type ("Armed clash"), or {@code null}
 * @param quad             QuadClass 1-4 (1 verbal cooperation ... 4 material conflict), or {@code null} for an
 *                         unknown CAMEO code
 * @param penta            ConfliBERT's five classes 0-4 (0 statement, then as QuadClass), or {@code null}
 * @param basis            the rules and cues that produced the views, in order ("acled:cue 'shelled'", ...)
 */
public record EventView(String ploverType, String ploverMode, String ploverAuxMode, List<String> ploverContext,
                        PloverActor ploverSource, PloverActor ploverTarget, String acledEventType,
                        String acledSubEventType, Integer quad, Integer penta, List<String> basis) {

    private static final List<String> QUAD_NAMES =
            List.of("verbal cooperation", "material cooperation", "verbal conflict", "material conflict");

    public EventView {
        ploverContext = List.copyOf(ploverContext);
        basis = List.copyOf(basis);
    }

    /** The QuadClass name ("material conflict"), or {@code null}. */
    public String quadName() {
        return quad == null ? null : QUAD_NAMES.get(quad - 1);
    }

    /** The five-way class name ("statement", "verbal cooperation", ...), or {@code null}. */
    public String pentaName() {
        if (penta == null) return null;
        return penta == 0 ? "statement" : QUAD_NAMES.get(penta - 1);
    }
}
