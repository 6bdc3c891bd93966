package pl.koordynator.es.registry.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;


import pl.koordynator.es.registry.domain.OrganisationImportColumns.Converted;
import pl.koordynator.es.registry.domain.OrganisationImportColumns.Mapping;
import pl.koordynator.es.registry.domain.OrganisationImportFile.ImportRow;
import pl.koordynator.es.registry.domain.OrganisationImportReport.RowError;
import pl.koordynator.es.registry.domain.OrganisationRepository.Holder;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/**
 * Checks the rows of one import, one after another: cells converted, the register's rules, the
 * numbers already in the register or earlier in the file, and the importer's scope. It holds
 * what it has seen so far, so one instance serves exactly one pass over one file.
 */
final class OrganisationImportCheck {

    /** A row's outcome: the organisation to store when {@code errors} is empty. */
    record Result(CheckedOrganisation organisation, List<RowError> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    private static final List<String> NUMBERS = List.of("nip", "regon", "krs");

    private final OrganisationImportColumns columns;
    private final Mapping mapping;
    private final OrganisationRules rules;
    private final RegistryAccess access;
    private final Caller caller;
    private final Map<String, Map<String, Holder>> existing;
    private final Map<String, Map<String, Integer>> seen = new HashMap<>();
    private final Function<String, Long> owesOfGmina;

    OrganisationImportCheck(OrganisationImportColumns columns, Mapping mapping, OrganisationRules rules,
            RegistryAccess access, Caller caller, Map<String, Map<String, Holder>> existing,
            Function<String, Long> owesOfGmina) {
        this.owesOfGmina = owesOfGmina;
        this.columns = columns;
        this.mapping = mapping;
        this.rules = rules;
        this.access = access;
        this.caller = caller;
        this.existing = existing;
        NUMBERS.forEach(number -> seen.put(number, new HashMap<>()));
    }

    Result check(ImportRow row) {
        Converted converted = columns.convert(row, mapping);
        List<RowError> errors = new ArrayList<>();
        Set<String> unconverted = new HashSet<>();
        for (FieldProblem problem : converted.problems()) {
            unconverted.add(problem.field());
            errors.add(error(row, problem.field(), problem.messageKey()));
        }
        OrganisationRules.Outcome outcome = rules.check(converted.input(), null);
        Set<String> failed = new HashSet<>(unconverted);
        for (FieldProblem problem : outcome.problems()) {
            // a cell that could not be read is reported once, not again as "required"
            if (!unconverted.contains(problem.field())) {
                errors.add(error(row, problem.field(), problem.messageKey()));
                failed.add(problem.field());
            }
        }
        CheckedOrganisation organisation = outcome.organisation();
        duplicates(row, organisation, errors);
        if (!failed.contains("kind") && !failed.contains("gminaTeryt") && organisation.kind() != null
                && !access.mayCreate(caller, organisation.kind(), organisation.gminaTeryt())) {
            errors.add(organisation.kind().isPes() ? error(row, "gminaTeryt", "registryimport.row.outsideSubregion")
                    : error(row, "kind", "registryimport.row.onlyPes"));
        }
        if (errors.isEmpty()) {
            remember(row, organisation);
        }
        return new Result(organisation, List.copyOf(errors));
    }

    /** The OWES chosen by hand, else the OWES of the subregion the gmina lies in, as the register derives it. */
    Long servingOwes(CheckedOrganisation organisation) {
        if (organisation.owesId() != null) {
            return organisation.owesId();
        }
        return organisation.gminaTeryt() == null ? null : owesOfGmina.apply(organisation.gminaTeryt());
    }

    private void duplicates(ImportRow row, CheckedOrganisation organisation, List<RowError> errors) {
        for (String number : NUMBERS) {
            String value = value(organisation, number);
            if (value == null) {
                continue;
            }
            Holder holder = existing.get(number).get(value);
            Integer earlier = seen.get(number).get(value);
            String label = number.toUpperCase(java.util.Locale.ROOT);
            if (holder != null) {
                errors.add(new RowError(row.number(), number, "registryimport.duplicate.existing",
                        List.of(label, value, holder.name(), String.valueOf(holder.id()))));
            } else if (earlier != null) {
                errors.add(new RowError(row.number(), number, "registryimport.duplicate.inFile",
                        List.of(label, value, String.valueOf(earlier))));
            }
        }
    }

    private void remember(ImportRow row, CheckedOrganisation organisation) {
        for (String number : NUMBERS) {
            String value = value(organisation, number);
            if (value != null) {
                seen.get(number).putIfAbsent(value, row.number());
            }
        }
    }

    private static String value(CheckedOrganisation organisation, String number) {
        return switch (number) {
            case "nip" -> organisation.nip();
            case "regon" -> organisation.regon();
            default -> organisation.krs();
        };
    }

    private static RowError error(ImportRow row, String field, String key) {
        return new RowError(row.number(), field, key, List.of());
    }

}
