package pl.koordynator.es.privacy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;

/**
 * A module that fails its erasure when a test arms it, after every real module has erased its
 * part (modules are asked in the order of their names): the erasure must then leave nothing
 * erased anywhere. Unarmed it keeps nothing and does nothing.
 */
@Component
class FailingPersonalData implements PersonalData {

    static final AtomicBoolean ARMED = new AtomicBoolean();

    @Override
    public String module() {
        return "zz-failing-in-tests";
    }

    @Override
    public List<PersonalDataFinding> find(EmailAddress email) {
        return List.of();
    }

    @Override
    public Map<String, Object> export(EmailAddress email) {
        return Map.of();
    }

    @Override
    public PersonalDataErasure erase(EmailAddress email) {
        if (ARMED.get()) {
            throw new IllegalStateException("this module's erasure failed");
        }
        return PersonalDataErasure.nothing();
    }
}
