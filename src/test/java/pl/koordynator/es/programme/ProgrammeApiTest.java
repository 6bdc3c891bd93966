package pl.koordynator.es.programme;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.support.SupportFixtures;
import pl.koordynator.es.support.SupportForm;
import pl.koordynator.es.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProgrammeApiTest extends IntegrationTest {

    private static final String ACTION_INDICATORS = "$.programme.nodes[0].children[0].children[0].indicators";

    @Autowired
    SupportFixtures support;

    private final int thisYear = LocalDate.now().getYear();

    @AfterEach
    void stockBackToZero() {
        StandInSupportMeasures.stock = java.math.BigDecimal.ZERO;
    }

    private RequestPostProcessor admin() {
        return users.as(Role.ADMIN);
    }

    private RequestPostProcessor as(UserView user) {
        return user(users.principal(user));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** A programme 2023–2030 with one priority, objective and action and the indicators given. */
    private static String programme(String name, String status, String... indicators) {
        return """
                {"name": "%s", "startYear": 2023, "endYear": 2030, "status": "%s",
                 "resolutionNumber": "XII/1/23", "resolutionDate": "2023-03-27",
                 "nodes": [{"level": "PRIORITY", "code": "P1", "name": "Przedsiębiorczość społeczna",
                   "children": [{"level": "OBJECTIVE", "code": "P1.1", "name": "Więcej PES",
                     "children": [{"level": "ACTION", "code": "P1.1.1", "name": "Doradztwo OWES",
                       "budgetPlanned": 1000000, "budgetSpent": 250000, "actionStatus": "ONGOING",
                       "indicators": [%s]}]}]}]}"""
                .formatted(name, status, String.join(",", indicators));
    }

    private static String manual(String code, boolean publicIndicator, String targets) {
        return """
                {"code": "%s", "name": "Wskaźnik %s", "unit": "szt.", "aggregation": "SUM", "source": "MANUAL",
                 "publicIndicator": %s, "targets": [%s]}""".formatted(code, code, publicIndicator, targets);
    }

    private static String computed(String code, String measure, String targets) {
        return """
                {"code": "%s", "name": "Wskaźnik %s", "unit": "PES", "source": "COMPUTED", "measure": "%s",
                 "publicIndicator": true, "targets": [%s]}""".formatted(code, code, measure, targets);
    }

    private String create(String body) throws Exception {
        return mvc.perform(json(post("/api/v1/programme/programmes").with(admin()), body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private ResultActions detail(long programmeId, int year, RequestPostProcessor who) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/programme/programmes/{id}?year={year}", programmeId, year);
        return mvc.perform(who == null ? request : request.with(who));
    }

    private long indicatorId(long programmeId, String code) {
        return jdbc.sql("select id from programme_indicator where programme_id = :p and code = :c")
                .param("p", programmeId).param("c", code).query(Long.class).single();
    }

    private long enter(RequestPostProcessor who, long indicatorId, String period, String value) throws Exception {
        String answer = mvc.perform(json(post("/api/v1/programme/indicators/{id}/values", indicatorId).with(who), """
                        {"period": "%s", "value": %s, "evidence": "Sprawozdanie OWES za %s", "comment": "z OWES"}"""
                        .formatted(period, value, period)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("PENDING"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }

    private void approve(long valueId) throws Exception {
        mvc.perform(json(post("/api/v1/programme/values/{id}/approval", valueId).with(admin()), "{\"approved\": true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPROVED"));
    }

    // the validation cases: 400 naming the field, nothing stored

    @Test
    void aTargetForAYearOutsideTheProgrammeIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        mvc.perform(json(post("/api/v1/programme/programmes").with(admin()), programme("WPRES", "DRAFT",
                        manual("W1", true, "{\"year\": 2025, \"value\": 5}, {\"year\": 2031, \"value\": 10}"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field")
                        .value("nodes[0].children[0].children[0].indicators[0].targets[1].year"))
                .andExpect(jsonPath("$.errors[0].message").value("Rok musi przypadać w okresie programu (2023–2030)."));
        assertThat(count("programme")).isZero();

        long id = JsonPath.<Number>read(create(programme("WPRES", "DRAFT")), "$.id").longValue();
        long action = jdbc.sql("select id from programme_node where programme_id = :p and level = 'ACTION'")
                .param("p", id).query(Long.class).single();
        mvc.perform(json(post("/api/v1/programme/indicators").with(admin()), """
                        {"nodeId": %d, "code": "W9", "name": "Nowe PES", "unit": "PES", "source": "MANUAL",
                         "targets": [{"year": 2030, "value": 10}, {"year": 2022, "value": 1}]}""".formatted(action)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("targets[1].year")));
        assertThat(count("programme_indicator")).isZero();
    }

    @Test
    void anUnknownMeasureIsRefusedNamingTheField() throws Exception {
        long id = JsonPath.<Number>read(create(programme("WPRES", "DRAFT")), "$.id").longValue();
        long action = jdbc.sql("select id from programme_node where programme_id = :p and level = 'ACTION'")
                .param("p", id).query(Long.class).single();
        mvc.perform(json(post("/api/v1/programme/indicators").with(admin()), """
                        {"nodeId": %d, "code": "W9", "name": "Coś", "unit": "szt.", "source": "COMPUTED",
                         "measure": "registry.no-such-measure"}""".formatted(action)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("measure"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Platforma nie oblicza miary „registry.no-such-measure”."));
        assertThat(count("programme_indicator")).isZero();
    }

    @Test
    void aManualValueForAComputedIndicatorOrWithoutEvidenceIsRefusedAndNothingIsStored() throws Exception {
        long id = JsonPath.<Number>read(create(programme("WPRES", "IN_FORCE",
                computed("W1", StandInSupportMeasures.PES_SUPPORTED, "{\"year\": 2030, \"value\": 100}"),
                manual("W2", true, "{\"year\": 2030, \"value\": 10}"))), "$.id").longValue();
        mvc.perform(json(post("/api/v1/programme/indicators/{id}/values", indicatorId(id, "W1")).with(admin()),
                        "{\"period\": \"2024\", \"value\": 3, \"evidence\": \"Protokół\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("source")));
        mvc.perform(json(post("/api/v1/programme/indicators/{id}/values", indicatorId(id, "W2")).with(admin()),
                        "{\"period\": \"2024\", \"value\": 3, \"evidence\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("evidence")))
                .andExpect(jsonPath("$.errors[0].message").value("Podaj dowód: nazwę dokumentu albo link."));
        mvc.perform(json(post("/api/v1/programme/indicators/{id}/values", indicatorId(id, "W2")).with(admin()),
                        "{\"period\": \"2024\", \"value\": 3}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("evidence")));
        assertThat(count("programme_value")).isZero();
    }

    // approval

    @Test
    void owesEntersAValueOnlyAdminApprovesAndOnlyApprovedValuesCount() throws Exception {
        long id = JsonPath.<Number>read(create(programme("WPRES", "IN_FORCE",
                manual("W2", true, "{\"year\": 2030, \"value\": 80}"))), "$.id").longValue();
        long indicator = indicatorId(id, "W2");
        UserView owes = support.staff(support.owes("OWES Pomorze Północne"));
        long first = enter(as(owes), indicator, "2024", "7");
        mvc.perform(json(post("/api/v1/programme/indicators/{id}/values", indicator).with(users.as(Role.PES)),
                        "{\"period\": \"2024\", \"value\": 1, \"evidence\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/programme/values/{id}/approval", first).with(as(owes)), "{\"approved\": true}"))
                .andExpect(status().isForbidden());
        // waiting: it does not count, but the year shows one pending
        detail(id, 2024, admin())
                .andExpect(jsonPath("$.progress.nodes[0].children[0].children[0].indicators[0].actual").doesNotExist())
                .andExpect(jsonPath("$.progress.nodes[0].children[0].children[0].indicators[0].pendingApproval").value(1))
                .andExpect(jsonPath("$.progress.nodes[0].children[0].children[0].indicators[0].status").value("NO_DATA"));

        mvc.perform(json(post("/api/v1/programme/values/{id}/approval", first).with(admin()), "{\"approved\": false}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", contains("reason")));
        approve(first);
        long second = enter(as(owes), indicator, "2025", "5");
        mvc.perform(json(post("/api/v1/programme/values/{id}/approval", second).with(admin()),
                        "{\"approved\": false, \"reason\": \"Brak podpisu na sprawozdaniu\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REJECTED"))
                .andExpect(jsonPath("$.rejectionReason").value("Brak podpisu na sprawozdaniu"));
        mvc.perform(json(post("/api/v1/programme/values/{id}/approval", second).with(admin()), "{\"approved\": true}"))
                .andExpect(status().isConflict());

        String path = "$.progress.nodes[0].children[0].children[0].indicators[0]";
        detail(id, 2024, admin()).andExpect(jsonPath(path + ".actual").value(7))
                .andExpect(jsonPath(path + ".cumulative").value(7));
        // the rejected 5 of 2025 counts nowhere
        detail(id, 2025, admin()).andExpect(jsonPath(path + ".actual").doesNotExist())
                .andExpect(jsonPath(path + ".cumulative").value(7));
        mvc.perform(get("/api/v1/programme/indicators/{id}/values?from=2024&to=2025", indicator).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periods[*].period", contains("2024", "2025")))
                .andExpect(jsonPath("$.periods[0].actual").value(7))
                .andExpect(jsonPath("$.periods[0].source").value("MANUAL"))
                .andExpect(jsonPath("$.periods[0].evidence").value("Sprawozdanie OWES za 2024"))
                .andExpect(jsonPath("$.periods[0].computedAt").isNotEmpty())
                .andExpect(jsonPath("$.periods[1].actual").doesNotExist());
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'ProgrammeValue'").query(Long.class)
                .single()).isEqualTo(4);
    }

    // monitoring recomputed by hand

    /**
     * Programme 2023–2030, in 2024: action A1 has W1 (no baseline: 0 at the end of 2022, target 2030 = 80, so 2024
     * expects 20 by the line; 18 reached → 0.9 ON_TRACK, weight 1) and W2 (target 2024 = 10, 5 reached → 0.5
     * OFF_TRACK, weight 3): A1 = (0.9 + 3 × 0.5) / 4 = 0.6 OFF_TRACK. Action A2 (weight 2) has W3,
     * lower is better, baseline 100 in 2022, target 2024 = 80, 84 reached → 0.8 AT_RISK. The objective
     * = (1 × 0.6 + 2 × 0.8) / 3 = 0.7333 AT_RISK, and so are the priority and the programme. W4 has
     * no value and stays out.
     */
    @Test
    void theTrajectoryStatusAndTheRollUpOfASmallTreeAreAsComputedByHand() throws Exception {
        String body = """
                {"name": "Mały program", "startYear": 2023, "endYear": 2030, "status": "IN_FORCE",
                 "nodes": [{"code": "P1", "name": "Priorytet",
                   "children": [{"code": "C1", "name": "Cel",
                     "children": [
                       {"code": "A1", "name": "Działanie 1", "weight": 1, "indicators": [
                         {"code": "W1", "name": "W1", "unit": "szt.", "source": "MANUAL", "weight": 1,
                          "targets": [{"year": 2030, "value": 80}]},
                         {"code": "W2", "name": "W2", "unit": "szt.", "source": "MANUAL", "weight": 3,
                          "aggregation": "END_VALUE", "targets": [{"year": 2024, "value": 10}]}]},
                       {"code": "A2", "name": "Działanie 2", "weight": 2, "indicators": [
                         {"code": "W3", "name": "W3", "unit": "osoby", "source": "MANUAL", "direction": "LOWER_IS_BETTER",
                          "aggregation": "END_VALUE", "baselineValue": 100, "baselineYear": 2022,
                          "targets": [{"year": 2024, "value": 80}, {"year": 2030, "value": 50}]},
                         {"code": "W4", "name": "W4", "unit": "osoby", "source": "MANUAL",
                          "targets": [{"year": 2030, "value": 5}]}]}]}]}]}""";
        long id = JsonPath.<Number>read(create(body), "$.id").longValue();
        // W1 is a sum: 8 in 2023 and 10 in 2024 make the 18 compared with 20
        approve(enter(admin(), indicatorId(id, "W1"), "2023", "8"));
        approve(enter(admin(), indicatorId(id, "W1"), "2024", "10"));
        approve(enter(admin(), indicatorId(id, "W2"), "2024", "5"));
        approve(enter(admin(), indicatorId(id, "W3"), "2024", "84"));

        String action1 = "$.progress.nodes[0].children[0].children[0]";
        String action2 = "$.progress.nodes[0].children[0].children[1]";
        detail(id, 2024, admin()).andExpect(status().isOk())
                .andExpect(jsonPath(action1 + ".indicators[0].expected").value(20))
                .andExpect(jsonPath(action1 + ".indicators[0].cumulative").value(18))
                .andExpect(jsonPath(action1 + ".indicators[0].progress").value(0.9))
                .andExpect(jsonPath(action1 + ".indicators[0].status").value("ON_TRACK"))
                .andExpect(jsonPath(action1 + ".indicators[1].progress").value(0.5))
                .andExpect(jsonPath(action1 + ".indicators[1].status").value("OFF_TRACK"))
                .andExpect(jsonPath(action1 + ".progress").value(0.6))
                .andExpect(jsonPath(action1 + ".status").value("OFF_TRACK"))
                .andExpect(jsonPath(action2 + ".indicators[0].progress").value(0.8))
                .andExpect(jsonPath(action2 + ".indicators[0].status").value("AT_RISK"))
                .andExpect(jsonPath(action2 + ".indicators[1].status").value("NO_DATA"))
                .andExpect(jsonPath(action2 + ".progress").value(0.8))
                .andExpect(jsonPath("$.progress.nodes[0].children[0].progress").value(0.733333))
                .andExpect(jsonPath("$.progress.nodes[0].children[0].status").value("AT_RISK"))
                .andExpect(jsonPath("$.progress.nodes[0].progress").value(0.733333))
                .andExpect(jsonPath("$.progress.progress").value(0.733333))
                .andExpect(jsonPath("$.progress.overall").value("AT_RISK"));

        // ROPS raises the thresholds: 0.8 is no longer at risk but off track
        String settings = mvc.perform(get("/api/v1/programme/settings").with(admin()))
                .andExpect(jsonPath("$.onTrackPercent").value(90)).andExpect(jsonPath("$.atRiskPercent").value(70))
                .andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(settings, "$.version");
        mvc.perform(json(put("/api/v1/programme/settings").with(admin()),
                        "{\"onTrackPercent\": 95, \"atRiskPercent\": 96, \"version\": %d}".formatted(version)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("atRiskPercent")));
        mvc.perform(json(put("/api/v1/programme/settings").with(admin()),
                        "{\"onTrackPercent\": 95, \"atRiskPercent\": 85, \"version\": %d}".formatted(version)))
                .andExpect(status().isOk());
        detail(id, 2024, admin()).andExpect(jsonPath(action2 + ".indicators[0].status").value("OFF_TRACK"))
                .andExpect(jsonPath(action1 + ".indicators[0].status").value("AT_RISK"));
        mvc.perform(get("/api/v1/programme/settings").with(users.as(Role.OWES))).andExpect(status().isForbidden());
    }

    // the PES supported measure against the support module's own count

    @Test
    void anIndicatorOnPesSupportedEqualsTheSupportCountAndMovesByOneOnTheNextRequest() throws Exception {
        OrganisationView owes = support.owes("OWES Pomorze Północne");
        OrganisationView first = support.pes("Spółdzielnia Socjalna Razem");
        OrganisationView second = support.pes("Stowarzyszenie Na Rzecz Wsi");
        support.record(first, owes, LocalDate.of(thisYear, 1, 15), "2", SupportForm.CONSULTING);
        support.record(first, owes, LocalDate.of(thisYear, 2, 15), "2", SupportForm.CONSULTING);
        support.record(second, owes, LocalDate.of(thisYear - 1, 5, 10), "3", SupportForm.MENTORING);
        long id = JsonPath.<Number>read(create(programme("WPRES", "IN_FORCE",
                computed("W1", StandInSupportMeasures.PES_SUPPORTED, "{\"year\": 2030, \"value\": 100}"))), "$.id")
                .longValue();
        long indicator = indicatorId(id, "W1");
        RequestPostProcessor committee = users.as(Role.COMMITTEE);

        for (int year : List.of(thisYear - 1, thisYear)) {
            long expected = supportedPes(String.valueOf(year), committee);
            mvc.perform(get("/api/v1/programme/indicators/{id}/values?from={y}&to={y}", indicator, year, year)
                            .with(committee))
                    .andExpect(jsonPath("$.periods[0].period").value(String.valueOf(year)))
                    .andExpect(jsonPath("$.periods[0].actual").value((int) expected))
                    .andExpect(jsonPath("$.periods[0].source").value("COMPUTED"))
                    .andExpect(jsonPath("$.periods[0].measure").value(StandInSupportMeasures.PES_SUPPORTED))
                    .andExpect(jsonPath("$.periods[0].computedAt").isNotEmpty());
        }
        assertThat(supportedPes(String.valueOf(thisYear), committee)).isEqualTo(1);

        OrganisationView third = support.pes("Fundacja Nowy Start");
        support.record(third, owes, LocalDate.of(thisYear, 3, 1), "1", SupportForm.CONSULTING);
        assertThat(supportedPes(String.valueOf(thisYear), committee)).isEqualTo(2);
        mvc.perform(get("/api/v1/programme/indicators/{id}/values?from={y}&to={y}", indicator, thisYear, thisYear)
                        .with(committee))
                .andExpect(jsonPath("$.periods[0].actual").value(2))
                // distinct over the programme so far: the three PES, not 1 + 2
                .andExpect(jsonPath("$.periods[0].cumulative").value(3));
        detail(id, thisYear, committee).andExpect(
                jsonPath("$.progress.nodes[0].children[0].children[0].indicators[0].actual").value(2));
    }

    private long supportedPes(String period, RequestPostProcessor who) throws Exception {
        String answer = mvc.perform(get("/api/v1/support/supported-pes?period={p}", period).with(who))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.<Number>read(answer, "$.count").longValue();
    }

    // versions

    @Test
    void aNewVersionKeepsTheEarlierOneReadableAndItsChangeLogListsAChangedTarget() throws Exception {
        long v1 = JsonPath.<Number>read(create(programme("WPRES 2030", "IN_FORCE",
                manual("W1", true, "{\"year\": 2026, \"value\": 10}, {\"year\": 2030, \"value\": 20}"),
                manual("W2", false, "{\"year\": 2030, \"value\": 5}"))), "$.id").longValue();
        approve(enter(admin(), indicatorId(v1, "W1"), "2024", "4"));
        mvc.perform(json(post("/api/v1/programme/programmes/{id}/versions", v1).with(admin()), "{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("changeSummary")));

        String created = mvc.perform(json(post("/api/v1/programme/programmes/{id}/versions", v1).with(admin()),
                        "{\"changeSummary\": \"aktualizacja i wdrażanie WPRES\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versionNumber").value(2)).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.changes").isEmpty())
                .andReturn().getResponse().getContentAsString();
        long v2 = JsonPath.<Number>read(created, "$.id").longValue();
        // the copy as it came, with the 2030 target of W1 raised, W2 removed and W3 added, put in force
        String tree = created;
        String body = """
                {"name": "WPRES 2030", "startYear": 2023, "endYear": 2030, "status": "IN_FORCE", "version": %d,
                 "nodes": [{"id": %s, "code": "P1", "name": "Przedsiębiorczość społeczna",
                   "children": [{"id": %s, "code": "P1.1", "name": "Więcej PES",
                     "children": [{"id": %s, "code": "P1.1.1", "name": "Doradztwo OWES", "indicators": [
                       {"id": %s, "code": "W1", "name": "Wskaźnik W1", "unit": "szt.", "source": "MANUAL",
                        "publicIndicator": true,
                        "targets": [{"year": 2026, "value": 10}, {"year": 2030, "value": 25}]},
                       %s]}]}]}]}""".formatted(JsonPath.<Integer>read(created, "$.version"),
                JsonPath.read(tree, "$.nodes[0].id"), JsonPath.read(tree, "$.nodes[0].children[0].id"),
                JsonPath.read(tree, "$.nodes[0].children[0].children[0].id"),
                JsonPath.read(tree, "$.nodes[0].children[0].children[0].indicators[0].id"),
                manual("W3", true, "{\"year\": 2030, \"value\": 3}"));
        mvc.perform(json(put("/api/v1/programme/programmes/{id}", v2).with(admin()), body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_FORCE"))
                .andExpect(jsonPath("$.changeSummary").value("aktualizacja i wdrażanie WPRES"))
                .andExpect(jsonPath("$.changes[?(@.kind == 'TARGET_CHANGED')].code", contains("W1")))
                .andExpect(jsonPath("$.changes[?(@.kind == 'TARGET_CHANGED')].period", contains("2030")))
                .andExpect(jsonPath("$.changes[?(@.kind == 'TARGET_CHANGED')].before", contains("20")))
                .andExpect(jsonPath("$.changes[?(@.kind == 'TARGET_CHANGED')].after", contains("25")))
                .andExpect(jsonPath("$.changes[?(@.kind == 'INDICATOR_ADDED')].code", contains("W3")))
                .andExpect(jsonPath("$.changes[?(@.kind == 'INDICATOR_REMOVED')].code", contains("W2")))
                .andExpect(jsonPath("$.versions[*].versionNumber", contains(1, 2)));

        // version 1 is replaced, still readable with its own targets, and no longer changeable
        detail(v1, 2024, admin()).andExpect(status().isOk())
                .andExpect(jsonPath("$.programme.status").value("REPLACED"))
                .andExpect(jsonPath(ACTION_INDICATORS + "[0].targets[1].value").value(20))
                .andExpect(jsonPath(ACTION_INDICATORS + "[*].code", contains("W1", "W2")));
        mvc.perform(json(put("/api/v1/programme/programmes/{id}", v1).with(admin()), programme("x", "DRAFT")
                        .replace("\"nodes\"", "\"version\": 9, \"nodes\""))).andExpect(status().isConflict());
        // the value approved on version 1 follows the indicator into version 2
        detail(v2, 2024, admin())
                .andExpect(jsonPath("$.progress.nodes[0].children[0].children[0].indicators[0].actual").value(4));
        // visitors see version 2 only
        mvc.perform(get("/api/v1/programme/programmes"))
                .andExpect(jsonPath("$[*].id", contains((int) v2)));
        detail(v1, 2024, null).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Programme' and entity_id = :id")
                .param("id", String.valueOf(v1)).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    // what visitors see

    @Test
    void visitorsPesAndPartnersSeeOnlyPublicIndicatorsOfProgrammesInForce() throws Exception {
        long inForce = JsonPath.<Number>read(create(programme("WPRES w mocy", "IN_FORCE",
                manual("PUB", true, "{\"year\": 2030, \"value\": 10}"),
                manual("INT", false, "{\"year\": 2030, \"value\": 10}"))), "$.id").longValue();
        long draft = JsonPath.<Number>read(create(programme("Projekt WPRES", "DRAFT",
                manual("DRA", true, "{\"year\": 2030, \"value\": 10}"))), "$.id").longValue();
        long internal = indicatorId(inForce, "INT");

        for (RequestPostProcessor who : java.util.Arrays.asList(null, users.as(Role.PES), users.as(Role.PARTNER))) {
            mvc.perform(who == null ? get("/api/v1/programme/programmes") : get("/api/v1/programme/programmes").with(who))
                    .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", contains((int) inForce)));
            detail(inForce, 2025, who).andExpect(status().isOk())
                    .andExpect(jsonPath(ACTION_INDICATORS + "[*].code", contains("PUB")))
                    .andExpect(jsonPath("$.progress.nodes[0].children[0].children[0].indicators[*].code", contains("PUB")));
            detail(draft, 2025, who).andExpect(status().isNotFound());
            MockHttpServletRequestBuilder values = get("/api/v1/programme/indicators/{id}/values", internal);
            mvc.perform(who == null ? values : values.with(who)).andExpect(status().isNotFound());
            MockHttpServletRequestBuilder list = get("/api/v1/programme/indicators");
            mvc.perform(who == null ? list : list.with(who))
                    .andExpect(jsonPath("$[*].code", contains("PUB")));
        }
        for (Role role : List.of(Role.ADMIN, Role.OWES, Role.COMMITTEE)) {
            RequestPostProcessor who = users.as(role);
            mvc.perform(get("/api/v1/programme/programmes").with(who))
                    .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.containsInAnyOrder((int) inForce, (int) draft)));
            detail(inForce, 2025, who).andExpect(jsonPath(ACTION_INDICATORS + "[*].code", contains("PUB", "INT")));
            mvc.perform(get("/api/v1/programme/indicators/{id}/values", internal).with(who)).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/programme/measures")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code").value(hasItem(StandInSupportMeasures.PES_SUPPORTED)))
                .andExpect(jsonPath("$[*].code").value(not(hasItem("registry.no-such-measure"))));
    }

    // history across the switch to a measure

    @Test
    void aManualIndicatorSwitchedToAMeasureKeepsItsApprovedHistory() throws Exception {
        long id = JsonPath.<Number>read(create(programme("WPRES", "IN_FORCE",
                "{\"code\": \"W1\", \"name\": \"PS aktywne\", \"unit\": \"PS\", \"source\": \"MANUAL\", "
                        + "\"aggregation\": \"END_VALUE\", \"publicIndicator\": true, "
                        + "\"targets\": [{\"year\": 2030, \"value\": 50}]}")), "$.id").longValue();
        long indicator = indicatorId(id, "W1");
        approve(enter(admin(), indicator, "2024", "31"));
        StandInSupportMeasures.stock = new java.math.BigDecimal("44");
        int version = jdbc.sql("select version from programme_indicator where id = :id").param("id", indicator)
                .query(Integer.class).single();
        mvc.perform(json(put("/api/v1/programme/indicators/{id}", indicator).with(admin()), """
                        {"code": "W1", "name": "PS aktywne", "unit": "PS", "source": "COMPUTED",
                         "measure": "%s", "publicIndicator": true, "targets": [{"year": 2030, "value": 50}],
                         "version": %d}""".formatted(StandInSupportMeasures.TEST_STOCK, version)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.source").value("COMPUTED"))
                .andExpect(jsonPath("$.computedSince").value(thisYear));
        mvc.perform(get("/api/v1/programme/indicators/{id}/values?from=2024&to={to}", indicator, thisYear).with(admin()))
                .andExpect(jsonPath("$.periods[0].period").value("2024"))
                .andExpect(jsonPath("$.periods[0].actual").value(31))
                .andExpect(jsonPath("$.periods[0].source").value("MANUAL"))
                .andExpect(jsonPath("$.periods[-1:].period", contains(String.valueOf(thisYear))))
                .andExpect(jsonPath("$.periods[-1:].actual", contains(44)))
                .andExpect(jsonPath("$.periods[-1:].source", contains("COMPUTED")));
        // a stale version is a conflict, never a silent overwrite
        mvc.perform(json(put("/api/v1/programme/indicators/{id}", indicator).with(admin()), """
                        {"code": "W1", "name": "PS", "unit": "PS", "source": "MANUAL", "version": %d}"""
                        .formatted(version))).andExpect(status().isConflict());
    }
}
