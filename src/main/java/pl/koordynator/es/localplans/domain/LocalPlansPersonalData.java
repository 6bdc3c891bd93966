package pl.koordynator.es.localplans.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.privacy.EmailAddress;
import pl.koordynator.es.privacy.PersonalData;
import pl.koordynator.es.privacy.PersonalDataErasure;
import pl.koordynator.es.privacy.PersonalDataFinding;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.security.UserView;

/**
 * The user names the plans keep beside what their accounts wrote: who uploaded a document, entered an
 * indicator's value or wrote a yearly note (the sections' authors are {@code LocalPlanSectionsPersonalData}).
 * The documents, values and notes are the JST's and stay; erasing replaces the user name with a marker.
 */
@Component
class LocalPlansPersonalData implements PersonalData {

    static final String DOCUMENTS = "localplans.personalData.documents";
    static final String VALUES = "localplans.personalData.values";
    static final String NOTES = "localplans.personalData.notes";
    static final String ERASED = "[usunięto]";

    private final JdbcClient jdbc;
    private final UserAccounts accounts;

    LocalPlansPersonalData(JdbcClient jdbc, UserAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public String module() {
        return "localplans";
    }

    /** One thing a person's account wrote: its plan, what it is and when. */
    private record Written(long planId, String what, String at) {
    }

    private List<String> usernames(EmailAddress email) {
        return accounts.idsWithEmail(email.value()).stream().map(accounts::find).flatMap(java.util.Optional::stream)
                .map(UserView::username).toList();
    }

    private List<Written> documents(List<String> usernames) {
        return usernames.isEmpty() ? List.of() : jdbc.sql("""
                select plan_id, title, uploaded_at::text from localplans_document
                where uploaded_by in (:names) order by id""").param("names", usernames)
                .query((rs, n) -> new Written(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    private List<Written> values(List<String> usernames) {
        return usernames.isEmpty() ? List.of() : jdbc.sql("""
                select i.plan_id, i.name || ' ' || v.year, v.entered_at::text
                from localplans_indicator_value v join localplans_indicator i on i.id = v.indicator_id
                where v.entered_by in (:names) order by i.plan_id, i.number, v.year""").param("names", usernames)
                .query((rs, n) -> new Written(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    private List<Written> notes(List<String> usernames) {
        return usernames.isEmpty() ? List.of() : jdbc.sql("""
                select plan_id, year::text, written_at::text from localplans_yearly_note
                where written_by in (:names) order by plan_id, year""").param("names", usernames)
                .query((rs, n) -> new Written(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    @Override
    public List<PersonalDataFinding> find(EmailAddress email) {
        List<String> usernames = usernames(email);
        List<PersonalDataFinding> findings = new ArrayList<>();
        findings.addAll(PersonalDataFinding.found(module(), DOCUMENTS, documents(usernames), this::detail));
        findings.addAll(PersonalDataFinding.found(module(), VALUES, values(usernames), this::detail));
        findings.addAll(PersonalDataFinding.found(module(), NOTES, notes(usernames), this::detail));
        return findings;
    }

    private String detail(Written written) {
        return "plan #" + written.planId() + ", " + written.what();
    }

    @Override
    public Map<String, Object> export(EmailAddress email) {
        List<String> usernames = usernames(email);
        Map<String, Object> section = new LinkedHashMap<>();
        put(section, "documentsUploaded", documents(usernames));
        put(section, "indicatorValuesEntered", values(usernames));
        put(section, "yearlyNotesWritten", notes(usernames));
        return section;
    }

    private static void put(Map<String, Object> section, String key, List<Written> written) {
        if (!written.isEmpty()) {
            section.put(key, written.stream().map(w -> Map.<String, Object>of("plan", w.planId(), "what", w.what(),
                    "at", w.at())).toList());
        }
    }

    @Override
    public PersonalDataErasure erase(EmailAddress email) {
        List<String> usernames = usernames(email);
        if (usernames.isEmpty()) {
            return PersonalDataErasure.nothing();
        }
        List<Written> documents = documents(usernames);
        List<Written> values = values(usernames);
        List<Written> notes = notes(usernames);
        jdbc.sql("update localplans_document set uploaded_by = :marker where uploaded_by in (:names)")
                .param("marker", ERASED).param("names", usernames).update();
        jdbc.sql("update localplans_indicator_value set entered_by = :marker where entered_by in (:names)")
                .param("marker", ERASED).param("names", usernames).update();
        jdbc.sql("update localplans_yearly_note set written_by = :marker where written_by in (:names)")
                .param("marker", ERASED).param("names", usernames).update();
        List<PersonalDataFinding> erased = new ArrayList<>();
        erased.addAll(PersonalDataFinding.erased(module(), DOCUMENTS, documents));
        erased.addAll(PersonalDataFinding.erased(module(), VALUES, values));
        erased.addAll(PersonalDataFinding.erased(module(), NOTES, notes));
        return new PersonalDataErasure(erased, Set.of(), 0);
    }
}
