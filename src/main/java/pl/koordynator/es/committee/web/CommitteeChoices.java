package pl.koordynator.es.committee.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.OrganisationOption;
import pl.koordynator.es.shared.PickedOrganisation;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * What the committee's forms share: dates typed as dd.MM.yyyy (or ISO from a date input), times
 * as HH:mm in the region's zone, and the organisation picker's suggestions. A value that does not
 * parse becomes a problem named after its field, collected so that one submit lists them all.
 */
@Component
class CommitteeChoices {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** 31.02 is a typing error, not the last day of February. */
    private static final DateTimeFormatter STRICT_DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Organisations organisations;
    private final PlatformSettings settings;
    private final UserAccounts users;

    CommitteeChoices(Organisations organisations, PlatformSettings settings, UserAccounts users) {
        this.organisations = organisations;
        this.settings = settings;
        this.users = users;
    }

    /** Problems found while reading a form, thrown together before anything is saved. */
    static final class Problems {

        private final List<FieldProblem> found = new ArrayList<>();

        LocalDate day(String field, String text, boolean required) {
            if (text == null || text.isBlank()) {
                if (required) {
                    found.add(new FieldProblem(field, "committee.admin.error.required"));
                }
                return null;
            }
            String value = text.strip();
            try {
                return value.contains("-") ? LocalDate.parse(value) : LocalDate.parse(value, STRICT_DAY);
            } catch (DateTimeParseException wrong) {
                found.add(new FieldProblem(field, "committee.admin.error.date"));
                return null;
            }
        }

        LocalTime time(String field, String text, boolean required) {
            if (text == null || text.isBlank()) {
                if (required) {
                    found.add(new FieldProblem(field, "committee.admin.error.required"));
                }
                return null;
            }
            try {
                return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip(), TIME);
            } catch (DateTimeParseException wrong) {
                found.add(new FieldProblem(field, "committee.admin.error.time"));
                return null;
            }
        }

        Integer number(String field, String text, boolean required) {
            if (text == null || text.isBlank()) {
                if (required) {
                    found.add(new FieldProblem(field, "committee.admin.error.required"));
                }
                return null;
            }
            try {
                int value = Integer.parseInt(text.strip());
                if (value < 0) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException wrong) {
                found.add(new FieldProblem(field, "committee.admin.error.number"));
                return null;
            }
        }

        <E extends Enum<E>> E choice(String field, Class<E> type, String text, boolean required) {
            if (text == null || text.isBlank()) {
                if (required) {
                    found.add(new FieldProblem(field, "committee.admin.error.choose"));
                }
                return null;
            }
            try {
                return Enum.valueOf(type, text.strip());
            } catch (IllegalArgumentException wrong) {
                found.add(new FieldProblem(field, "committee.admin.error.choose"));
                return null;
            }
        }

        void add(String field, String messageKey) {
            found.add(new FieldProblem(field, messageKey));
        }

        void throwIfAny() {
            if (!found.isEmpty()) {
                throw new InvalidInputException(found);
            }
        }
    }

    OffsetDateTime at(LocalDate day, LocalTime time) {
        return day == null || time == null ? null : day.atTime(time).atZone(settings.timeZone()).toOffsetDateTime();
    }

    static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
    }

    String day(OffsetDateTime moment) {
        return moment == null ? null : DAY.format(moment.atZoneSameInstant(settings.timeZone()));
    }

    String time(OffsetDateTime moment) {
        return moment == null ? null : TIME.format(moment.atZoneSameInstant(settings.timeZone()));
    }

    /** What the organisation picker offers for a text of two letters or more. */
    List<OrganisationOption> organisationsNamed(String text) {
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        return organisations.named(text.strip(), 10).stream()
                .map(o -> new OrganisationOption(o.id(), o.name(), o.kind().name(), o.town())).toList();
    }

    /** The organisation a picker sent: its id while the box holds its name, else the typed name looked up. */
    Long picked(Long id, String typedName) {
        return PickedOrganisation.resolve(id, typedName, known -> organisations.find(known).map(o -> o.name()),
                text -> organisations.named(text, 50).stream()
                        .map(o -> new PickedOrganisation.Candidate(o.id(), o.name())).toList());
    }

    String organisationName(Long id) {
        return id == null || id < 0 ? null : organisations.find(id).map(o -> o.name()).orElse(null);
    }

    /**
     * The account a member form names by its user name (ROPS know logins, not database numbers):
     * null when left empty; an unknown name or an account that is not a committee member's is a
     * problem on the field.
     */
    Long account(String field, String username, Problems problems) {
        if (username == null || username.isBlank()) {
            return null;
        }
        Optional<UserView> account = users.findByUsername(username.strip());
        if (account.isEmpty()) {
            problems.add(field, "committee.admin.error.username.unknown");
            return null;
        }
        if (account.get().role() != Role.COMMITTEE) {
            problems.add(field, "committee.admin.error.username.notCommittee");
            return null;
        }
        return account.get().id();
    }

    String username(Long userId) {
        return userId == null ? null : users.find(userId).map(UserView::username).orElse(null);
    }
}
