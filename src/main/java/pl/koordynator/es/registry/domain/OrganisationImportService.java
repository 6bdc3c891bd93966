package pl.koordynator.es.registry.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.registry.domain.OrganisationImportColumns.Mapping;
import pl.koordynator.es.registry.domain.OrganisationImportReport.Note;
import pl.koordynator.es.registry.domain.OrganisationImportReport.RowError;
import pl.koordynator.es.registry.domain.OrganisationImportWriter.Pending;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.security.CurrentUser;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.UploadSettings;
import pl.koordynator.es.territory.Subregion;
import pl.koordynator.es.territory.Territory;

/**
 * Imports a register file: every row through the register's rules, duplicates and the
 * importer's scope, then (unless it is a dry run) the good rows written in one transaction.
 * All or nothing by default: one bad row and nothing is written; "valid rows only" writes the
 * good ones and lists the others. ADMIN imports anything, an OWES the PES of its subregion.
 */
@Service
public class OrganisationImportService {

    /** All or nothing, or only the valid rows. */
    public enum Mode {
        ALL, VALID;

        /** {@code all} or {@code valid} in any case; anything else is a problem naming {@code mode}. */
        public static Mode parse(String value) {
            for (Mode mode : values()) {
                if (mode.name().equalsIgnoreCase(value == null ? "all" : value.strip())) {
                    return mode;
                }
            }
            throw InvalidInputException.of("mode", "registryimport.mode.unknown");
        }
    }

    static final int BATCH = 1000;
    private static final int PROGRESS_EVERY = 500;

    private final OrganisationImportColumns columns;
    private final OrganisationImportWriter writer;
    private final OrganisationRepository organisations;
    private final FieldsOfActivity fields;
    private final UserAccounts accounts;
    private final Territory territory;
    private final TransactionTemplate transactions;
    private final UploadSettings uploads;

    OrganisationImportService(OrganisationImportColumns columns, OrganisationImportWriter writer,
            OrganisationRepository organisations, FieldsOfActivity fields, UserAccounts accounts, Territory territory,
            PlatformTransactionManager transactionManager, UploadSettings uploads) {
        this.columns = columns;
        this.writer = writer;
        this.organisations = organisations;
        this.fields = fields;
        this.accounts = accounts;
        this.territory = territory;
        this.transactions = new TransactionTemplate(transactionManager);
        this.uploads = uploads;
    }

