package pl.koordynator.es.security;

/** The signed-in user as other modules need to know them, e.g. for scoping to an organisation. */
public record CurrentUser(long id, String username, String displayName, Role role, Long organisationId) {

    public boolean is(Role other) {
        return role == other;
    }
}
