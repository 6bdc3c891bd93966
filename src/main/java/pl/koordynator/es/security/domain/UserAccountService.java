package pl.koordynator.es.security.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.CurrentUser;
import pl.koordynator.es.security.MemberOrganisations;
import pl.koordynator.es.security.NewUser;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.security.UserChange;
import pl.koordynator.es.security.UserQuery;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.OrganisationOption;
import pl.koordynator.es.shared.PickedOrganisation;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/** Account administration and self-service; every write lands in the audit trail. */
@Service
public class UserAccountService implements UserAccounts {

    static final String ENTITY = "UserAccount";
    private static final String CALLER = UserAccountService.class.getName() + ".caller";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;
    private final ObjectProvider<MemberOrganisations> organisations;

    UserAccountService(UserAccountRepository accounts, PasswordEncoder passwords, AuditTrail audit,
            ObjectProvider<FindByIndexNameSessionRepository<?>> sessions,
            ObjectProvider<MemberOrganisations> organisations) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.sessions = sessions;
        this.organisations = organisations;
    }

    @Override
    public Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.toCurrentUser());
        }
        return Optional.empty();
    }

    @Override
    public Caller caller() {
        Optional<CurrentUser> user = current();
        if (user.isEmpty()) {
            return Caller.ANONYMOUS;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CALLER, RequestAttributes.SCOPE_REQUEST) instanceof Caller known
                && known.user().equals(user.get())) {
            return known;
        }
        Caller caller = new Caller(user.get(), actingFor(user.get()));
        if (request != null) {
            request.setAttribute(CALLER, caller, RequestAttributes.SCOPE_REQUEST);
        }
        return caller;
    }

    /** The account's organisation while it is open and of a kind the account's role belongs to. */
    private Caller.ActingFor actingFor(CurrentUser user) {
        MemberOrganisations directory = organisations.getIfAvailable();
        if (user.organisationId() == null || directory == null) {
            return null;
        }
        return directory.find(user.organisationId())
                .filter(MemberOrganisations.Member::open)
                .filter(member -> member.roles().contains(user.role()))
                .map(member -> new Caller.ActingFor(member.id(), member.name(), member.kind()))
                .orElse(null);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserView> find(long id) {
        return accounts.findById(id).map(StoredAccount::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> idAtStartup(String username) {
        return accounts.findByUsername(username).map(StoredAccount::id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> emailsOfOrganisation(long organisationId) {
        return accounts.enabledEmailsOfOrganisation(organisationId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> emailsOfRole(Role role) {
        return accounts.enabledEmailsOfRole(role);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Role, Long> countByRole() {
        return accounts.countByRole();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserView> ofOrganisation(long organisationId) {
        return accounts.ofOrganisation(organisationId).stream().map(StoredAccount::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> idsWithEmail(String email) {
        return email == null || email.isBlank() ? List.of() : accounts.idsWithEmail(email.strip());
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<UserView> findByUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return accounts.findByUsername(username.strip()).map(StoredAccount::view);
    }

    @Override
    @Transactional
    public void assignOrganisationAtStartup(String username, long organisationId) {
        accounts.findByUsername(username).ifPresent(before -> {
            checkOrganisation(before.role(), organisationId, new ArrayList<>());
            accounts.update(before.id(), before.version(), before.displayName(), before.email(), before.role(),
                    organisationId, before.enabled());
            audit.updated(ENTITY, before.id(), before.auditState(), accounts.findById(before.id()).orElseThrow()
                    .auditState());
        });
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public UserView get(long id) {
        return accounts.findById(id).map(StoredAccount::view).orElseThrow(() -> new NotFoundException("user", id));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public PageOf<UserView> list(UserQuery query, Paging paging) {
        return accounts.find(query, paging).map(StoredAccount::view);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserView create(NewUser user) {
        return createAccount(user);
    }

    /** For start-up provisioning, before anyone can sign in; the trail names the actor {@code system}. */
    @Transactional
    public UserView createAtStartup(NewUser user) {
        return createAccount(user);
    }

    private UserView createAccount(NewUser user) {
        checkOrganisation(user.role(), user.organisationId(), new ArrayList<>());
        String username = user.username().trim();
        PasswordPolicy.check(user.password(), username).ifPresent(rule -> {
            throw InvalidInputException.of("password", rule);
        });
        if (accounts.usernameTaken(username)) {
            throw new ConflictException("user.usernameTaken", "User name " + username + " is already taken");
        }
        long id;
        try {
            id = accounts.insert(username, user.displayName().trim(), user.email().trim(), user.role(),
                    user.organisationId(), passwords.encode(user.password()));
        } catch (DuplicateKeyException raced) {
            // another request created the name between the check and the insert
            throw new ConflictException("user.usernameTaken", "User name " + username + " is already taken");
        }
        StoredAccount created = accounts.findById(id).orElseThrow();
        audit.created(ENTITY, id, created.auditState());
        return created.view();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserView update(long id, UserChange change) {
        StoredAccount before = accounts.findById(id).orElseThrow(() -> new NotFoundException("user", id));
        if (change.version() != null && change.version() != before.version()) {
            throw new ConflictException("problem.concurrentEdit", "User " + id + " was changed by someone else");
        }
        List<FieldProblem> problems = new ArrayList<>();
        boolean self = current().map(me -> me.id() == id).orElse(false);
        if (self && change.role() != Role.ADMIN) {
            problems.add(new FieldProblem("role", "user.cannotDemoteSelf"));
        }
        if (self && !change.enabled()) {
            problems.add(new FieldProblem("enabled", "user.cannotDisableSelf"));
        }
        checkOrganisation(change.role(), change.organisationId(), problems);
        String displayName = change.displayName() == null ? before.displayName() : change.displayName().trim();
        String email = change.email() == null ? before.email() : change.email().trim();
        if (!accounts.update(id, before.version(), displayName, email, change.role(), change.organisationId(),
                change.enabled())) {
            throw new ConflictException("problem.concurrentEdit", "User " + id + " was changed by someone else");
        }
        StoredAccount after = accounts.findById(id).orElseThrow();
        audit.updated(ENTITY, id, before.auditState(), after.auditState());
        if (before.enabled() && !after.enabled() || before.role() != after.role()
                || !java.util.Objects.equals(before.organisationId(), after.organisationId())) {
            // a disabled or re-roled user must not keep working with an old session
            endSessions(after.username(), null);
        }
        return after.view();
    }

    /**
     * What a password change did besides the password: how many of the user's other sessions it
     * ended, how many API tokens it revoked and how many still work.
     */
    public record PasswordChanged(int otherSessionsEnded, int tokensRevoked, int tokensStillActive) {
    }

    /**
     * A reset means the password may be known to someone else: every session of the user ends and
     * every API token stops working, so nothing opened with the old password outlives it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(long id, String newPassword) {
        StoredAccount account = accounts.findById(id).orElseThrow(() -> new NotFoundException("user", id));
        PasswordPolicy.check(newPassword, account.username()).ifPresent(rule -> {
            throw InvalidInputException.of("password", rule);
        });
        accounts.updatePassword(id, passwords.encode(newPassword));
        audit.updated(ENTITY, id, Map.of("password", "********"), Map.of("password", "******** (reset)"));
        revokeTokens(account);
        endSessions(account.username(), null);
    }

    /**
     * The user's own change: their other sessions end (a browser left signed in elsewhere, or
     * someone who learnt the old password), the one they changed it in goes on. API tokens are
     * revoked only when asked, as scripts on servers break when their token goes.
     *
     * @param currentSessionId the session to keep, of the browser that made the change
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PasswordChanged changeOwnPassword(String currentPassword, String newPassword, boolean alsoRevokeTokens,
            String currentSessionId) {
        CurrentUser me = current().orElseThrow(() -> new NotFoundException("user", "current"));
        StoredAccount account = accounts.findById(me.id()).orElseThrow(() -> new NotFoundException("user", me.id()));
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw InvalidInputException.of("currentPassword", "password.currentWrong");
        }
        PasswordPolicy.check(newPassword, account.username()).ifPresent(rule -> {
            throw InvalidInputException.of("newPassword", rule);
        });
        accounts.updatePassword(me.id(), passwords.encode(newPassword));
        audit.updated(ENTITY, me.id(), Map.of("password", "********"), Map.of("password", "******** (changed)"));
        int revoked = alsoRevokeTokens ? revokeTokens(account) : 0;
        int stillActive = alsoRevokeTokens ? 0 : accounts.countActiveTokensOf(me.id());
        int ended = endSessions(account.username(), currentSessionId);
        return new PasswordChanged(ended, revoked, stillActive);
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.usernameTaken(username);
    }

    /**
     * An account's organisation must exist in the register and suit its role: OWES staff belong to
     * an OWES, PES members to a PES, partners to a partner institution.
     */
    private void checkOrganisation(Role role, Long organisationId, List<FieldProblem> problems) {
        if (organisationId != null) {
            MemberOrganisations directory = organisations.getIfAvailable();
            var member = directory == null ? java.util.Optional.<MemberOrganisations.Member>empty()
                    : directory.find(organisationId);
            if (member.isEmpty()) {
                problems.add(new FieldProblem("organisationId", "user.organisation.unknown"));
            } else if (role != null && !member.get().roles().contains(role)) {
                problems.add(new FieldProblem("organisationId", "user.organisation.wrongKind"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** What the account form's organisation picker offers for a text (two letters at least). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganisationOption> organisationsNamed(String text, int limit) {
        MemberOrganisations directory = organisations.getIfAvailable();
        if (directory == null || text == null || text.strip().length() < 2) {
            return List.of();
        }
        return directory.named(text, limit).stream()
                .map(member -> new OrganisationOption(member.id(), member.name(), member.kind(), null)).toList();
    }

    /** The names of the accounts' organisations, by id, for lists and forms that show a name, never a number. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, String> organisationNames(java.util.Collection<Long> ids) {
        MemberOrganisations directory = organisations.getIfAvailable();
        List<Long> known = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        return directory == null || known.isEmpty() ? Map.of() : directory.names(known);
    }

    /** The organisation the account form's picker sent ({@link PickedOrganisation}). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Long pickedOrganisation(Long id, String typedName) {
        MemberOrganisations directory = organisations.getIfAvailable();
        if (directory == null) {
            return id;
        }
        return PickedOrganisation.resolve(id, typedName, known -> directory.find(known).map(MemberOrganisations.Member::name),
                text -> directory.named(text, 50).stream()
                        .map(member -> new PickedOrganisation.Candidate(member.id(), member.name())).toList());
    }

    private int revokeTokens(StoredAccount owner) {
        List<ApiTokenView> revoked = accounts.revokeActiveTokensOf(owner.id());
        for (ApiTokenView token : revoked) {
            Map<String, Object> before = new LinkedHashMap<>(ApiTokenService.state(token, owner.username()));
            before.put("revokedAt", null);
            audit.updated(ApiTokenService.ENTITY, token.id(), before, ApiTokenService.state(token, owner.username()));
        }
        return revoked.size();
    }

    /** Ends every session of the user except {@code keep} (a Spring Session id; null ends them all). */
    private int endSessions(String username, String keep) {
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (repository == null) {
            return 0;
        }
        List<String> others = repository.findByPrincipalName(username).keySet().stream()
                .filter(id -> !id.equals(keep)).toList();
        others.forEach(repository::deleteById);
        return others.size();
    }
}
