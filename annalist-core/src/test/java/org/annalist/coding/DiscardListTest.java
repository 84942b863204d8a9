package org.annalist.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscardListTest {
    private final DiscardList list = DiscardList.of(List.of("BASEBALL", "+TYPHOON", "WORLD_CUP"));

    @Test
    void discardsASentenceWithAPhraseAsWholeWords() {
        assertThat(list.discardsSentence("The baseball final was held in Osaka.")).isTrue();
        assertThat(list.discardsSentence("The baseballs were stolen.")).isFalse();
    }

    @Test
    void joinsUnderscoredWords() {
        assertThat(list.discardsSentence("They won the World Cup again.")).isTrue();
    }

    @Test
    void aPlusPhraseDiscardsTheWholeStory() {
        assertThat(list.discardsStory("A typhoon struck. Ministers met.")).isTrue();
        assertThat(list.discardsStory("The baseball final was held.")).isFalse();
    }
}
