package pl.koordynator.es.statistics.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PlatformSettings;
import pl.koordynator.es.shared.UploadSettings;
import pl.koordynator.es.shared.Uploads;
import pl.koordynator.es.statistics.Statistics;
import pl.koordynator.es.statistics.StatisticsChanged;
import pl.koordynator.es.statistics.domain.ImportReport.CodeYear;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports statistics files (ADMIN), all or nothing: a file with any problem writes nothing. An
 * import replaces, for each indicator and year in the file, the stored values of that indicator
 * and year for all units, and leaves every other indicator and year as it was. The API checks
 * and writes in one request; the pages keep the uploaded file between the check and the
 * confirmation, for a day.
 */
@Service
public class StatisticsImportService {

    static final String ENTITY = "StatisticsImport";

    /** An uploaded file and the report of its last check, or of its import once applied. */
    public record StoredImport(long id, String fileName, ImportLayout layout, String indicator, String createdBy,
            OffsetDateTime createdAt, OffsetDateTime appliedAt, boolean applied, ImportReport report) {
    }

    private final IndicatorRepository indicators;
    private final StatisticValueRepository values;
    private final StatisticsImportRepository imports;
    private final Territory territory;
    private final UserAccounts accounts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final PlatformSettings settings;
    private final JsonMapper json;
    private final UploadSettings uploads;

    StatisticsImportService(IndicatorRepository indicators, StatisticValueRepository values,
            StatisticsImportRepository imports, Territory territory, UserAccounts accounts, AuditTrail audit,
            ApplicationEventPublisher events, PlatformSettings settings, JsonMapper json, UploadSettings uploads) {
        this.indicators = indicators;
        this.values = values;
        this.imports = imports;
        this.territory = territory;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.json = json;
        this.uploads = uploads;
    }

