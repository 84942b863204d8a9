package org.annalist.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annalist.model.Actor;
import org.annalist.model.EventMention;
import org.annalist.model.Modality;
import org.annalist.model.Span;
import org.junit.jupiter.api.Test;

class ReciprocalPairTest {

    static final Actor A = new Actor("FREGOV", "Freedonia", 0, 9);
    static final Actor B = new Actor("SYLGOV", "Sylvania", 14, 22);

    static EventMention event(String id, Actor s, Actor t, boolean reciprocal) {
        return new EventMention(id, "art", 0, "040", "CONSULT", Modality.ASSERTED, null, reciprocal, null,
                new Span("held talks", 23, 33), s, t, null, null, "Freedonia and Sylvania held talks.", "r", 0.8, "v");
    }

    @Test
    void keepsOneEventForAMirroredReciprocalPair() {
        List<EventMention> out = Pipeline.oneEventPerReciprocalPair(List.of(event("1", A, B, true), event("2", B, A, true)));
        assertThat(out).extracting(EventMention::id).containsExactly("1");
    }

    @Test
    void keepsBothDirectionsWhenTheyAreNotReciprocal() {
        List<EventMention> out = Pipeline.oneEventPerReciprocalPair(List.of(event("1", A, B, false), event("2", B, A, false)));
        assertThat(out).hasSize(2);
    }
}
