package pl.koordynator.es.localplans.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.privacy.EmailAddress;
import pl.koordynator.es.privacy.PersonalData;
import pl.koordynator.es.privacy.PersonalDataErasure;
import pl.koordynator.es.privacy.PersonalDataFinding;

/**
 * What co-creation keeps about a person: the comments and the section versions their account wrote (by
 * account id; names are read from the account when shown). Erasing detaches them from the account
 * (author, decider and saver ids go) and replaces the texts of their comments, which may name people,
 * with a neutral marker; the comments stay (with their decision) and the versions keep their text,
 * which is the plan's, a public document of the JST. The audit trail never held the texts in clear.
 * <p>
 * The accounts with the address come from {@code UserAccounts.idsWithEmail}; the privacy service asks
 * this module before the account itself is anonymised (modules in the order of their names).
 */
@Component
class LocalPlanSectionsPersonalData implements PersonalData {

    static final String COMMENTS = "localplans.sections.personalData.comments";
    static final String VERSIONS = "localplans.sections.personalData.versions";
    static final String ERASED_TEXT = "[treść usunięta na żądanie autora]";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final UserAccounts accounts;

    LocalPlanSectionsPersonalData(JdbcClient jdbc, AuditTrail audit, UserAccounts accounts) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public String module() {
        return "localplans-sections";
    }

    private record Comment(long id, long planId, String section, String status, String text, String suggestedText,
            String reason, String createdAt) {
    }

    private record Version(long id, long planId, String section, int version, String savedAt) {
    }

    private List<Long> accounts(EmailAddress email) {
        return accounts.idsWithEmail(email.value());
    }

    private List<Comment> comments(List<Long> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, plan_id, section_key, status, text, suggested_text, decision_reason, created_at::text
                from localplans_comment where author_id in (:ids) order by id""").param("ids", accounts)
                .query((rs, n) -> new Comment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8))).list();
    }

    private List<Version> versions(List<Long> accounts) {
        if (accounts.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, plan_id, section_key, version_no, saved_at::text from localplans_section_version
                where saved_by in (:ids) order by id""").param("ids", accounts)
                .query((rs, n) -> new Version(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5))).list();
    }

    @Override
    public List<PersonalDataFinding> find(EmailAddress email) {
        List<Long> accounts = accounts(email);
        List<PersonalDataFinding> findings = new ArrayList<>(PersonalDataFinding.found(module(), COMMENTS,
                comments(accounts), comment -> "plan #" + comment.planId() + ", " + comment.section()));
        findings.addAll(PersonalDataFinding.found(module(), VERSIONS, versions(accounts),
                version -> "plan #" + version.planId() + ", " + version.section() + " v" + version.version()));
        return findings;
    }

    @Override
    public Map<String, Object> export(EmailAddress email) {
        List<Long> accounts = accounts(email);
        List<Comment> comments = comments(accounts);
        List<Version> versions = versions(accounts);
        if (comments.isEmpty() && versions.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("comments", comments.stream().map(comment -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("plan", comment.planId());
            row.put("section", comment.section());
            row.put("createdAt", comment.createdAt());
            row.put("text", comment.text());
            row.put("suggestedText", comment.suggestedText());
            row.put("status", comment.status());
            row.put("reason", comment.reason());
            return row;
        }).toList());
        section.put("sectionVersions", versions.stream().map(version -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("plan", version.planId());
            row.put("section", version.section());
            row.put("version", version.version());
            row.put("savedAt", version.savedAt());
            return row;
        }).toList());
        return section;
    }

    @Override
    public PersonalDataErasure erase(EmailAddress email) {
        List<Long> accounts = accounts(email);
        List<Comment> comments = comments(accounts);
        List<Version> versions = versions(accounts);
        if (accounts.isEmpty()) {
            return PersonalDataErasure.nothing();
        }
        int auditEntries = 0;
        for (Comment comment : comments) {
            jdbc.sql("""
                    update localplans_comment set author_id = null, text = :marker,
                        suggested_text = case when suggested_text is null then null else :marker end,
                        version = version + 1
                    where id = :id""").param("marker", ERASED_TEXT).param("id", comment.id()).update();
            auditEntries += audit.erasePersonalFields(LocalPlanSectionService.COMMENT, comment.id(),
                    List.of("text", "suggestedText"));
        }
        jdbc.sql("update localplans_section_version set saved_by = null where saved_by in (:ids)")
                .param("ids", accounts).update();
        jdbc.sql("update localplans_section set updated_by = null where updated_by in (:ids)")
                .param("ids", accounts).update();
        jdbc.sql("update localplans_comment set decided_by = null where decided_by in (:ids)")
                .param("ids", accounts).update();
        List<PersonalDataFinding> erased = new ArrayList<>(PersonalDataFinding.erased(module(), COMMENTS, comments));
        erased.addAll(PersonalDataFinding.erased(module(), VERSIONS, versions));
        Set<String> values = new LinkedHashSet<>();
        return new PersonalDataErasure(erased, values, auditEntries);
    }
}
