package org.annalist.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The view tables agree with themselves and, when ../shared is there, with the PLOVER and ACLED references. */
class EventViewsTablesTest {

    private final EventViews views = EventViews.load();

    @Test
    void everyAcledSubEventTypeBelongsToOneEventType() {
        Map<String, String> typeOf = new HashMap<>();
        for (CameoCode c : CameoCatalog.load().all()) {
            if (c.acledSubType() == null) continue;
            String was = typeOf.put(c.acledSubType(), c.acledType());
            assertThat(was == null || was.equals(c.acledType())).as(c.code()).isTrue();
        }
        for (EventViews.Cue cue : views.cues()) {
            if (cue.view() != EventViews.View.ACLED) continue;
            String was = typeOf.put(cue.value(), cue.group());
            assertThat(was == null || was.equals(cue.group())).as("view_cues line " + cue.line()).isTrue();
        }
    }

    @Test
    void acledViewsAreAcledsOwnTypes() {
        Set<String> pairs = SharedReference.table("ref/acled/acled_event_types.tsv").stream()
                .map(r -> r.get("event_type") + "|" + r.get("sub_event_type")).collect(Collectors.toSet());
        for (CameoCode c : CameoCatalog.load().all()) {
            if (c.acledSubType() != null) assertThat(pairs).as(c.code()).contains(c.acledType() + "|" + c.acledSubType());
        }
        for (EventViews.Cue cue : views.cues()) {
            if (cue.view() == EventViews.View.ACLED) {
                assertThat(pairs).as("view_cues line " + cue.line()).contains(cue.group() + "|" + cue.value());
            }
        }
    }

    @Test
    void modesAndContextsArePloversOwn() {
        Set<String> modes = SharedReference.table("ref/plover/plover_modes.tsv").stream()
                .map(r -> r.get("event_type") + "|" + r.get("mode")).collect(Collectors.toSet());
        Set<String> contexts = SharedReference.table("ref/plover/plover_contexts.tsv").stream()
                .map(r -> r.get("context")).collect(Collectors.toSet());
        for (EventViews.Cue cue : views.cues()) {
            if (cue.view() == EventViews.View.MODE) {
                assertThat(modes).as("view_cues line " + cue.line()).contains(cue.group() + "|" + cue.value());
            } else if (cue.view() == EventViews.View.CONTEXT) {
                assertThat(contexts).as("view_cues line " + cue.line()).contains(cue.value());
            }
        }
        views.codeContexts().forEach((code, list) -> assertThat(contexts).as(code).containsAll(list));
        assertThat(contexts).containsAll(EventViews.SECTOR_CONTEXTS.values());
    }

    @Test
    void actorCodesArePloversOwnAndMindTheFalseFriends() {
        List<Map<String, String>> sectors = SharedReference.table("ref/plover/plover_sectors.tsv");
        Set<String> current = sectors.stream().filter(r -> !r.get("tier").equals("dropped"))
                .map(r -> r.get("sector_code")).collect(Collectors.toSet());
        Set<String> dropped = sectors.stream().filter(r -> r.get("tier").equals("dropped"))
                .map(r -> r.get("sector_code")).collect(Collectors.toSet());
        views.sectorTable().forEach((cameo, plover) -> {
            if (!plover.isEmpty()) assertThat(current).as(cameo).contains(plover);
        });
        // every CAMEO code PLOVER dropped is rewritten, never passed through
        for (String d : dropped) assertThat(views.sectorTable()).containsKey(d);
        assertThat(views.sectorTable().get("MED")).isEqualTo("JRN");
        assertThat(views.sectorTable().get("HLH")).isEqualTo("MED");

        Set<String> specials = SharedReference.table("ref/plover/plover_country_special_codes.tsv").stream()
                .map(r -> r.get("code")).collect(Collectors.toSet());
        views.specialTable().values().forEach(code -> assertThat(specials).contains(code));

        Set<String> regions = SharedReference.table("ref/cameo/cameo_actor_country.tsv").stream()
                .filter(r -> r.get("kind").equals("region")).map(r -> r.get("code")).collect(Collectors.toSet());
        assertThat(views.regionTable()).containsAll(regions);
    }

    @Test
    void quadClassesAreTheCameoConvention() {
        for (Map<String, String> r : SharedReference.table("ref/cameo/cameo_quadclass.tsv")) {
            String root = r.get("root_code");
            assertThat(CameoCatalog.load().get(root).orElseThrow().quadClass()).as(root)
                    .isEqualTo(Integer.parseInt(r.get("quad_icews_andybega_convention")));
        }
    }
}
