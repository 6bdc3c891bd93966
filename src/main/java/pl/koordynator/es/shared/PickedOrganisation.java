package pl.koordynator.es.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The organisation an organisation picker sent. The picker is a search box whose script keeps
 * the chosen organisation's id in a hidden field; without JavaScript only the typed name
 * changes. So the id counts only while the box still holds that organisation's name, and a name
 * typed by hand is looked up: an organisation of exactly that name, or the only one whose name
 * contains it.
 */
public final class PickedOrganisation {

    /** A typed name that matches no organisation or several; the form's rules report it as unknown. */
    public static final long NO_MATCH = -1;

    /** An organisation the search offers. */
    public record Candidate(long id, String name) {
    }

    private PickedOrganisation() {
    }

    /**
     * @param id        the id the picker holds, or null
     * @param typedName the text of the search box; null when the form has none (a script posting the id alone)
     * @param nameOf    the name of an organisation by id
     * @param named     the organisations whose name contains a text, a few of them
     * @return the id, null when the box was left empty, or {@link #NO_MATCH}
     */
    public static Long resolve(Long id, String typedName, LongFunction<Optional<String>> nameOf,
            Function<String, List<Candidate>> named) {
        if (typedName == null) {
            return id;
        }
        String typed = typedName.strip();
        if (typed.isEmpty()) {
            return null;
        }
        if (id != null && nameOf.apply(id).filter(name -> same(name, typed)).isPresent()) {
            return id;
        }
        List<Candidate> candidates = named.apply(typed);
        List<Candidate> exact = candidates.stream().filter(candidate -> same(candidate.name(), typed)).toList();
        if (exact.size() == 1) {
            return exact.get(0).id();
        }
        return candidates.size() == 1 ? candidates.get(0).id() : NO_MATCH;
    }

    private static boolean same(String name, String typed) {
        return name.strip().toLowerCase(Locale.ROOT).equals(typed.toLowerCase(Locale.ROOT));
    }
}
