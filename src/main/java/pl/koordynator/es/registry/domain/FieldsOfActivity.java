package pl.koordynator.es.registry.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.FieldOfActivity;

/** The dictionary of fields of activity; small and fixed by migration, read per request. */
@Component
public class FieldsOfActivity {

    private final JdbcClient jdbc;

    FieldsOfActivity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<FieldOfActivity> all() {
        return jdbc.sql("select code, name_pl, name_en from field_of_activity order by position")
                .query((rs, n) -> new FieldOfActivity(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Code by its code or by its Polish or English name, lower case: imports may use any. */
    Map<String, String> codesByAnyName() {
        Map<String, String> codes = new HashMap<>();
        for (FieldOfActivity field : all()) {
            codes.put(field.code().toLowerCase(Locale.ROOT), field.code());
            codes.put(field.namePl().toLowerCase(Locale.ROOT), field.code());
            codes.put(field.nameEn().toLowerCase(Locale.ROOT), field.code());
        }
        return codes;
    }
}
