package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.programme.ProgrammeStatus;
import pl.koordynator.es.programme.ValueSource;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.SpreadsheetRows;
import pl.koordynator.es.shared.UploadSettings;

/**
 * Targets and manual values of a programme version from a CSV or XLSX file with the columns
 * {@code indicator;period;type;value;evidence;comment} (type TARGET or VALUE; Polish headers
 * {@code wskaznik;okres;typ;wartosc;dowod;komentarz} and types CEL/WARTOSC too). Every row is
 * checked first; a file with any problem writes nothing, and a dry run writes nothing either.
 * A target replaces the period's target; a value is entered as approved by the ROPS member who
 * imports it (the import is ROPS's only, and the file is the evidence's carrier: each row still
 * needs its evidence).
 */
@Service
public class ProgrammeImportService {

    private static final Set<String> INDICATOR = Set.of("indicator", "wskaznik", "kod wskaznika", "kod");
    private static final Set<String> PERIOD = Set.of("period", "okres", "rok", "year");
    private static final Set<String> TYPE = Set.of("type", "typ", "rodzaj");
    private static final Set<String> VALUE = Set.of("value", "wartosc");
    private static final Set<String> EVIDENCE = Set.of("evidence", "dowod", "dokument");
    private static final Set<String> COMMENT = Set.of("comment", "komentarz", "uwagi");

    private final ProgrammeRepository repository;
    private final IndicatorService indicators;
    private final ProgrammeAccess access;
    private final ProgrammeMonitor monitor;
    private final UploadSettings uploads;
    private final AuditTrail audit;

    ProgrammeImportService(ProgrammeRepository repository, IndicatorService indicators, ProgrammeAccess access,
            ProgrammeMonitor monitor, UploadSettings uploads, AuditTrail audit) {
        this.repository = repository;
        this.indicators = indicators;
        this.access = access;
        this.monitor = monitor;
        this.uploads = uploads;
        this.audit = audit;
    }

