package pl.koordynator.es.networks;

public enum MemberRole {
    COORDINATOR, MEMBER, OBSERVER, PARTNER
}
