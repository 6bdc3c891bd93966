package pl.koordynator.es.registry;

import java.time.LocalDate;

/** A contact person as typed; {@code version} is needed to change an existing one. */
public record ContactPersonInput(String name, String function, String email, String phone, LocalDate consentDate,
        String consentScope, Long version) {
}
