package pl.koordynator.es.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pl.koordynator.es.programme.domain.IndicatorService;
import pl.koordynator.es.programme.domain.IndicatorView;
import pl.koordynator.es.programme.domain.ProgrammeService;
import pl.koordynator.es.programme.domain.ProgrammeView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** ROPS's forms for the programme's structure: the same rules as the API, shown beside the fields. */
class ProgrammeFormPagesTest extends IntegrationTest {

    @Autowired
    ProgrammePagesFixtures fixtures;

    @Autowired
    IndicatorService indicators;

    @Autowired
    ProgrammeService programmes;

    private final int year = LocalDate.now().getYear();

    @Test
    void aTargetYearOutsideTheProgrammeShowsThePolishMessageBesideItAndChangesNothing() throws Exception {
        ProgrammeView programme = fixtures.programme();
        long id = fixtures.indicatorId(programme, "W2");
        IndicatorView before = asAdmin(() -> indicators.indicator(id));

        String html = mvc.perform(indicatorPost(id, before, "Kampanie promujące produkty PES – poprawione",
                "targets[0].year", String.valueOf(year + 10), "targets[0].value", "5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Rok musi przypadać w okresie programu (" + (year - 2) + "–" + (year + 4) + ").")
                .contains("id=\"targets0-error\"").contains("Wartość docelowa: Rok musi przypadać")
                .contains("Rok " + (year + 10));
        IndicatorView after = asAdmin(() -> indicators.indicator(id));
        assertThat(after.name()).isEqualTo(ProgrammePagesFixtures.PROMOTION);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.targets()).isEqualTo(before.targets());
    }

    @Test
    void anUnknownMeasureAndATextForANumberAreNamedBesideTheirFields() throws Exception {
        ProgrammeView programme = fixtures.programme();
        long id = fixtures.indicatorId(programme, "W2");
        IndicatorView before = asAdmin(() -> indicators.indicator(id));

        String unknown = mvc.perform(indicatorPost(id, before, before.name(), "source", "COMPUTED",
                "measure", "nie.ma.takiej")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(unknown).contains("Miara obliczana przez platformę: Platforma nie oblicza miary „nie.ma.takiej”.")
                .contains("id=\"measure-error\"");

        String word = mvc.perform(indicatorPost(id, before, before.name(), "weight", "dwa"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(word).contains("Waga: Wpisz liczbę, np. 12 albo 1 234,5.").contains("id=\"weight-error\"");

        assertThat(asAdmin(() -> indicators.indicator(id))).isEqualTo(before);
    }

    @Test
    void aGoodEditShowsOnTheTreeAndAStaleFormIsRefused() throws Exception {
        ProgrammeView programme = fixtures.programme();
        long id = fixtures.indicatorId(programme, "W2");
        IndicatorView before = asAdmin(() -> indicators.indicator(id));

        String form = mvc.perform(get("/admin/programme/indicators/{id}/edit", id).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"" + ProgrammePagesFixtures.PROMOTION + "\"").contains("Rok " + (year + 4));

        mvc.perform(indicatorPost(id, before, "Kampanie i targi produktów PES",
                "targets[2].year", String.valueOf(year), "targets[2].value", "7,5")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/programme/" + programme.id()));

        IndicatorView after = asAdmin(() -> indicators.indicator(id));
        assertThat(after.name()).isEqualTo("Kampanie i targi produktów PES");
        assertThat(after.targets()).filteredOn(target -> target.year() == year).singleElement()
                .satisfies(target -> assertThat(target.value()).isEqualByComparingTo("7.5"));
        String tree = mvc.perform(get("/programme/{id}", programme.id()).param("year", String.valueOf(year))
                .with(users.as(Role.ADMIN))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tree.replace('\u00a0', ' ')).contains("Kampanie i targi produktów PES")
                .contains("/admin/programme/indicators/" + id + "/edit");

        String stale = mvc.perform(indicatorPost(id, before, "Jeszcze inna nazwa")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Rekord został w międzyczasie zmieniony przez kogoś innego.");
        assertThat(asAdmin(() -> indicators.indicator(id)).name()).isEqualTo("Kampanie i targi produktów PES");
    }

    @Test
    void anIndicatorAddedToAnActionFromTheTreeIsComputedFromTheMeasurePicked() throws Exception {
        ProgrammeView programme = fixtures.programme();
        long action = programme.nodes().get(0).children().get(0).children().get(0).id();

        String tree = mvc.perform(get("/programme/{id}", programme.id()).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tree).contains("/admin/programme/" + programme.id() + "/indicators/new?nodeId=" + action);
        String owesTree = mvc.perform(get("/programme/{id}", programme.id()).with(users.as(Role.OWES)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(owesTree).doesNotContain("/admin/programme/");

        String form = mvc.perform(get("/admin/programme/{id}/indicators/new", programme.id())
                .param("nodeId", String.valueOf(action)).with(users.as(Role.ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Nowy wskaźnik").contains("value=\"support.pes-supported\"");

        mvc.perform(post("/admin/programme/{id}/indicators", programme.id()).with(csrf()).with(users.as(Role.ADMIN))
                .param("nodeId", String.valueOf(action)).param("code", "W4").param("name", "PES wsparte ponownie")
                .param("unit", "PES").param("direction", "HIGHER_IS_BETTER").param("aggregation", "SUM")
                .param("weight", "2").param("source", "COMPUTED").param("measure", "support.pes-supported")
                .param("targets[0].year", String.valueOf(year - 2)).param("targets[0].value", "10"))
                .andExpect(status().is3xxRedirection());

        IndicatorView created = asAdmin(() -> indicators.indicators(programme.id())).stream()
                .filter(indicator -> indicator.code().equals("W4")).findFirst().orElseThrow();
        assertThat(created.measure()).isEqualTo("support.pes-supported");
        assertThat(created.weight()).isEqualByComparingTo(BigDecimal.valueOf(2));
        assertThat(created.nodeId()).isEqualTo(action);
    }

    /** The indicator form as sent back with its values, the name changed, and then the fields given ("field", "value", …). */
    private MockHttpServletRequestBuilder indicatorPost(long id, IndicatorView indicator, String name, String... changed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("nodeId", String.valueOf(indicator.nodeId()));
        fields.put("code", indicator.code());
        fields.put("name", name);
        fields.put("unit", indicator.unit());
        fields.put("direction", indicator.direction().name());
        fields.put("aggregation", indicator.aggregation().name());
        fields.put("weight", "1");
        fields.put("source", indicator.source().name());
        fields.put("publicIndicator", String.valueOf(indicator.publicIndicator()));
        fields.put("baselineValue", "0");
        fields.put("baselineYear", String.valueOf(indicator.baselineYear()));
        fields.put("version", String.valueOf(indicator.version()));
        int row = 0;
        for (IndicatorView.Target target : indicator.targets()) {
            fields.put("targets[" + row + "].year", String.valueOf(target.year()));
            fields.put("targets[" + row + "].value", target.value().toPlainString());
            row++;
        }
        for (int i = 0; i < changed.length; i += 2) {
            fields.put(changed[i], changed[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/admin/programme/indicators/{id}", id).with(csrf())
                .with(users.as(Role.ADMIN));
        fields.forEach(request::param);
        return request;
    }

    private <T> T asAdmin(Supplier<T> work) {
        users.signIn(users.create("rops-" + System.nanoTime(), Role.ADMIN));
        try {
            return work.get();
        } finally {
            users.signOut();
        }
    }
}
