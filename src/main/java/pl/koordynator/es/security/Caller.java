package pl.koordynator.es.security;

import java.util.Optional;

/**
 * Who is calling, resolved in one place for every module: the signed-in user (none for a
 * visitor) and the organisation they act for. An account acts for its organisation only while
 * the organisation is open in the register and is of a kind the account's role belongs to (an
 * OWES account for an OWES, a PES account for a PES). The staff of a closed OWES keep their
 * account and read what their role reads, but nothing is scoped to the closed organisation any
 * more: no reports, events or support records written as it.
 *
 * @param user         the signed-in user; null for an anonymous visitor
 * @param organisation the open organisation the user acts for; null when none
 */
public record Caller(CurrentUser user, ActingFor organisation) {

    public static final Caller ANONYMOUS = new Caller(null, null);

    /**
     * The organisation a caller acts for.
     *
     * @param kind the registry's kind of the organisation ({@code OWES}, {@code JST}, …)
     */
    public record ActingFor(long id, String name, String kind) {
    }

    public boolean anonymous() {
        return user == null;
    }

    public boolean is(Role role) {
        return user != null && user.is(role);
    }

    public boolean admin() {
        return is(Role.ADMIN);
    }

    public Optional<CurrentUser> signedIn() {
        return Optional.ofNullable(user);
    }

    public String username() {
        return user == null ? null : user.username();
    }

    /** The open organisation the caller acts for, whatever their role; null when none. */
    public Long organisationId() {
        return organisation == null ? null : organisation.id();
    }

    public String organisationName() {
        return organisation == null ? null : organisation.name();
    }

    /** The OWES whose staff the caller is: an OWES account of an open OWES; null for everyone else. */
    public Long owesId() {
        return is(Role.OWES) ? organisationId() : null;
    }

    /** The PES the caller represents: a PES account of an open PES; null for everyone else. */
    public Long pesId() {
        return is(Role.PES) ? organisationId() : null;
    }

    /** The partner institution the caller works for: a PARTNER account of an open institution. */
    public Long partnerId() {
        return is(Role.PARTNER) ? organisationId() : null;
    }

    /** Whether the caller acts for this organisation. */
    public boolean actsFor(Long organisationId) {
        return organisationId != null && organisationId.equals(organisationId());
    }
}
