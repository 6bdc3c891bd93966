package pl.koordynator.es.support.domain;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.events.GminaActivity;

/** Support records count in the activity plan's coverage view, in the gmina the PES was in when the record was saved. */
@Component
class SupportGminaActivity implements GminaActivity {

    private final SupportRepository records;

    SupportGminaActivity(SupportRepository records) {
        this.records = records;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> countByGmina(LocalDate from, LocalDate to) {
        return records.countByGmina(from, to);
    }
}
