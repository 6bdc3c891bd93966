package pl.koordynator.es.needs.web;

import pl.koordynator.es.needs.NeedCategory;
import pl.koordynator.es.needs.NeedStatus;
import pl.koordynator.es.needs.domain.NeedQuery;

/**
 * The filters of the list page as they appear in its address. Without {@code own}, those who
 * report needs see their organisation's reports first; everyone else sees the needs they may read.
 */
record NeedFilter(String gmina, NeedCategory category, NeedStatus status, Boolean own, Integer page) {

    boolean ownOr(boolean byDefault) {
        return own == null ? byDefault : own;
    }

    NeedQuery toQuery(boolean own) {
        return new NeedQuery(gmina == null || gmina.isBlank() ? null : gmina.strip(), category, status, own);
    }
}
