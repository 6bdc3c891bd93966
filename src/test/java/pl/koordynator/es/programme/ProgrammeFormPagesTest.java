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
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.support.SupportFixtures;
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

    @Autowired
    SupportFixtures support;

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

    @Test
    void anActionIsEditedWithItsOrganisationsPickedFromTheRegisterAndKeepsItsIndicators() throws Exception {
        ProgrammeView programme = fixtures.programme();
        long action = programme.nodes().get(0).children().get(0).children().get(0).id();
        OrganisationView rops = support.owes("Regionalny Ośrodek Polityki Społecznej w Gdańsku");
        OrganisationView partner = support.pes("Spółdzielnia Socjalna „Kuter”");

        String form = mvc.perform(get("/admin/programme/{p}/nodes/{n}/edit", programme.id(), action)
                .with(users.as(Role.ADMIN))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"1.1.1\"").contains("/admin/programme/organisations")
                .contains("name=\"responsibleNames[0]\"");

        String wrong = mvc.perform(post("/admin/programme/{p}/nodes/{n}", programme.id(), action).with(csrf())
                .with(users.as(Role.ADMIN)).param("version", String.valueOf(programme.version())).param("code", " ")
                .param("name", "Doradztwo").param("weight", "1").param("budgetPlanned", "dużo")
                .param("actionStatus", "ONGOING")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(wrong).contains("Budżet planowany (zł): Wpisz liczbę").contains("id=\"budgetPlanned-error\"");
        String empty = mvc.perform(post("/admin/programme/{p}/nodes/{n}", programme.id(), action).with(csrf())
                .with(users.as(Role.ADMIN)).param("version", String.valueOf(programme.version())).param("code", " ")
                .param("name", "Doradztwo").param("weight", "1").param("actionStatus", "ONGOING")
                .param("responsibleNames[0]", "Nie ma takiej organizacji")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Kod: Pole jest wymagane.").contains("id=\"code-error\"")
                .contains("Organizacje odpowiedzialne: Nie ma takiej organizacji w rejestrze.");
        ProgrammeView unchanged = asAdmin(() -> programmes.view(programme.id()));
        assertThat(unchanged.version()).isEqualTo(programme.version());
        assertThat(unchanged.nodes().get(0).children().get(0).children().get(0).name())
                .isEqualTo("Doradztwo dla spółdzielni socjalnych w Łebie i Żukowie");

        mvc.perform(post("/admin/programme/{p}/nodes/{n}", programme.id(), action).with(csrf()).with(users.as(Role.ADMIN))
                .param("version", String.valueOf(programme.version())).param("code", "1.1.1")
                .param("name", "Doradztwo i mentoring dla spółdzielni socjalnych").param("weight", "2")
                .param("budgetPlanned", "300 000").param("budgetSpent", "150000,5").param("actionStatus", "DONE")
                .param("responsible[0]", String.valueOf(rops.id())).param("responsibleNames[0]", rops.name())
                .param("responsibleNames[1]", "").param("partnerNames[0]", "Kuter"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/programme/" + programme.id()));

        ProgrammeView.NodeView saved = asAdmin(() -> programmes.view(programme.id())).nodes().get(0).children().get(0)
                .children().get(0);
        assertThat(saved.name()).isEqualTo("Doradztwo i mentoring dla spółdzielni socjalnych");
        assertThat(saved.responsible()).extracting(ProgrammeView.OrganisationRef::id).containsExactly(rops.id());
        assertThat(saved.partners()).extracting(ProgrammeView.OrganisationRef::id).containsExactly(partner.id());
        assertThat(saved.budgetPlanned()).isEqualByComparingTo("300000");
        assertThat(saved.actionStatus()).isEqualTo("DONE");
        assertThat(saved.indicators()).extracting(IndicatorView::code).containsExactly("W1", "W2", "W3");
        String tree = mvc.perform(get("/programme/{id}", programme.id()).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tree.replace('\u00a0', ' ')).contains("Doradztwo i mentoring dla spółdzielni socjalnych")
                .contains("Budżet: planowany 300 000 zł, wydatkowany 150 000,5 zł")
                .contains("Regionalny Ośrodek Polityki Społecznej w Gdańsku");
    }

    @Test
    void anObjectiveAddedUnderAPriorityShowsOnTheTree() throws Exception {
        ProgrammeView programme = fixtures.programme();
        long priority = programme.nodes().get(0).id();

        String form = mvc.perform(get("/admin/programme/{p}/nodes/new", programme.id()).param("parentId",
                String.valueOf(priority)).with(users.as(Role.ADMIN))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(form).contains("Nowy cel szczegółowy").doesNotContain("budgetPlanned");

        mvc.perform(post("/admin/programme/{p}/nodes", programme.id()).with(csrf()).with(users.as(Role.ADMIN))
                .param("version", String.valueOf(programme.version())).param("parentId", String.valueOf(priority))
                .param("level", "OBJECTIVE").param("code", "1.2").param("name", "Sieciowanie PES z biznesem")
                .param("weight", "1")).andExpect(status().is3xxRedirection());

        String tree = mvc.perform(get("/programme/{id}", programme.id()).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tree).contains("data-code=\"1.2\" data-kind=\"OBJECTIVE\"").contains("Sieciowanie PES z biznesem");
    }

    @Test
    void aProgrammeIsCreatedGivenANewVersionAndPutInForceReplacingThePreviousOne() throws Exception {
        String wrong = mvc.perform(post("/admin/programme").with(csrf()).with(users.as(Role.ADMIN))
                .param("name", "Program testowy form").param("startYear", "2027").param("endYear", "2024")
                .param("resolutionDate", "31.02.2025").param("status", "DRAFT")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("Data uchwały: Wpisz datę w formacie dd.mm.rrrr");
        String backwards = mvc.perform(post("/admin/programme").with(csrf()).with(users.as(Role.ADMIN))
                .param("name", "Program testowy form").param("startYear", "2027").param("endYear", "2024")
                .param("status", "DRAFT")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(backwards).contains("Rok końcowy: Rok końcowy nie może być wcześniejszy niż rok początkowy.");
        assertThat(asAdmin(() -> programmes.programmes())).isEmpty();

        String created = mvc.perform(post("/admin/programme").with(csrf()).with(users.as(Role.ADMIN))
                .param("name", "Program testowy form").param("startYear", "2024").param("endYear", "2027")
                .param("resolutionNumber", "12/3/25").param("resolutionDate", "23.06.2025").param("status", "IN_FORCE"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long first = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        ProgrammeView firstView = asAdmin(() -> programmes.view(first));
        assertThat(firstView.resolutionDate()).isEqualTo(LocalDate.of(2025, 6, 23));
        assertThat(firstView.status()).isEqualTo(ProgrammeStatus.IN_FORCE);

        String missing = mvc.perform(post("/admin/programme/{id}/versions", first).with(csrf()).with(users.as(Role.ADMIN))
                .param("changeSummary", " ")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("Opis zmian: Pole jest wymagane.");
        assertThat(asAdmin(() -> programmes.view(first)).versions()).hasSize(1);

        String next = mvc.perform(post("/admin/programme/{id}/versions", first).with(csrf()).with(users.as(Role.ADMIN))
                .param("changeSummary", "aktualizacja i wdrażanie WPRES")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long second = Long.parseLong(next.replaceAll("\\D+(\\d+)/edit$", "$1"));
        ProgrammeView draft = asAdmin(() -> programmes.view(second));
        assertThat(draft.status()).isEqualTo(ProgrammeStatus.DRAFT);

        mvc.perform(post("/admin/programme/{id}/nodes", second).with(csrf()).with(users.as(Role.ADMIN))
                .param("version", String.valueOf(draft.version())).param("code", "1")
                .param("name", "Nowy priorytet").param("weight", "1")).andExpect(status().is3xxRedirection());
        String edit = mvc.perform(get("/admin/programme/{id}/edit", second).with(users.as(Role.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("Dodano element").contains("aktualizacja i wdrażanie WPRES").contains("id=\"put-in-force\"");

        long version = asAdmin(() -> programmes.view(second)).version();
        mvc.perform(post("/admin/programme/{id}/in-force", second).with(csrf()).with(users.as(Role.ADMIN))
                .param("version", String.valueOf(version))).andExpect(redirectedUrl("/programme/" + second));
        assertThat(asAdmin(() -> programmes.view(second)).status()).isEqualTo(ProgrammeStatus.IN_FORCE);
        assertThat(asAdmin(() -> programmes.view(first)).status()).isEqualTo(ProgrammeStatus.REPLACED);
        String replaced = mvc.perform(get("/programme/{id}", first).with(users.as(Role.ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(replaced).doesNotContain("/admin/programme/" + first + "/edit").doesNotContain("/nodes/");
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
