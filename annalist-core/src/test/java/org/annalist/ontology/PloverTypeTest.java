package org.annalist.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PloverTypeTest {

    @Test
    void hasTheSixteenCurrentTypes() {
        assertThat(PloverType.values()).hasSize(16);
    }

    @Test
    void readsOldPloverNamesAsTheirCurrentTypes() {
        assertThat(PloverType.fromName("DEMAND")).contains(PloverType.REQUEST);
        assertThat(PloverType.fromName("disapprove")).contains(PloverType.ACCUSE);
        assertThat(PloverType.fromName("INVESTIGATE")).contains(PloverType.ACCUSE);
        assertThat(PloverType.fromName("FIGHT")).contains(PloverType.ASSAULT);
        assertThat(PloverType.fromName("YIELD")).isEmpty();
    }

    @Test
    void groupsTypesIntoQuads() {
        assertThat(PloverType.CONSULT.quad()).isEqualTo(1);
        assertThat(PloverType.RETREAT.quad()).isEqualTo(2);
        assertThat(PloverType.ACCUSE.quad()).isEqualTo(3);
        assertThat(PloverType.PROTEST.quad()).isEqualTo(4);
    }
}
