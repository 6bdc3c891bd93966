package pl.koordynator.es.security;

import java.util.Map;
import java.util.Optional;

/** What other modules may ask about users. */
public interface UserAccounts {

    /** The signed-in user, if any. */
    Optional<CurrentUser> current();

    Optional<UserView> find(long id);

    /** Number of accounts of each role, every role present (zero when none). */
    Map<Role, Long> countByRole();
}
