package pl.koordynator.es.networks.domain;

import java.time.LocalDate;

import pl.koordynator.es.networks.MemberRole;

/** One membership of an organisation in a network; {@code leftOn} null while it lasts. */
public record MemberView(long id, long networkId, long organisationId, String organisationName, String kind,
        MemberRole role, LocalDate joinedOn, LocalDate leftOn) {

    public boolean currentOn(LocalDate day) {
        return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
    }
}
