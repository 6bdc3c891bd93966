package pl.koordynator.es.publicservices;

import java.util.Arrays;
import java.util.List;

/**
 * Why a PES matches, as a code and its arguments; pages render it with the message
 * {@code publicservices.matching.reason.<code>}. The codes, strongest first: {@code CPV_GROUP} (the
 * same 3-digit CPV group; argument the group), {@code CPV_DIVISION} (the same 2-digit division),
 * {@code CATEGORY} (a catalogue category the CPV code or the area of public benefit maps to; argument
 * the category's code), {@code SEAT_IN_GMINA} (the PES's seat is in the gmina of performance),
 * {@code AREA} (its area covers the gmina; argument the {@code AreaScope}), {@code SOCIAL_ENTERPRISE}
 * (PS status today), {@code RESERVED} (a lot reserved for it; argument the {@link ReservedFor} or
 * {@code ART361}).
 */
public record MatchReason(String code, List<String> arguments) {

    public MatchReason {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static MatchReason of(String code, String... arguments) {
        return new MatchReason(code, List.of(arguments));
    }

    /** As stored: {@code CODE} or {@code CODE:argument|argument}. */
    public String stored() {
        return arguments.isEmpty() ? code : code + ":" + String.join("|", arguments);
    }

    public static MatchReason parse(String stored) {
        int colon = stored.indexOf(':');
        return colon < 0 ? new MatchReason(stored, List.of())
                : new MatchReason(stored.substring(0, colon), Arrays.asList(stored.substring(colon + 1).split("\\|")));
    }
}
