package pl.koordynator.es.security;

/** The five roles of DESIGN "Who uses it"; a user has exactly one. */
public enum Role {
    ADMIN, OWES, PES, PARTNER, COMMITTEE;

    public String authority() {
        return "ROLE_" + name();
    }
}
