package pl.koordynator.es.networks;

public enum NetworkStatus {
    ACTIVE, SUSPENDED, ENDED
}
