package pl.koordynator.es.registry;

import java.util.Optional;

import pl.koordynator.es.registry.domain.InvalidValueException;
import pl.koordynator.es.registry.domain.Nip;

/** Checks of official numbers for other modules, as the register checks them. */
public final class TaxNumbers {

    private TaxNumbers() {
    }

    /** Whether the text is a NIP with a right check digit (spaces, dashes and a "PL" prefix allowed). */
    public static boolean validNip(String raw) {
        return nip(raw).isPresent();
    }

    /** The NIP's ten digits, or nothing when it is not a valid NIP. */
    public static Optional<String> nip(String raw) {
        try {
            return Optional.of(Nip.parse(raw).value());
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }
}
