package pl.koordynator.es.publicservices.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import pl.koordynator.es.catalogue.AreaScope;
import pl.koordynator.es.publicservices.MatchReason;
import pl.koordynator.es.publicservices.ReservedFor;
import pl.koordynator.es.registry.Kind;

/**
 * Whether a PES can deliver an opportunity and how well, without a database: the rules of matching in
 * one place. A PES matches when one of the things it delivers (a published offer or its declared
 * capacity) has the subject (the same CPV division as one of the procurement's codes, or a catalogue
 * category its codes or the call's area map to) and covers the gmina of performance (its gminas, their
 * powiat, the region or the country; the PES's own seat gmina always counts), and at least one lot is
 * open to it: a reservation it qualifies for, an estimate not above its declared largest value.
 * Points rank the matches: the same CPV group beats the same division, which beats a category; a seat
 * in the gmina beats an area covering it; PS status and a lot reserved for it add.
 */
final class MatchingRules {

    static final int CPV_GROUP = 40;
    static final int CPV_DIVISION = 30;
    static final int CATEGORY = 20;
    static final int SEAT_IN_GMINA = 25;
    static final int AREA = 10;
    static final int SOCIAL_ENTERPRISE = 15;
    static final int RESERVED = 20;

    /** Who may bid for a call of a public task: NGOs and the entities art. 3(3) of the Act treats alike. */
    private static final Set<Kind> OPEN_CALL_KINDS = EnumSet.of(Kind.NGO, Kind.CHURCH_ENTITY, Kind.SOCIAL_COOPERATIVE,
            Kind.NONPROFIT_COMPANY);
    /** Art. 361: reserved social services for organisations pursuing a public-service mission, not profit. */
    private static final Set<Kind> ART361_KINDS = EnumSet.of(Kind.NGO, Kind.NONPROFIT_COMPANY,
            Kind.SOCIAL_COOPERATIVE);

    private MatchingRules() {
    }

    /** Something a PES delivers: a published offer or its declared capacity. */
    record Delivery(Set<String> categories, Set<String> cpvCodes, AreaScope scope, List<String> teryts) {
    }

    /** A PES that may be matched. {@code maxValue} null when not declared. */
    record Candidate(long id, String name, Kind kind, String seatGmina, boolean socialEnterprise,
            List<Delivery> deliveries, BigDecimal maxValue) {
    }

    /** A lot as matching sees it; {@code estimate} null when unknown. */
    record Lot(int number, ReservedFor reservedFor, boolean reservedArt361, BigDecimal estimate) {
    }

    /**
     * What is asked: CPV codes (none for a call), the categories they or the area map to, the gmina of
     * performance (null when unknown), the lots, and whether it is an open call for NGOs.
     */
    record Target(List<String> cpvCodes, Set<String> categories, String gmina, List<Lot> lots, boolean openCall) {
    }

    record Result(long id, String name, Kind kind, int score, List<MatchReason> reasons, List<Integer> lots) {
    }

    /** The matching candidates, best first (then by name). {@code parents}: a subcategory's top category. */
    static List<Result> rank(Target target, List<Candidate> candidates, Map<String, String> parents) {
        List<Result> results = new ArrayList<>();
        for (Candidate candidate : candidates) {
            match(target, candidate, parents).ifPresent(results::add);
        }
        results.sort(Comparator.comparingInt(Result::score).reversed().thenComparing(Result::name,
                String.CASE_INSENSITIVE_ORDER).thenComparingLong(Result::id));
        return results;
    }

