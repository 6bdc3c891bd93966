package pl.koordynator.es.committee.domain;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.privacy.EmailAddress;
import pl.koordynator.es.privacy.PersonalData;
import pl.koordynator.es.privacy.PersonalDataErasure;
import pl.koordynator.es.privacy.PersonalDataFinding;

/**
 * Committee members' personal data: name, e-mail and phone of each membership with the address.
 * Erasing keeps the membership (its seat, dates, attendance and votes count for the quorum and the
 * results) under a pseudonym, without contacts or a linked account. The audit trail never held
 * names or contacts of members, so it has nothing to clear.
 */
@Component
class CommitteePersonalData implements PersonalData {

    static final String MEMBERS = "committee.personalData.members";
    static final String PSEUDONYM = "Członek komitetu #";

    private final JdbcClient jdbc;

    CommitteePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "committee";
    }

    private record Membership(long id, long termId, int termNumber, String fullName, String email, String phone,
            String category, String role, String appointedOn, String endedOn) {
    }

    private List<Membership> matching(EmailAddress email) {
        return jdbc.sql("""
                select m.*, t.number as term_number from committee_member m join committee_term t on t.id = m.term_id
                where lower(m.email) = lower(:email) order by t.number, m.id""").param("email", email.value())
                .query((rs, n) -> new Membership(rs.getLong("id"), rs.getLong("term_id"), rs.getInt("term_number"),
                        rs.getString("full_name"), rs.getString("email"), rs.getString("phone"),
                        rs.getString("category"), rs.getString("role"), rs.getString("appointed_on"),
                        rs.getString("ended_on"))).list();
    }

    @Override
    public List<PersonalDataFinding> find(EmailAddress email) {
        return PersonalDataFinding.found(module(), MEMBERS, matching(email),
                membership -> "kadencja " + membership.termNumber() + ": " + membership.category());
    }

    @Override
    public Map<String, Object> export(EmailAddress email) {
        List<Membership> found = matching(email);
        if (found.isEmpty()) {
            return Map.of();
        }
        return Map.of("members", found.stream().map(membership -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("term", membership.termNumber());
            row.put("fullName", membership.fullName());
            row.put("email", membership.email());
            row.put("phone", membership.phone());
            row.put("category", membership.category());
            row.put("role", membership.role());
            row.put("appointedOn", membership.appointedOn());
            row.put("endedOn", membership.endedOn());
            return row;
        }).toList());
    }

    @Override
    public PersonalDataErasure erase(EmailAddress email) {
        List<Membership> found = matching(email);
        Set<String> erased = new LinkedHashSet<>();
        for (Membership membership : found) {
            erased.add(membership.fullName());
            if (membership.phone() != null) {
                erased.add(membership.phone());
            }
            jdbc.sql("""
                    update committee_member set full_name = :pseudonym, email = null, phone = null, user_id = null,
                        version = version + 1
                    where id = :id""").param("pseudonym", PSEUDONYM + membership.id()).param("id", membership.id())
                    .update();
        }
        return new PersonalDataErasure(PersonalDataFinding.erased(module(), MEMBERS, found), erased, 0);
    }
}
