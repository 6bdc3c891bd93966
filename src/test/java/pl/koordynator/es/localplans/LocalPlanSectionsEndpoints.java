package pl.koordynator.es.localplans;

import java.util.List;

import pl.koordynator.es.testing.Endpoint;

/** Rows of the role matrix of one part of the local plans module (filled by that part). */
public final class LocalPlanSectionsEndpoints {

    public static final List<Endpoint> ALL = List.of();

    private LocalPlanSectionsEndpoints() {
    }
}