    /** Whether the signed-in user may import at all; refuses those who may not. */
    @PreAuthorize("hasAnyRole('ADMIN','OWES')")
    public CurrentUser importer() {
        return accounts.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /**
     * Refuses a file over the upload limits (size, an XLSX's unpacked size) before it is stored or
     * parsed: a problem naming {@code file}.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OWES')")
    public void requireWithinLimits(byte[] content, String fileName) {
        OrganisationImportFile.requireWithinLimits(content, fileName, uploads);
    }

    /** Reads a file's header; a file that cannot be imported is a problem naming {@code file}. */
    @PreAuthorize("hasAnyRole('ADMIN','OWES')")
    public int countRows(byte[] content, String fileName) {
        OrganisationImportFile file = OrganisationImportFile.of(content, fileName, uploads);
        columns.mapping(file.header());
        return file.countRows();
    }

    /**
     * Checks every row and, unless {@code dryRun}, writes the good ones in one transaction.
     * {@code progress} hears the number of rows done now and then.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OWES')")
    public OrganisationImportReport run(byte[] content, String fileName, boolean dryRun, Mode mode,
            IntConsumer progress) {
        return run(content, fileName, dryRun, mode, progress, null);
    }

    /**
     * The same, with {@code beforeCommit} told the report inside the transaction that writes the
     * rows, just before it commits (only when rows are to be written: not on a dry run, nor when
     * all or nothing found a bad row). What it writes commits with the rows; when it throws,
     * nothing is written.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OWES')")
    public OrganisationImportReport run(byte[] content, String fileName, boolean dryRun, Mode mode,
            IntConsumer progress, Consumer<OrganisationImportReport> beforeCommit) {
        importer();
        Caller caller = accounts.caller();
        OrganisationImportFile file = OrganisationImportFile.of(content, fileName, uploads);
        Mapping mapping = columns.mapping(file.header());
        List<Note> warnings = new ArrayList<>();
        mapping.unknown().forEach(header -> warnings.add(new Note("registryimport.warning.unknownColumn",
                List.of(header))));
        mapping.repeated().forEach(header -> warnings.add(new Note("registryimport.warning.repeatedColumn",
                List.of(header))));
        TransactionTemplate transaction = new TransactionTemplate(transactions.getTransactionManager());
        transaction.setReadOnly(dryRun);
        return transaction.execute(status -> {
            Pass pass = new Pass(check(mapping, caller), dryRun, mode, progress);
            file.forEachRow(row -> pass.row(row));
            OrganisationImportReport report = pass.finish(warnings);
            if (!dryRun && mode == Mode.ALL && report.hasErrors()) {
                status.setRollbackOnly();
            } else if (!dryRun && beforeCommit != null) {
                beforeCommit.accept(report);
            }
            return report;
        });
    }

    /**
     * The check of one pass, with territory and the dictionary asked once per import rather than
     * once per row: the rules and the scope check run unchanged on memoised lookups.
     */
    private OrganisationImportCheck check(Mapping mapping, Caller caller) {
        Territory memoised = memoised(territory);
        Map<String, String> fieldCodes = fields.codesByAnyName();
        FieldsOfActivity knownFields = new FieldsOfActivity(null) {
            @Override
            Map<String, String> codesByAnyName() {
                return fieldCodes;
            }
        };
        OrganisationRules rules = new OrganisationRules(memoised, knownFields, organisations);
        RegistryAccess access = new RegistryAccess(accounts, memoised);
        return new OrganisationImportCheck(columns, mapping, rules, access, caller, writer.existingNumbers(),
                gmina -> memoised.subregionOf(gmina).map(Subregion::owesOrganisationId).orElse(null));
    }

    /** Territory as it stands when the import starts; every question answered from the first answer. */
    static Territory memoised(Territory territory) {
        Map<List<Object>, Object> answers = new HashMap<>();
        return (Territory) Proxy.newProxyInstance(Territory.class.getClassLoader(), new Class<?>[] {Territory.class},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(territory, args);
                    }
                    List<Object> key = new ArrayList<>();
                    key.add(method.getName());
                    if (args != null) {
                        key.addAll(Arrays.asList(args));
                    }
                    if (!answers.containsKey(key)) {
                        answers.put(key, invoke(territory, method, args));
                    }
                    return answers.get(key);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** One pass over the rows: collects errors, and writes good rows a batch at a time when it may. */
    private final class Pass {
        private final OrganisationImportCheck check;
        private final boolean dryRun;
        private final Mode mode;
        private final IntConsumer progress;
        private final List<RowError> errors = new ArrayList<>();
        private final List<Pending> pending = new ArrayList<>(BATCH);
        private int rows;
        private int valid;
        private int written;

        Pass(OrganisationImportCheck check, boolean dryRun, Mode mode, IntConsumer progress) {
            this.check = check;
            this.dryRun = dryRun;
            this.mode = mode;
            this.progress = progress == null ? done -> { } : progress;
        }

        void row(OrganisationImportFile.ImportRow row) {
            rows++;
            OrganisationImportCheck.Result result = check.check(row);
            if (result.valid()) {
                valid++;
                if (writing()) {
                    pending.add(new Pending(result.organisation(), check.servingOwes(result.organisation())));
                }
            } else {
                errors.addAll(result.errors());
                if (mode == Mode.ALL) {
                    // all or nothing: what was written is rolled back at the end, the rest is only checked
                    pending.clear();
                }
            }
            if (pending.size() >= BATCH) {
                written += writer.write(pending);
                pending.clear();
            }
            if (rows % PROGRESS_EVERY == 0) {
                progress.accept(rows);
            }
        }

        private boolean writing() {
            return !dryRun && (mode == Mode.VALID || errors.isEmpty());
        }

        OrganisationImportReport finish(List<Note> warnings) {
            if (writing()) {
                written += writer.write(pending);
            }
            pending.clear();
            progress.accept(rows);
            int imported = dryRun || (mode == Mode.ALL && !errors.isEmpty()) ? 0 : written;
            return new OrganisationImportReport(rows, valid, imported, List.copyOf(errors), List.copyOf(warnings));
        }
    }
}
