package pl.koordynator.es.testing;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import pl.koordynator.es.security.NewUser;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.security.domain.AccountPrincipal;
import pl.koordynator.es.security.domain.UserAccountService;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Creates real accounts in the database and signs requests in as them. */
@Component
public class TestUsers {

    public static final String PASSWORD = "Haslo-Testowe-2026";

    private final UserAccountService accounts;

    TestUsers(UserAccountService accounts) {
        this.accounts = accounts;
    }

    public UserView create(String username, Role role) {
        return create(username, role, null);
    }

    public UserView create(String username, Role role, Long organisationId) {
        return accounts.createAtStartup(new NewUser(username, "Test " + username, username + "@example.org", role,
                organisationId, PASSWORD));
    }

    public AccountPrincipal principal(UserView user) {
        return new AccountPrincipal(user.id(), user.username(), user.displayName(), user.role(),
                user.organisationId(), true, null);
    }

    /** A MockMvc request signed in as a fresh user of the role. */
    public RequestPostProcessor as(Role role) {
        UserView user = create(role.name().toLowerCase() + "-" + System.nanoTime(), role);
        return user(principal(user));
    }

    /** Runs service calls as the user, as a page would, outside MockMvc. */
    public void signIn(UserView user) {
        AccountPrincipal principal = principal(user);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
    }

    public List<Role> allRoles() {
        return List.of(Role.values());
    }
}
