package pl.koordynator.es.publicservices.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import pl.koordynator.es.publicservices.LotInput;
import pl.koordynator.es.publicservices.LotResult;
import pl.koordynator.es.publicservices.ProcurementInput;
import pl.koordynator.es.publicservices.ProcurementProcedure;
import pl.koordynator.es.publicservices.PublicBenefitArea;
import pl.koordynator.es.publicservices.PublicTaskInput;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.registry.TaxNumbers;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.territory.Territory;

/**
 * The rules of a procurement and of a public task that only the service can check, all at once:
 * each broken rule names its field ({@code lots[1].contractValue}, {@code cpvCodes[0]}) and nothing
 * is written. The register's facts of the buyer, contractors and winners are looked up here, so the
 * service writes what was checked.
 */
@Component
class ProcurementChecks {

    static final String PREFIX = "publicservices.core.";
    /** The public bodies that buy under the Public Procurement Law. */
    static final Set<Kind> BUYER_KINDS = EnumSet.of(Kind.JST, Kind.JSPS, Kind.IRP, Kind.OTHER);
    private static final Pattern CPV = Pattern.compile("\\d{8}-\\d");
    private static final Pattern GMINA = Pattern.compile("\\d{7}");
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final int MAX_LOTS = 100;
    /** What a numeric(16, 2) column holds. */
    private static final BigDecimal MAX_VALUE = new BigDecimal("99999999999999.99");

    private final Organisations organisations;
    private final Territory territory;
    private final ProcurementRepository procurements;

    ProcurementChecks(Organisations organisations, Territory territory, ProcurementRepository procurements) {
        this.organisations = organisations;
        this.territory = territory;
        this.procurements = procurements;
    }

    /** Who a contract went to, with what the register says of them at the contract's start. */
    record Contractor(Long id, String name, String nip, boolean pes, boolean socialEnterprise) {

        static final Contractor NONE = new Contractor(null, null, null, false, false);
    }

    record CheckedLot(LotInput lot, String title, Contractor contractor) {
    }

    record CheckedProcurement(OrganisationView buyer, String title, String noticeNumber, String ocdsId,
            List<String> cpvCodes, BigDecimal estimatedValue, BigDecimal awardedValue, String valueComment,
            ProcurementProcedure procedure, LocalDate noticeDate, LocalDate bidDeadline, String gminaTeryt,
            List<CheckedLot> lots) {
    }

    record CheckedTask(OrganisationView jst, String callTitle, String callNumber, PublicBenefitArea area,
            LocalDate callDate, LocalDate offerDeadline, BigDecimal amount, Contractor winner, LocalDate periodStart,
            LocalDate periodEnd) {
    }

    /** The buyer of a procurement: a public body of the register, else a problem on {@code buyerId}. */
    OrganisationView buyer(Long buyerId) {
        if (buyerId == null) {
            throw InvalidInputException.of("buyerId", PREFIX + "buyer.required");
        }
        OrganisationView buyer = organisations.find(buyerId)
                .orElseThrow(() -> InvalidInputException.of("buyerId", PREFIX + "buyer.unknown"));
        if (!BUYER_KINDS.contains(buyer.kind())) {
            throw InvalidInputException.of("buyerId", PREFIX + "buyer.notPublic");
        }
        return buyer;
    }

    /** The JST of a public task: a JST of the register, else a problem on {@code jstId}. */
    OrganisationView jst(Long jstId) {
        if (jstId == null) {
            throw InvalidInputException.of("jstId", PREFIX + "jst.required");
        }
        OrganisationView jst = organisations.find(jstId)
                .orElseThrow(() -> InvalidInputException.of("jstId", PREFIX + "jst.unknown"));
        if (jst.kind() != Kind.JST) {
            throw InvalidInputException.of("jstId", PREFIX + "jst.notJst");
        }
        return jst;
    }

