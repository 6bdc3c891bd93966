package pl.koordynator.es.reintegration.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import pl.koordynator.es.privacy.PersonIdentity;
import pl.koordynator.es.reintegration.LegalBasis;
import pl.koordynator.es.reintegration.ProgrammeKind;
import pl.koordynator.es.reintegration.ReferralInput;
import pl.koordynator.es.reintegration.ReferralView;
import pl.koordynator.es.reintegration.RiskGroup;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/**
 * The rules of a new referral, all checked at once: every broken rule names its field and nothing is
 * written. The person's identity is turned into the person key here and goes nowhere else: a
 * {@link CheckedReferral} carries only the key.
 */
@Component
class ReferralChecks {

    static final String PREFIX = "reintegration.error.";
    /** The problem of a text holding a PESEL: pages never show such a text again. */
    static final String IDENTIFYING_DATA = PREFIX + "identifyingData";
    static final int REFERENCE_LENGTH = 100;
    static final int NOTES_LENGTH = 2000;
    static final int REASON_LENGTH = 1000;
    static final int FIRST_YEAR = 2000;

    /** Digits in groups joined by single spaces, hyphens or dots: how a PESEL is typed inside a text. */
    private static final Pattern DIGIT_GROUPS = Pattern.compile("(?<![\\d])\\d+(?:[ .\\-]\\d+)*(?![\\d])");
    private static final Pattern PERSON_KEY = Pattern.compile("[0-9a-f]{64}");

    private final ReintegrationAccess access;
    private final ReintegrationPersonKeys keys;

    ReferralChecks(ReintegrationAccess access, ReintegrationPersonKeys keys) {
        this.access = access;
        this.keys = keys;
    }

    /** A new referral as checked: the person only by key, both parties as the register names them today. */
    record CheckedReferral(String personKey, ReferralView.Party sender, ReferralView.Party receiver,
            List<RiskGroup> riskGroups, LegalBasis legalBasis, LocalDate referredOn, ProgrammeKind programmeKind,
            String programmeReference, LocalDate programmeStart, LocalDate programmeEnd, String notes) {

        @Override
        public String toString() {
            return "CheckedReferral[sender=" + sender.id() + ", receiver=" + receiver.id() + "]";
        }
    }

    /**
     * The input's problems first (400, the same for everyone: they reveal nothing), then the caller's right
     * to send (403 for a caller who sends for no organisation), then the receiver being another organisation.
     */
    CheckedReferral check(ReferralInput input) {
        if (input == null) {
            throw InvalidInputException.of("receiverId", PREFIX + "receiver.required");
        }
        LocalDate today = access.today();
        List<FieldProblem> problems = new ArrayList<>();
        String personKey = null;
        try {
            personKey = keys.keyOf(PersonIdentity.of(input.personPesel(), input.personSurname(),
                    input.personBirthDate(), today));
        } catch (InvalidInputException badIdentity) {
            problems.addAll(badIdentity.problems());
        }
        ReferralView.Party receiver = null;
        if (input.receiverId() == null) {
            problems.add(new FieldProblem("receiverId", PREFIX + "receiver.required"));
        } else {
            receiver = access.receivingParty(input.receiverId()).orElse(null);
            if (receiver == null) {
                problems.add(new FieldProblem("receiverId", PREFIX + "receiver.notUnit"));
            }
        }
        List<RiskGroup> riskGroups = List.of();
        if (input.riskGroups() == null || input.riskGroups().isEmpty()) {
            problems.add(new FieldProblem("riskGroups", PREFIX + "riskGroups.required"));
        } else if (input.riskGroups().stream().anyMatch(java.util.Objects::isNull)) {
            problems.add(new FieldProblem("riskGroups", PREFIX + "riskGroups.invalid"));
        } else {
            riskGroups = List.copyOf(new LinkedHashSet<>(input.riskGroups()));
        }
        if (input.legalBasis() == null) {
            problems.add(new FieldProblem("legalBasis", PREFIX + "legalBasis.required"));
        }
        if (input.referredOn() == null) {
            problems.add(new FieldProblem("referredOn", PREFIX + "referredOn.required"));
        } else if (input.referredOn().isAfter(today)) {
            problems.add(new FieldProblem("referredOn", PREFIX + "date.future"));
        } else if (input.referredOn().getYear() < FIRST_YEAR) {
            problems.add(new FieldProblem("referredOn", PREFIX + "date.tooOld", new Object[] {FIRST_YEAR}));
        }
        if (input.programmeStart() != null && input.programmeStart().getYear() < FIRST_YEAR) {
            problems.add(new FieldProblem("programmeStart", PREFIX + "date.tooOld", new Object[] {FIRST_YEAR}));
        }
        if (input.programmeEnd() != null && input.programmeEnd().getYear() > today.getYear() + 10) {
            problems.add(new FieldProblem("programmeEnd", PREFIX + "date.tooFar"));
        }
        if (input.programmeStart() != null && input.programmeEnd() != null
                && input.programmeEnd().isBefore(input.programmeStart())) {
            problems.add(new FieldProblem("programmeEnd", PREFIX + "programmeEnd.beforeStart"));
        }
        String reference = text(input.programmeReference());
        checkFreeText("programmeReference", reference, REFERENCE_LENGTH, problems);
        String notes = text(input.notes());
        checkFreeText("notes", notes, NOTES_LENGTH, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ReferralView.Party sender = access.sendingParty().orElseThrow(() -> new AccessDeniedException(
                "only users of a social assistance unit, a labour office or a reintegration unit send referrals"));
        if (receiver.id() == sender.id()) {
            throw InvalidInputException.of("receiverId", PREFIX + "receiver.self");
        }
        return new CheckedReferral(personKey, sender, receiver, riskGroups, input.legalBasis(), input.referredOn(),
                input.programmeKind(), reference, input.programmeStart(), input.programmeEnd(), notes);
    }

    /**
     * A text the parties type: without a PESEL in it (the form asks for no identifying data), and within its
     * length. A PESEL is looked for first, whatever the length, so that a too long text holding one is named
     * as identifying data and the page does not show it again.
     */
    static void checkFreeText(String field, String value, int maxLength, List<FieldProblem> problems) {
        if (value == null) {
            return;
        }
        if (containsPesel(value)) {
            problems.add(new FieldProblem(field, IDENTIFYING_DATA));
        } else if (value.length() > maxLength) {
            problems.add(new FieldProblem(field, PREFIX + "tooLong", new Object[] {maxLength}));
        }
    }

    /** Whether the text holds 11 digits (typed together or in groups) that make a valid PESEL. */
    static boolean containsPesel(String text) {
        Matcher groups = DIGIT_GROUPS.matcher(text);
        while (groups.find()) {
            String digits = groups.group().replaceAll("[ .\\-]", "");
            if (digits.length() == 11 && PersonIdentity.validPesel(digits)) {
                return true;
            }
            for (String run : groups.group().split("[ .\\-]")) {
                if (run.length() == 11 && PersonIdentity.validPesel(run)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A person key as a filter: 64 hexadecimal characters, any case; null when blank. */
    static String personKey(String value) {
        String key = text(value);
        if (key == null) {
            return null;
        }
        key = key.toLowerCase(java.util.Locale.ROOT);
        if (!PERSON_KEY.matcher(key).matches()) {
            throw InvalidInputException.of("personKey", PREFIX + "personKey.invalid");
        }
        return key;
    }

    static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