    static Optional<Result> match(Target target, Candidate candidate, Map<String, String> parents) {
        if (candidate.kind() == null || !candidate.kind().isPes()) {
            return Optional.empty();
        }
        if (target.openCall() && !OPEN_CALL_KINDS.contains(candidate.kind())) {
            return Optional.empty();
        }
        boolean seat = target.gmina() != null && target.gmina().equals(candidate.seatGmina());
        MatchReason subject = null;
        int subjectPoints = 0;
        MatchReason area = null;
        int bestPoints = -1;
        for (Delivery delivery : candidate.deliveries()) {
            if (!seat && !covers(delivery, target.gmina())) {
                continue;
            }
            Subject found = subject(target, delivery, parents);
            if (found == null) {
                continue;
            }
            int points = found.points() + (seat ? SEAT_IN_GMINA : AREA);
            if (points > bestPoints) {
                bestPoints = points;
                subject = found.reason();
                subjectPoints = found.points();
                area = seat ? MatchReason.of("SEAT_IN_GMINA") : MatchReason.of("AREA", delivery.scope().name());
            }
        }
        if (subject == null) {
            return Optional.empty();
        }
        List<Integer> lots = new ArrayList<>();
        MatchReason reserved = null;
        for (Lot lot : target.lots()) {
            if (!qualifies(lot, candidate)) {
                continue;
            }
            lots.add(lot.number());
            if (reserved == null && (lot.reservedFor() != null || lot.reservedArt361())) {
                reserved = MatchReason.of("RESERVED",
                        lot.reservedFor() != null ? lot.reservedFor().name() : "ART361");
            }
        }
        if (lots.isEmpty()) {
            return Optional.empty();
        }
        List<MatchReason> reasons = new ArrayList<>(List.of(subject, area));
        int score = subjectPoints + (seat ? SEAT_IN_GMINA : AREA);
        if (candidate.socialEnterprise()) {
            reasons.add(MatchReason.of("SOCIAL_ENTERPRISE"));
            score += SOCIAL_ENTERPRISE;
        }
        if (reserved != null) {
            reasons.add(reserved);
            score += RESERVED;
        }
        return Optional.of(new Result(candidate.id(), candidate.name(), candidate.kind(), score, reasons,
                target.openCall() ? List.of() : lots));
    }

    private record Subject(MatchReason reason, int points) {
    }

    private static Subject subject(Target target, Delivery delivery, Map<String, String> parents) {
        for (String cpv : delivery.cpvCodes()) {
            String group = CpvCategories.group(cpv);
            for (String asked : target.cpvCodes()) {
                if (group != null && group.equals(CpvCategories.group(asked))) {
                    return new Subject(MatchReason.of("CPV_GROUP", group), CPV_GROUP);
                }
            }
        }
        for (String cpv : delivery.cpvCodes()) {
            String division = CpvCategories.division(cpv);
            for (String asked : target.cpvCodes()) {
                if (division != null && division.equals(CpvCategories.division(asked))) {
                    return new Subject(MatchReason.of("CPV_DIVISION", division), CPV_DIVISION);
                }
            }
        }
        for (String asked : target.categories()) {
            for (String delivered : delivery.categories()) {
                if (asked.equals(delivered) || asked.equals(parents.get(delivered))
                        || delivered.equals(parents.get(asked))) {
                    return new Subject(MatchReason.of("CATEGORY", asked), CATEGORY);
                }
            }
        }
        return null;
    }

    /** Whether a delivery's area covers the gmina; an unknown gmina is covered by the region and the country only. */
    static boolean covers(Delivery delivery, String gmina) {
        return switch (delivery.scope()) {
            case COUNTRY, REGION -> true;
            case GMINAS -> gmina != null && delivery.teryts().contains(gmina);
            case POWIATS -> gmina != null && gmina.length() >= 4 && delivery.teryts().contains(gmina.substring(0, 4));
        };
    }

    static boolean qualifies(Lot lot, Candidate candidate) {
        if (lot.reservedFor() != null && !qualifies(lot.reservedFor(), candidate.kind(), candidate.socialEnterprise())) {
            return false;
        }
        if (lot.reservedArt361() && !(ART361_KINDS.contains(candidate.kind()) || candidate.socialEnterprise())) {
            return false;
        }
        return candidate.maxValue() == null || lot.estimate() == null
                || lot.estimate().compareTo(candidate.maxValue()) <= 0;
    }

    /** Art. 94: who a reserved lot is open to. */
    static boolean qualifies(ReservedFor reservedFor, Kind kind, boolean socialEnterprise) {
        return switch (reservedFor) {
            case SOCIAL_COOPERATIVES -> kind == Kind.SOCIAL_COOPERATIVE;
            case REINTEGRATION_UNITS -> kind == Kind.CIS || kind == Kind.KIS;
            case SHELTERED_EMPLOYERS -> kind == Kind.ZAZ || kind == Kind.DISABLED_COOPERATIVE;
            case SOCIAL_ENTERPRISES -> socialEnterprise;
            case INTEGRATION_ENTITIES -> socialEnterprise || kind == Kind.SOCIAL_COOPERATIVE || kind == Kind.CIS
                    || kind == Kind.KIS || kind == Kind.ZAZ || kind == Kind.DISABLED_COOPERATIVE;
        };
    }
}