    /**
     * Checks a file and, unless {@code dryRun} or it has problems, writes its values. A file that
     * is neither layout is an {@link InvalidInputException} naming {@code file}; an unknown
     * {@code indicator} one naming {@code indicator}.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ImportReport importFile(String fileName, byte[] content, String indicator, boolean dryRun) {
        Uploads.require(content, uploads.statistics());
        String chosen = chosenIndicator(indicator);
        ParsedImport parsed = StatisticsReader.read(content, context(), chosen);
        if (!parsed.problems().isEmpty() || dryRun) {
            return report(parsed, dryRun);
        }
        long id = imports.insert(fileName(fileName), content, parsed.layout(), chosen, username(),
                report(parsed, true), json);
        ImportReport written = write(id, fileName(fileName), parsed);
        imports.applied(id, written, json);
        return written;
    }

    /** Stores a file with the report of its dry run, for the pages; returns its id. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long check(String fileName, byte[] content, String indicator) {
        Uploads.require(content, uploads.statistics());
        imports.purgeOlderThanADay();
        String chosen = chosenIndicator(indicator);
        ParsedImport parsed = StatisticsReader.read(content, context(), chosen);
        return imports.insert(fileName(fileName), content, parsed.layout(), chosen, username(), report(parsed, true),
                json);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public StoredImport get(long id) {
        return imports.find(id, json).orElseThrow(() -> new NotFoundException("statistics import", id));
    }

    /**
     * Writes a stored, checked file. It is checked again first, against the catalogue and the
     * values as they are now; with problems nothing is written and the new report is kept. A file
     * already applied stays as it is (a second click imports nothing twice).
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public StoredImport apply(long id) {
        StoredImport stored = imports.findForUpdate(id, json)
                .orElseThrow(() -> new NotFoundException("statistics import", id));
        if (stored.applied()) {
            return stored;
        }
        byte[] content = imports.content(id);
        if (content.length == 0) {
            // the retention period of uploaded files (koordynator.privacy.import-files) has passed
            throw new ConflictException("statistics.import.fileRemoved", "the checked file is no longer kept");
        }
        ParsedImport parsed = StatisticsReader.read(content, context(), stored.indicator());
        if (!parsed.problems().isEmpty()) {
            imports.checkedAgain(id, report(parsed, true), json);
        } else {
            imports.applied(id, write(id, stored.fileName(), parsed), json);
        }
        return get(id);
    }

    private ImportReport write(long id, String fileName, ParsedImport parsed) {
        values.lockForImport();
        Map<List<Object>, Integer> counts = parsed.countsByCodeYear();
        List<CodeYear> perCodeYear = new ArrayList<>();
        counts.forEach((codeYear, count) -> {
            String code = (String) codeYear.get(0);
            int year = (Integer) codeYear.get(1);
            perCodeYear.add(new CodeYear(code, year, count, values.deleteYear(code, year)));
        });
        values.insert(parsed.values());
        ImportReport report = new ImportReport(parsed.layout(), false, true, parsed.values().size(), parsed.units(),
                sorted(perCodeYear), parsed.skippedCounts(), List.of());
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("file", fileName);
        state.put("layout", parsed.layout().name());
        state.put("values", report.values());
        state.put("units", report.units());
        report.perCodeYear().forEach(codeYear -> state.put(codeYear.code() + " " + codeYear.year(),
                codeYear.values() + " values, " + codeYear.replaced() + " replaced"));
        audit.created(ENTITY, id, state);
        events.publishEvent(new StatisticsChanged(
                report.perCodeYear().stream().map(CodeYear::code).collect(Collectors.toCollection(TreeSet::new)),
                report.perCodeYear().stream().map(CodeYear::year).collect(Collectors.toCollection(TreeSet::new))));
        return report;
    }

    /** The report of a check: what the file holds and which stored values it would replace. */
    private ImportReport report(ParsedImport parsed, boolean dryRun) {
        List<CodeYear> perCodeYear = new ArrayList<>();
        parsed.countsByCodeYear().forEach((codeYear, count) -> {
            String code = (String) codeYear.get(0);
            int year = (Integer) codeYear.get(1);
            perCodeYear.add(new CodeYear(code, year, count, values.count(code, year)));
        });
        boolean problems = !parsed.problems().isEmpty();
        return new ImportReport(parsed.layout(), dryRun, false, problems ? 0 : parsed.values().size(),
                problems ? 0 : parsed.units(), problems ? List.of() : sorted(perCodeYear), parsed.skippedCounts(),
                List.copyOf(parsed.problems()));
    }

    private static List<CodeYear> sorted(List<CodeYear> perCodeYear) {
        return perCodeYear.stream().sorted(Comparator.comparingInt((CodeYear c) -> {
            int position = Statistics.BUILT_IN.indexOf(c.code());
            return position < 0 ? Integer.MAX_VALUE : position;
        }).thenComparing(CodeYear::code).thenComparingInt(CodeYear::year)).toList();
    }

    ImportContext context() {
        Set<String> gminas = territory.units(Level.GMINA, null).stream().map(Unit::teryt).collect(Collectors.toSet());
        Set<String> powiats = territory.units(Level.POWIAT, null).stream().map(Unit::teryt)
                .collect(Collectors.toSet());
        return ImportContext.of(indicators.all(), territory.regionTeryt(), gminas, powiats, currentYear());
    }

    int currentYear() {
        return LocalDate.now(settings.timeZone()).getYear();
    }

    private String chosenIndicator(String indicator) {
        if (indicator == null || indicator.isBlank()) {
            return null;
        }
        String code = indicator.strip().toUpperCase(Locale.ROOT);
        if (indicators.find(code).isEmpty()) {
            throw InvalidInputException.of("indicator", "statistics.import.indicator.unknown");
        }
        return code;
    }

    private String username() {
        return accounts.current().orElseThrow(() -> new AccessDeniedException("not signed in")).username();
    }

    private static String fileName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "statystyki.csv" : fileName.strip();
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}
