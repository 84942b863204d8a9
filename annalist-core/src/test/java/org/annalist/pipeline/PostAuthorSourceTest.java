package org.annalist.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annalist.actors.ActorResolver;
import org.annalist.coding.EventCoder;
import org.annalist.extract.ArticleExtractor;
import org.annalist.model.Article;
import org.annalist.model.EventMention;
import org.annalist.model.RawDocument;
import org.annalist.nlp.SharedAnnotator;
import org.annalist.places.EventPlacer;
import org.annalist.places.Gazetteer;
import org.annalist.time.EventDater;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A tweet pasted into an article speaks for its author: what it tells in the first person, the author did. Texts of
 * our own, through extraction (which keeps the tweet as a quotation with its author) and the whole pipeline.
 */
class PostAuthorSourceTest {

    private static final String BEFORE = "Yerevan, 20 June 2023 (NWA): The Armenian prime minister wrote on social "
            + "media after the call with Moscow.";
    private static final String AFTER = "The Kremlin has not commented on the call.";
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = new Pipeline(new ArticleExtractor(), SharedAnnotator.get(), ActorResolver.builtIn(), new EventCoder(),
                new EventDater(), EventPlacer.withGazetteer(Gazetteer.loadDefault()));
    }

    private static List<EventMention> events(String post, String signature) throws Exception {
        Article article = pipeline.extract(RawDocument.ofText("test", BEFORE + "\n\n" + post + " pic.twitter.com/Xy12Ab\n"
                + signature + "\n\n" + AFTER, LocalDate.of(2023, 6, 20)));
        assertThat(article.embeds()).as("the tweet is kept as a quotation").hasSize(1);
        return pipeline.analyze(article).events();
    }

    private static EventMention phoneCall(List<EventMention> events) {
        List<EventMention> calls = events.stream().filter(e -> e.cameo().startsWith("04")).toList();
        assertThat(calls).as("consultations in %s", events).hasSize(1);
        return calls.get(0);
    }

    @Test
    void theAuthorOfATweetWithoutSubjectIsTheSource() throws Exception {
        EventMention call = phoneCall(events("Had a long phone conversation with President Putin today.",
                "— Nikol Pashinyan (@NikolPashinyan) June 19, 2023"));
        assertThat(call.source()).isNotNull();
        assertThat(call.source().code()).isEqualTo("ARMGOV");
        assertThat(call.source().text()).isEqualTo("Nikol Pashinyan");
        assertThat(call.target().code()).isEqualTo("RUSGOV");
        assertThat(call.date().value()).isEqualTo("2023-06-19");
    }

    @Test
    void theAuthorOfAFirstPersonTweetIsTheSource() throws Exception {
        EventMention call = phoneCall(events("I spoke by phone with President Putin about the corridor.",
                "— Nikol Pashinyan (@NikolPashinyan) June 19, 2023"));
        assertThat(call.source()).isNotNull();
        assertThat(call.source().code()).isEqualTo("ARMGOV");
    }

    @Test
    void anAuthorNoDictionaryKnowsGivesNoSource() throws Exception {
        EventMention call = phoneCall(events("Had a long phone conversation with President Putin today.",
                "— Ani Petrosyan (@AniPetrosyan_) June 19, 2023"));
        assertThat(call.source()).isNull();
    }
}
