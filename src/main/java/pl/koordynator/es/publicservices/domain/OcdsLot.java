package pl.koordynator.es.publicservices.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A lot of an OCDS tender as it is gathered: its own facts and social strategies, then what the
 * bids, awards and contracts say of it.
 */
final class OcdsLot {
    final String id;
    final int number;
    final String title;
    final BigDecimal value;
    final String path;
    final Set<String> strategies = new LinkedHashSet<>();
    final List<String> reserved = new ArrayList<>();
    BigDecimal weight;
    boolean cancelled;
    boolean awarded;
    Integer bids;
    BigDecimal contractValue;
    LocalDate contractStart;
    LocalDate contractEnd;
    String contractorName;
    String contractorNip;

    OcdsLot(String id, int number, String title, BigDecimal value, String path) {
        this.id = id;
        this.number = number;
        this.title = title;
        this.value = value;
        this.path = path;
    }
}
