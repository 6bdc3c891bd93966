package pl.koordynator.es.catalogue.domain;

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
 * Recommenders of mark applications, found by the e-mail address the applicant may give for them.
 * A recommendation stays (the application was decided on it) with the recommender's name replaced
 * by a pseudonym and the address and text removed; the audit trail never had the names in clear.
 * A recommender given without an address is erased with the application's organisation's request.
 */
@Component
class MarkPersonalData implements PersonalData {

    static final String RECOMMENDATIONS = "catalogue.mark.personalData.recommendations";
    static final String PSEUDONYM = "Rekomendujący #";

    private final JdbcClient jdbc;

    MarkPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "catalogue-mark";
    }

    private record Recommendation(long id, long applicationId, String name, String email, String organisation,
            String text) {
    }

    private List<Recommendation> matching(EmailAddress email) {
        return jdbc.sql("""
                select * from catalogue_mark_recommendation where lower(recommender_email) = :email order by id""")
                .param("email", email.value()).query((rs, n) -> new Recommendation(rs.getLong("id"),
                        rs.getLong("application_id"), rs.getString("recommender_name"),
                        rs.getString("recommender_email"), rs.getString("organisation"), rs.getString("text")))
                .list();
    }

    @Override
    public List<PersonalDataFinding> find(EmailAddress email) {
        return PersonalDataFinding.found(module(), RECOMMENDATIONS, matching(email),
                recommendation -> "wniosek o znak #" + recommendation.applicationId());
    }

    @Override
    public Map<String, Object> export(EmailAddress email) {
        List<Recommendation> found = matching(email);
        if (found.isEmpty()) {
            return Map.of();
        }
        return Map.of("recommendations", found.stream().map(recommendation -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("application", recommendation.applicationId());
            row.put("name", recommendation.name());
            row.put("email", recommendation.email());
            row.put("organisation", recommendation.organisation());
            row.put("text", recommendation.text());
            return row;
        }).toList());
    }

    @Override
    public PersonalDataErasure erase(EmailAddress email) {
        List<Recommendation> found = matching(email);
        Set<String> erased = new LinkedHashSet<>();
        for (Recommendation recommendation : found) {
            erased.add(recommendation.name());
            jdbc.sql("""
                    update catalogue_mark_recommendation set recommender_name = :pseudonym, recommender_email = null,
                        text = '—'
                    where id = :id""").param("pseudonym", PSEUDONYM + recommendation.id())
                    .param("id", recommendation.id()).update();
        }
        return new PersonalDataErasure(PersonalDataFinding.erased(module(), RECOMMENDATIONS, found), erased, 0);
    }
}
