package pl.koordynator.es.territory.domain;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.shared.UploadSettings;
import pl.koordynator.es.shared.Uploads;
import pl.koordynator.es.territory.GminaType;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Unit;
import pl.koordynator.es.territory.domain.TercImportResult.RowProblem;

/**
 * Imports the official GUS TERC file ({@code WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA}) for the
 * configured voivodeship. Units missing from the file are marked historical, never deleted,
 * because records of other modules point to them by code.
 */
@Service
public class TercImporter {

    static final String ENTITY = "TerritorialUnit";
    private static final List<String> HEADER = List.of("WOJ", "POW", "GMI", "RODZ", "NAZWA", "NAZWA_DOD");
    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final UnitRepository units;
    private final TerritorySettings settings;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final UploadSettings uploads;

    TercImporter(UnitRepository units, TerritorySettings settings, AuditTrail audit, MessageSource messages,
            UploadSettings uploads) {
        this.units = units;
        this.settings = settings;
        this.audit = audit;
        this.messages = messages;
        this.uploads = uploads;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public TercImportResult importFile(byte[] file) {
        Uploads.require(file, uploads.terc());
        return importTerc(file);
    }

    /** For the region pack at first start, before anyone can sign in. */
    @Transactional
    public TercImportResult importAtStartup(byte[] file) {
        return importTerc(file);
    }

    private TercImportResult importTerc(byte[] file) {
        Parsed parsed = parse(decode(file));
        Map<String, Unit> existing = units.allOfRegion(settings.teryt());
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (Unit unit : parsed.units().values()) {
            Unit before = existing.get(unit.teryt());
            if (before == null) {
                units.insert(unit);
                audit.created(ENTITY, unit.teryt(), state(unit));
                added++;
            } else if (!sameAs(before, unit)) {
                units.update(unit);
                audit.updated(ENTITY, unit.teryt(), state(before), state(unit));
                updated++;
            } else {
                unchanged++;
            }
        }
        int markedHistorical = 0;
        // children first, so that a gmina is never current under a historical powiat for long
        List<Unit> gone = existing.values().stream()
                .filter(unit -> !unit.historical() && !parsed.units().containsKey(unit.teryt()))
                .sorted((a, b) -> b.teryt().length() - a.teryt().length()).toList();
        for (Unit unit : gone) {
            units.markHistorical(unit.teryt());
            audit.updated(ENTITY, unit.teryt(), state(unit), state(historical(unit)));
            markedHistorical++;
        }
        return new TercImportResult(added, updated, unchanged, markedHistorical, parsed.skipped(), parsed.problems());
    }

    static String decode(byte[] file) {
        return pl.koordynator.es.shared.TextFiles.decode(file);
    }

    private record Parsed(Map<String, Unit> units, int skipped, List<RowProblem> problems) {
    }

    private Parsed parse(String text) {
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException unreadable) {
            throw new ImportRejectedException("territory.terc.notTerc");
        }
        if (records.isEmpty() || !isHeader(records.get(0))) {
            throw new ImportRejectedException("territory.terc.notTerc");
        }
        String region = settings.teryt();
        Map<String, Unit> found = new LinkedHashMap<>();
        Map<String, Long> rowOf = new LinkedHashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        int skipped = 0;
        for (CSVRecord record : records.subList(1, records.size())) {
            long row = record.getRecordNumber();
            if (record.size() < HEADER.size()) {
                problems.add(problem(row, "territory.terc.row.columns", HEADER.size()));
                continue;
            }
            String woj = record.get(0);
            String pow = record.get(1);
            String gmi = record.get(2);
            String rodz = record.get(3);
            String name = record.get(4).strip();
            if (!woj.matches("\\d{2}")) {
                problems.add(problem(row, "territory.terc.row.woj", woj));
                continue;
            }
            if (!woj.equals(region)) {
                skipped++;
                continue;
            }
            if (rodz.matches("[4589]") && gmi.matches("\\d{2}") && pow.matches("\\d{2}")) {
                skipped++;
                continue;
            }
            if (name.isEmpty()) {
                problems.add(problem(row, "territory.terc.row.name"));
                continue;
            }
            Unit unit = unit(woj, pow, gmi, rodz, name);
            if (unit == null) {
                problems.add(problem(row, "territory.terc.row.codes", String.join(";", woj, pow, gmi, rodz)));
            } else if (found.containsKey(unit.teryt())) {
                problems.add(problem(row, "territory.terc.row.duplicate", unit.teryt(), rowOf.get(unit.teryt())));
            } else {
                found.put(unit.teryt(), unit);
                rowOf.put(unit.teryt(), row);
            }
        }
        if (found.isEmpty()) {
            throw new ImportRejectedException("territory.terc.noRegionRows", region);
        }
        Map<String, Unit> accepted = new LinkedHashMap<>();
        for (Level level : Level.values()) {
            found.values().stream().filter(unit -> unit.level() == level).forEach(unit -> {
                if (unit.parentTeryt() == null || accepted.containsKey(unit.parentTeryt())) {
                    accepted.put(unit.teryt(), unit);
                } else {
                    problems.add(problem(rowOf.get(unit.teryt()), "territory.terc.row.parent", unit.parentTeryt()));
                }
            });
        }
        problems.sort((a, b) -> Long.compare(a.row(), b.row()));
        return new Parsed(accepted, skipped, problems);
    }

    private static boolean isHeader(CSVRecord record) {
        if (record.size() < HEADER.size()) {
            return false;
        }
        for (int i = 0; i < HEADER.size(); i++) {
            if (!HEADER.get(i).equalsIgnoreCase(record.get(i).strip())) {
                return false;
            }
        }
        return true;
    }

    /** The unit a row names, or null when its codes do not make one. */
    private static Unit unit(String woj, String pow, String gmi, String rodz, String name) {
        if (pow.isEmpty() && gmi.isEmpty() && rodz.isEmpty()) {
            // TERC writes the voivodeship in capitals; Polish writes its name in lower case
            return new Unit(woj, name.toLowerCase(POLISH), Level.VOIVODESHIP, null, null, false);
        }
        if (pow.matches("\\d{2}") && gmi.isEmpty() && rodz.isEmpty()) {
            return new Unit(woj + pow, name, Level.POWIAT, null, woj, false);
        }
        if (pow.matches("\\d{2}") && gmi.matches("\\d{2}") && rodz.length() == 1) {
            return GminaType.fromRodz(rodz.charAt(0))
                    .map(type -> new Unit(woj + pow + gmi + rodz, name, Level.GMINA, type, woj + pow, false))
                    .orElse(null);
        }
        return null;
    }

    private RowProblem problem(long row, String key, Object... arguments) {
        return new RowProblem(row, messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale()));
    }

    private static boolean sameAs(Unit before, Unit now) {
        return !before.historical() && before.name().equals(now.name()) && before.type() == now.type()
                && Objects.equals(before.parentTeryt(), now.parentTeryt());
    }

    private static Unit historical(Unit unit) {
        return new Unit(unit.teryt(), unit.name(), unit.level(), unit.type(), unit.parentTeryt(), true);
    }

    static Map<String, Object> state(Unit unit) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", unit.name());
        state.put("level", unit.level().code());
        state.put("type", unit.type() == null ? null : unit.type().code());
        state.put("parent", unit.parentTeryt());
        state.put("historical", unit.historical());
        return state;
    }
}
