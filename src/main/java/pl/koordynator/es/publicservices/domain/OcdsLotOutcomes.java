package pl.koordynator.es.publicservices.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * What happened to the lots of an OCDS release: the bids received ({@code bids.statistics}), the
 * active awards (value, date, supplier; lots by {@code relatedLots}, or the only lot) and the
 * contracts of those awards (value, period), cancelled ones left out.
 */
final class OcdsLotOutcomes {

    private OcdsLotOutcomes() {
    }

    /** Writes the outcomes onto {@code lots}; the sum of the active awards' values, null when none has one. */
    static BigDecimal read(OcdsRelease r, List<OcdsLot> lots, Map<String, OcdsParty> parties) {
            List<JsonNode> statistics = r.array("bids.statistics");
            for (int i = 0; i < statistics.size(); i++) {
                String path = "bids.statistics[" + i + "]";
                String measure = r.text(path + ".measure");
                Integer value = r.count(path + ".value");
                String relatedLot = r.text(path + ".relatedLot");
                if (value != null && "bids".equalsIgnoreCase(measure)) {
                    lots.stream().filter(lot -> relatedLot == null ? lots.size() == 1 : relatedLot.equals(lot.id))
                            .forEach(lot -> lot.bids = value);
                }
            }

            BigDecimal awardedTotal = null;
            List<JsonNode> awards = r.array("awards");
            Map<String, List<OcdsLot>> lotsOfAward = new HashMap<>();
            for (int i = 0; i < awards.size(); i++) {
                String path = "awards[" + i + "]";
                String status = r.text(path + ".status");
                BigDecimal value = r.value(path + ".value");
                LocalDate awardDate = r.date(path + ".date");
                List<String> related = r.strings(path + ".relatedLots");
                List<JsonNode> suppliers = r.array(path + ".suppliers");
                OcdsParty supplier = null;
                for (int j = 0; j < suppliers.size(); j++) {
                    OcdsParty named = OcdsParty.read(r, path + ".suppliers[" + j + "]");
                    if (supplier == null) {
                        OcdsParty full = named.id() == null ? null : parties.get(named.id());
                        supplier = full != null ? full : named;
                    }
                }
                if (status != null && !status.equalsIgnoreCase("active")) {
                    continue;
                }
                List<OcdsLot> forLots = related.isEmpty() ? (lots.size() == 1 ? lots : List.of())
                        : lots.stream().filter(lot -> related.contains(lot.id)).toList();
                for (OcdsLot lot : forLots) {
                    lot.awarded = true;
                    lot.contractValue = value;
                    lot.contractStart = awardDate;
                    if (supplier != null) {
                        lot.contractorName = supplier.name();
                        lot.contractorNip = supplier.nip();
                    }
                }
                String awardId = r.text(path + ".id");
                if (awardId != null) {
                    lotsOfAward.put(awardId, forLots);
                }
                if (value != null) {
                    awardedTotal = awardedTotal == null ? value : awardedTotal.add(value);
                }
            }
            List<JsonNode> contracts = r.array("contracts");
            for (int i = 0; i < contracts.size(); i++) {
                String path = "contracts[" + i + "]";
                String status = r.text(path + ".status");
                BigDecimal value = r.value(path + ".value");
                LocalDate start = r.date(path + ".period.startDate");
                LocalDate end = r.date(path + ".period.endDate");
                LocalDate signed = r.date(path + ".dateSigned");
                List<OcdsLot> forLots = lotsOfAward.getOrDefault(r.text(path + ".awardID"), List.of());
                if ("cancelled".equalsIgnoreCase(status)) {
                    continue;
                }
                for (OcdsLot lot : forLots) {
                    lot.contractValue = value != null ? value : lot.contractValue;
                    lot.contractStart = start != null ? start : signed != null ? signed : lot.contractStart;
                    lot.contractEnd = end;
                }
            }
        return awardedTotal;
    }
}