    private record Parsed(ImportReport.Row row, Stored.Indicator indicator, ProgrammePeriod period, boolean target,
            BigDecimal value, String evidence, String comment) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ImportReport importFile(long programmeId, String fileName, byte[] content, boolean dryRun) {
        Stored.Programme programme = repository.find(programmeId)
                .orElseThrow(() -> new NotFoundException("programme", programmeId));
        if (programme.status() == ProgrammeStatus.REPLACED) {
            throw new ConflictException("programme.conflict.replaced", "programme " + programmeId + " is replaced");
        }
        List<SpreadsheetRows.Row> rows = ImportFile.read(content, fileName, uploads);
        if (rows.isEmpty()) {
            throw InvalidInputException.of("file", "programme.import.file.empty");
        }
        List<String> header = rows.get(0).cells().stream().map(ImportFile::headerName).toList();
        int indicatorColumn = column(header, INDICATOR);
        int periodColumn = column(header, PERIOD);
        int typeColumn = column(header, TYPE);
        int valueColumn = column(header, VALUE);
        if (indicatorColumn < 0 || periodColumn < 0 || typeColumn < 0 || valueColumn < 0) {
            throw InvalidInputException.of("file", "programme.import.file.header");
        }
        if (rows.size() < 2) {
            throw InvalidInputException.of("file", "programme.import.file.noRows");
        }
        int evidenceColumn = column(header, EVIDENCE);
        int commentColumn = column(header, COMMENT);
        Map<String, Stored.Indicator> byCode = new HashMap<>();
        repository.indicatorsOf(programmeId).forEach(i -> byCode.put(i.view().code().toLowerCase(Locale.ROOT), i));
        List<Parsed> parsed = new ArrayList<>();
        Set<String> targetsSeen = new HashSet<>();
        for (SpreadsheetRows.Row row : rows.subList(1, rows.size())) {
            List<ImportReport.Problem> problems = new ArrayList<>();
            String code = row.cell(indicatorColumn);
            String periodText = row.cell(periodColumn);
            String typeText = row.cell(typeColumn);
            String valueText = row.cell(valueColumn);
            Stored.Indicator indicator = byCode.get(code.strip().toLowerCase(Locale.ROOT));
            if (indicator == null) {
                problems.add(problem("indicator", "programme.import.indicator.unknown", code));
            }
            ProgrammePeriod period = ProgrammePeriod.parse(periodText);
            if (period == null) {
                problems.add(problem("period", "programme.value.period.format"));
            } else if (period.year() < programme.startYear() || period.year() > programme.endYear()) {
                problems.add(problem("period", "programme.value.period.outside",
                        String.valueOf(programme.startYear()), String.valueOf(programme.endYear())));
            }
            String type = ImportFile.headerName(typeText);
            boolean target = Set.of("target", "cel").contains(type);
            boolean value = Set.of("value", "wartosc").contains(type);
            if (!target && !value) {
                problems.add(problem("type", "programme.import.type"));
            }
            BigDecimal number = ImportFile.number(valueText);
            if (number == null) {
                problems.add(problem("value", "programme.import.value.number"));
            }
            String evidence = evidenceColumn < 0 ? "" : row.cell(evidenceColumn).strip();
            String comment = commentColumn < 0 ? "" : row.cell(commentColumn).strip();
            if (value) {
                if (indicator != null && indicator.view().source() == ValueSource.COMPUTED) {
                    problems.add(problem("indicator", "programme.value.computed", indicator.view().measure()));
                }
                if (evidence.isEmpty()) {
                    problems.add(problem("evidence", "programme.value.evidence.required"));
                } else if (evidence.length() > 1000) {
                    problems.add(problem("evidence", "programme.field.tooLong", 1000));
                }
                if (period != null && period.start().isAfter(monitor.today())) {
                    problems.add(problem("period", "programme.value.period.future"));
                }
            }
            if (comment.length() > 4000) {
                problems.add(problem("comment", "programme.field.tooLong", 4000));
            }
            if (target && indicator != null && period != null
                    && !targetsSeen.add(indicator.view().code() + "|" + period)) {
                problems.add(problem("period", "programme.import.target.duplicate"));
            }
            ImportReport.Row reported = new ImportReport.Row(row.number(), code, periodText,
                    target ? "TARGET" : value ? "VALUE" : typeText, valueText, List.copyOf(problems));
            parsed.add(new Parsed(reported, indicator, period, target, number, evidence,
                    comment.isEmpty() ? null : comment));
        }
        List<ImportReport.Row> report = parsed.stream().map(Parsed::row).toList();
        int targets = (int) parsed.stream().filter(Parsed::target).count();
        int values = parsed.size() - targets;
        boolean problems = report.stream().anyMatch(row -> !row.ok());
        if (dryRun || problems) {
            return new ImportReport(dryRun, false, targets, values, report);
        }
        write(parsed);
        return new ImportReport(false, true, targets, values, report);
    }

    private void write(List<Parsed> rows) {
        Map<Long, Map<String, Object>> before = new LinkedHashMap<>();
        for (Parsed row : rows) {
            if (row.target()) {
                before.computeIfAbsent(row.indicator().id(), id -> IndicatorService.state(row.indicator().view()));
                repository.setTarget(row.indicator().id(), row.period(), row.value());
            }
        }
        before.forEach((id, state) -> audit.updated(IndicatorService.ENTITY, id, state,
                IndicatorService.state(repository.indicator(id).orElseThrow().view())));
        String by = access.caller().username();
        for (Parsed row : rows) {
            if (!row.target()) {
                indicators.recordApproved(row.indicator(), row.period(), row.value(), row.evidence(), row.comment(),
                        by, true);
            }
        }
    }

    private static int column(List<String> header, Set<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(header.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static ImportReport.Problem problem(String field, String key, Object... arguments) {
        return new ImportReport.Problem(field, key, arguments);
    }
}
