package pl.koordynator.es.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules may ask about users. */
public interface UserAccounts {

    /** The signed-in user, if any. */
    Optional<CurrentUser> current();

    /**
     * The caller and the organisation they act for, resolved once per request: the one place
     * that decides whether an account still speaks for its OWES or PES (see {@link Caller}).
     */
    Caller caller();

    Optional<UserView> find(long id);

    /**
     * E-mail addresses of the enabled accounts linked to the organisation, each address once;
     * accounts without an address are left out. Empty when nobody qualifies.
     */
    List<String> emailsOfOrganisation(long organisationId);

    /** E-mail addresses of the enabled accounts with the role, each once, without empty ones. */
    List<String> emailsOfRole(Role role);

    /** Number of accounts of each role, every role present (zero when none). */
    Map<Role, Long> countByRole();

    /**
     * The accounts linked to the organisation, enabled or not, by user name. Only ROPS, who
     * manage the accounts, may ask; everyone else is refused.
     */
    List<UserView> ofOrganisation(long organisationId);

    /**
     * The account with the user name (login), letters' case ignored; for ROPS linking a person to
     * their account (e.g. a committee member). Only ROPS may ask; everyone else is refused.
     */
    Optional<UserView> findByUsername(String username);

    /**
     * Links an existing account to its organisation without a signed-in user; for loading demo
     * data at start-up only. Does nothing when the account does not exist.
     */
    void assignOrganisationAtStartup(String username, long organisationId);

    /**
     * The id of an account by its user name, without a signed-in user; for linking demo data at
     * start-up only (e.g. the demo committee member who signs in as {@code demo.komitet}).
     */
    Optional<Long> idAtStartup(String username);

    /**
     * The ids of the accounts with this e-mail address (any case), for modules that keep authors as
     * account ids and must find, export or erase what one person wrote; empty for a blank address.
     */
    List<Long> idsWithEmail(String email);
}