    /** {@code selfId}: the procurement being replaced (its own numbers are no duplicates); null for a new one. */
    CheckedProcurement check(ProcurementInput input, OrganisationView buyer, Long selfId, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = text(input.title());
        if (title == null || title.length() < 3 || title.length() > 500) {
            problems.add(new FieldProblem("title", PREFIX + "title.invalid"));
        }
        String noticeNumber = text(input.noticeNumber());
        if (noticeNumber != null && noticeNumber.length() > 60) {
            problems.add(new FieldProblem("noticeNumber", PREFIX + "noticeNumber.tooLong"));
        } else if (noticeNumber != null && procurements.idByNoticeNumber(noticeNumber)
                .filter(id -> !id.equals(selfId)).isPresent()) {
            problems.add(new FieldProblem("noticeNumber", PREFIX + "noticeNumber.taken"));
        }
        String ocdsId = text(input.ocdsId());
        if (ocdsId != null && ocdsId.length() > 120) {
            problems.add(new FieldProblem("ocdsId", PREFIX + "ocdsId.tooLong"));
        } else if (ocdsId != null && procurements.idByOcdsId(ocdsId).filter(id -> !id.equals(selfId)).isPresent()) {
            problems.add(new FieldProblem("ocdsId", PREFIX + "ocdsId.taken"));
        }
        Set<String> cpvCodes = new LinkedHashSet<>();
        for (int i = 0; i < input.cpvCodes().size(); i++) {
            String code = text(input.cpvCodes().get(i));
            if (code == null || !CPV.matcher(code).matches()) {
                problems.add(new FieldProblem("cpvCodes[" + i + "]", PREFIX + "cpv.invalid"));
            } else {
                cpvCodes.add(code);
            }
        }
        notNegative(input.estimatedValue(), "estimatedValue", problems);
        notNegative(input.awardedValue(), "awardedValue", problems);
        String valueComment = text(input.valueComment());
        if (valueComment != null && valueComment.length() > 1000) {
            problems.add(new FieldProblem("valueComment", PREFIX + "valueComment.tooLong"));
        }
        if (input.awardedValue() != null && input.estimatedValue() != null && valueComment == null
                && input.awardedValue().compareTo(input.estimatedValue().multiply(TEN)) > 0) {
            problems.add(new FieldProblem("awardedValue", PREFIX + "awardedValue.tooHigh"));
        }
        if (input.procedure() == null) {
            problems.add(new FieldProblem("procedure", PREFIX + "procedure.required"));
        }
        if (input.noticeDate() == null) {
            problems.add(new FieldProblem("noticeDate", PREFIX + "noticeDate.required"));
        } else if (input.bidDeadline() != null && input.bidDeadline().isBefore(input.noticeDate())) {
            problems.add(new FieldProblem("bidDeadline", PREFIX + "bidDeadline.beforeNotice"));
        }
        String gminaTeryt = text(input.gminaTeryt());
        if (gminaTeryt == null) {
            gminaTeryt = buyer.gminaTeryt();
        } else if (!GMINA.matcher(gminaTeryt).matches() || territory.gmina(gminaTeryt).isEmpty()) {
            problems.add(new FieldProblem("gminaTeryt", PREFIX + "gmina.invalid"));
        }
        List<CheckedLot> lots = lots(input.lots(), today, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CheckedProcurement(buyer, title, noticeNumber, ocdsId, List.copyOf(cpvCodes),
                input.estimatedValue(), input.awardedValue(), valueComment, input.procedure(), input.noticeDate(),
                input.bidDeadline(), gminaTeryt, lots);
    }

    private List<CheckedLot> lots(List<LotInput> lots, LocalDate today, List<FieldProblem> problems) {
        if (lots.isEmpty()) {
            problems.add(new FieldProblem("lots", PREFIX + "lots.required"));
            return List.of();
        }
        if (lots.size() > MAX_LOTS) {
            problems.add(new FieldProblem("lots", PREFIX + "lots.tooMany", new Object[] {MAX_LOTS}));
            return List.of();
        }
        List<CheckedLot> checked = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        for (int i = 0; i < lots.size(); i++) {
            LotInput lot = lots.get(i);
            String field = "lots[" + i + "].";
            if (lot == null) {
                problems.add(new FieldProblem("lots[" + i + "]", PREFIX + "lot.required"));
                continue;
            }
            if (lot.number() == null || lot.number() < 1) {
                problems.add(new FieldProblem(field + "number", PREFIX + "lot.number.invalid"));
            } else if (!numbers.add(lot.number())) {
                problems.add(new FieldProblem(field + "number", PREFIX + "lot.number.duplicate"));
            }
            String title = text(lot.title());
            if (title != null && title.length() > 500) {
                problems.add(new FieldProblem(field + "title", PREFIX + "lot.title.tooLong"));
            }
            notNegative(lot.estimatedValue(), field + "estimatedValue", problems);
            notNegative(lot.contractValue(), field + "contractValue", problems);
            employment(lot, field, problems);
            if (lot.socialCriterionWeight() != null && (lot.socialCriterionWeight().signum() <= 0
                    || lot.socialCriterionWeight().compareTo(HUNDRED) > 0)) {
                problems.add(new FieldProblem(field + "socialCriterionWeight", PREFIX + "lot.weight.invalid"));
            }
            if (lot.bidsReceived() != null && lot.bidsReceived() < 0) {
                problems.add(new FieldProblem(field + "bidsReceived", PREFIX + "lot.bids.invalid"));
            }
            if (lot.personsEmployed() != null && lot.personsEmployed() < 0) {
                problems.add(new FieldProblem(field + "personsEmployed", PREFIX + "lot.personsEmployed.invalid"));
            }
            if (lot.contractStart() != null && lot.contractEnd() != null
                    && lot.contractEnd().isBefore(lot.contractStart())) {
                problems.add(new FieldProblem(field + "contractEnd", PREFIX + "lot.contractEnd.beforeStart"));
            }
            checked.add(new CheckedLot(lot, title, contractor(lot, field, today, problems)));
        }
        return checked;
    }

    private static void employment(LotInput lot, String field, List<FieldProblem> problems) {
        if (lot.employmentArt96Group() != null) {
            if (lot.employmentArt96Persons() == null || lot.employmentArt96Persons() < 1) {
                problems.add(new FieldProblem(field + "employmentArt96Persons", PREFIX + "lot.art96.persons"));
            }
            if (lot.employmentArt96Months() == null || lot.employmentArt96Months() < 1) {
                problems.add(new FieldProblem(field + "employmentArt96Months", PREFIX + "lot.art96.months"));
            }
        } else if (lot.employmentArt96Persons() != null || lot.employmentArt96Months() != null) {
            problems.add(new FieldProblem(field + "employmentArt96Group", PREFIX + "lot.art96.group"));
        }
    }

    /** The lot's contractor: an AWARDED lot needs one and a value; a pending or cancelled one has no contract. */
    private Contractor contractor(LotInput lot, String field, LocalDate today, List<FieldProblem> problems) {
        String name = text(lot.contractorName());
        String rawNip = text(lot.contractorNip());
        boolean hasContract = lot.contractorId() != null || name != null || rawNip != null
                || lot.contractValue() != null || lot.contractStart() != null || lot.contractEnd() != null;
        if (lot.result() != LotResult.AWARDED) {
            if (hasContract) {
                problems.add(new FieldProblem(field + "result", PREFIX + "lot.contractWithoutAward"));
            }
            return Contractor.NONE;
        }
        if (lot.contractorId() == null && name == null) {
            problems.add(new FieldProblem(field + "contractorName", PREFIX + "lot.contractor.required"));
        }
        if (lot.contractValue() == null) {
            problems.add(new FieldProblem(field + "contractValue", PREFIX + "lot.contractValue.required"));
        }
        if (name != null && name.length() > 500) {
            problems.add(new FieldProblem(field + "contractorName", PREFIX + "lot.contractorName.tooLong"));
        }
        LocalDate on = lot.contractStart() != null ? lot.contractStart() : today;
        return party(lot.contractorId(), name, rawNip, on, field + "contractorId", field + "contractorNip", problems);
    }

    /**
     * A contractor or winner: one of the register (its name, NIP and status copied), else the name and
     * NIP typed, linked to the register when exactly one open organisation has that name and NIP.
     */
    private Contractor party(Long id, String name, String rawNip, LocalDate on, String idField, String nipField,
            List<FieldProblem> problems) {
        String nip = null;
        if (rawNip != null) {
            Optional<String> valid = TaxNumbers.nip(rawNip);
            if (valid.isEmpty()) {
                problems.add(new FieldProblem(nipField, PREFIX + "nip.invalid"));
            } else {
                nip = valid.get();
            }
        }
        if (id != null) {
            Optional<OrganisationView> organisation = organisations.find(id);
            if (organisation.isEmpty()) {
                problems.add(new FieldProblem(idField, PREFIX + "organisation.unknown"));
                return Contractor.NONE;
            }
            return facts(organisation.get(), on);
        }
        if (name == null) {
            return Contractor.NONE;
        }
        if (nip != null) {
            String typedNip = nip;
            List<OrganisationView> same = organisations.namedExactly(name).stream()
                    .filter(organisation -> typedNip.equals(organisation.nip())).toList();
            if (same.size() == 1) {
                return facts(same.get(0), on);
            }
        }
        return new Contractor(null, name, nip, false, false);
    }

    private static Contractor facts(OrganisationView organisation, LocalDate on) {
        boolean socialEnterprise = organisation.socialEnterpriseSince() != null
                && !organisation.socialEnterpriseSince().isAfter(on)
                && (organisation.socialEnterpriseUntil() == null || !organisation.socialEnterpriseUntil().isBefore(on));
        return new Contractor(organisation.id(), organisation.name(), organisation.nip(), organisation.kind().isPes(),
                socialEnterprise);
    }

    CheckedTask check(PublicTaskInput input, OrganisationView jst, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String callTitle = text(input.callTitle());
        if (callTitle == null || callTitle.length() < 3 || callTitle.length() > 500) {
            problems.add(new FieldProblem("callTitle", PREFIX + "title.invalid"));
        }
        String callNumber = text(input.callNumber());
        if (callNumber != null && callNumber.length() > 60) {
            problems.add(new FieldProblem("callNumber", PREFIX + "callNumber.tooLong"));
        }
        if (input.area() == null) {
            problems.add(new FieldProblem("area", PREFIX + "area.required"));
        }
        if (input.callDate() == null) {
            problems.add(new FieldProblem("callDate", PREFIX + "callDate.required"));
        } else if (input.offerDeadline() != null && input.offerDeadline().isBefore(input.callDate())) {
            problems.add(new FieldProblem("offerDeadline", PREFIX + "offerDeadline.beforeCall"));
        }
        if (input.amount() == null) {
            problems.add(new FieldProblem("amount", PREFIX + "amount.required"));
        } else {
            notNegative(input.amount(), "amount", problems);
        }
        if (input.periodStart() != null && input.periodEnd() != null && input.periodEnd().isBefore(input.periodStart())) {
            problems.add(new FieldProblem("periodEnd", PREFIX + "periodEnd.beforeStart"));
        }
        String winnerName = text(input.winnerName());
        if (winnerName != null && winnerName.length() > 500) {
            problems.add(new FieldProblem("winnerName", PREFIX + "lot.contractorName.tooLong"));
        }
        LocalDate on = input.periodStart() != null ? input.periodStart() : today;
        Contractor winner = party(input.winnerId(), winnerName, text(input.winnerNip()), on, "winnerId", "winnerNip",
                problems);
        if (winner.id() == null && winner.name() == null && winner.nip() != null) {
            problems.add(new FieldProblem("winnerName", PREFIX + "winner.nameRequired"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CheckedTask(jst, callTitle, callNumber, input.area(), input.callDate(), input.offerDeadline(),
                input.amount(), winner, input.periodStart(), input.periodEnd());
    }

    private static void notNegative(BigDecimal value, String field, List<FieldProblem> problems) {
        if (value != null && value.signum() < 0) {
            problems.add(new FieldProblem(field, PREFIX + "value.negative"));
        } else if (value != null && value.compareTo(MAX_VALUE) > 0) {
            problems.add(new FieldProblem(field, PREFIX + "value.tooHigh"));
        }
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
