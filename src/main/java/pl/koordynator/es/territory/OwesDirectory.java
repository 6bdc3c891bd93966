package pl.koordynator.es.territory;

import java.util.List;
import java.util.Optional;

/**
 * The OWES a subregion can be assigned to. The registry knows the organisations and implements
 * this; territory only asks, so the registry may depend on territory and not the other way round.
 */
public interface OwesDirectory {

    record Owes(long id, String name) {
    }

    /** Active OWES organisations, by name. */
    List<Owes> all();

    Optional<Owes> find(long id);
}
