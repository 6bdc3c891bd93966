package pl.koordynator.es.publicservices.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.publicservices.LotInput;
import pl.koordynator.es.publicservices.LotView;
import pl.koordynator.es.publicservices.ProcurementImportLine;
import pl.koordynator.es.publicservices.ProcurementImportProblem;
import pl.koordynator.es.publicservices.ProcurementImportReport;
import pl.koordynator.es.publicservices.ProcurementImportReport.Format;
import pl.koordynator.es.publicservices.ProcurementImports;
import pl.koordynator.es.publicservices.ProcurementInput;
import pl.koordynator.es.publicservices.ProcurementSource;
import pl.koordynator.es.publicservices.ProcurementView;
import pl.koordynator.es.publicservices.Procurements;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.SpreadsheetRows;
import pl.koordynator.es.shared.UploadSettings;
import pl.koordynator.es.shared.Uploads;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports procurements through {@link Procurements#save}, each in a savepoint of one transaction:
 * every procurement of the file is saved (so the service's own rules check it, in a dry run too),
 * a procurement the service refuses is rolled back to its savepoint and reported against its row,
 * and at the end the whole transaction is rolled back when anything was wrong or it was a dry run.
 * So a dry run reports exactly what the import would do, and an import stands or falls as a whole.
 */
@Service
class ProcurementImportService implements ProcurementImports {

    /** A register's buyer must be a public body. */
    private static final Set<Kind> BUYERS = Set.of(Kind.JST, Kind.JSPS, Kind.IRP, Kind.OTHER);

    private final Procurements procurements;
    private final Organisations organisations;
    private final PublicServicesAccess access;
    private final UploadSettings uploads;
    private final TransactionTemplate savepoint;
    private final ProcurementFileReader files;
    private final OcdsPackageReader ocds;

    ProcurementImportService(Procurements procurements, Organisations organisations, PublicServicesAccess access,
            UploadSettings uploads, PlatformTransactionManager transactions, JsonMapper json, MessageSource messages) {
        this.procurements = procurements;
        this.organisations = organisations;
        this.access = access;
        this.uploads = uploads;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.files = new ProcurementFileReader(List.of(
                key -> messages.getMessage(key, null, null, Locale.forLanguageTag("pl")),
                key -> messages.getMessage(key, null, null, Locale.ENGLISH)));
        this.ocds = new OcdsPackageReader(json, files);
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'PARTNER')")
    @Transactional
    public ProcurementImportReport importFile(String fileName, byte[] content, boolean dryRun) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "publicservices.import.file.empty");
        }
        Uploads.require(content, uploads.statistics());
        Format format = ProcurementFileReader.format(content);
        int rowsRead;
        List<ProcurementDraft> drafts;
        if (format == Format.OCDS) {
            drafts = ocds.procurements(content);
            rowsRead = drafts.stream().mapToInt(draft -> draft.rows().size()).sum();
        } else {
            List<SpreadsheetRows.Row> rows = ProcurementFileReader.rows(content, format, uploads);
            drafts = files.procurements(rows);
            rowsRead = rows.size() - 1;
        }
        ProcurementSource source = format == Format.OCDS ? ProcurementSource.OCDS : ProcurementSource.FILE;
        List<ProcurementImportProblem> problems = new ArrayList<>();
        List<ProcurementImportLine> lines = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int lotsCreated = 0;
        int lotsUpdated = 0;
        Set<String> references = new HashSet<>();
        for (ProcurementDraft draft : drafts) {
            List<ProcurementImportProblem> own = new ArrayList<>(draft.problems());
            OrganisationView buyer = buyer(draft.buyer(), own);
            ProcurementInput input = buyer == null ? draft.input() : resolved(draft.input(), buyer.id());
            Optional<ProcurementView> existing = input.ocdsId() == null && input.noticeNumber() == null
                    ? Optional.empty() : procurements.findByReference(input.ocdsId(), input.noticeNumber());
            String referenceField = input.ocdsId() != null ? "ocdsId" : "noticeNumber";
            boolean repeated = existing.isPresent() && !references.add("id " + existing.get().id());
            repeated |= input.ocdsId() != null && !references.add("ocds " + input.ocdsId().toLowerCase(Locale.ROOT));
            repeated |= input.noticeNumber() != null
                    && !references.add("notice " + input.noticeNumber().toLowerCase(Locale.ROOT));
            if (repeated) {
                own.add(draft.locate().apply(referenceField).problem("publicservices.import.reference.duplicate"));
            }
            if (existing.isPresent() && !access.mayWrite(existing.get().buyerId())) {
                own.add(draft.locate().apply("noticeNumber").problem("publicservices.import.reference.otherBuyer"));
            }
            Long id = null;
            if (own.isEmpty()) {
                try {
                    id = savepoint.execute(status -> procurements.save(input, source).id());
                } catch (InvalidInputException refused) {
                    refused.problems().forEach(problem -> own.add(draft.locate().apply(problem.field())
                            .problem(problem.messageKey(), problem.arguments())));
                } catch (DataIntegrityViolationException clash) {
                    // another procurement holds the notice number or OCDS id the lookup did not match on
                    own.add(draft.locate().apply(referenceField).problem("publicservices.import.reference.duplicate"));
                } catch (AccessDeniedException refused) {
                    own.add(draft.buyer().where().problem("publicservices.import.buyer.notYours",
                            buyer == null ? "" : buyer.name()));
                }
            }
            problems.addAll(own);
            if (existing.isPresent()) {
                updated++;
                Set<Integer> numbers = new HashSet<>(existing.get().lots().stream().map(LotView::number).toList());
                long kept = input.lots().stream().filter(lot -> numbers.contains(lot.number())).count();
                lotsUpdated += (int) kept;
                lotsCreated += input.lots().size() - (int) kept;
            } else {
                created++;
                lotsCreated += input.lots().size();
            }
            lines.add(new ProcurementImportLine(draft.rows(), draft.reference(), input.title(),
                    buyer == null ? null : buyer.id(), buyer == null ? null : buyer.name(), input.lots().size(),
                    existing.isPresent(), dryRun ? null : id));
        }
        boolean written = !dryRun && problems.isEmpty();
        if (!written) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            lines = lines.stream().map(line -> new ProcurementImportLine(line.rows(), line.reference(), line.title(),
                    line.buyerId(), line.buyerName(), line.lots(), line.update(), null)).toList();
        }
        return new ProcurementImportReport(format, dryRun, written, rowsRead, created, updated, lotsCreated,
                lotsUpdated, lines, problems);
    }

    /** The buyer the file names, when the register has it as a public body the caller may import for. */
    private OrganisationView buyer(ProcurementDraft.Buyer named, List<ProcurementImportProblem> problems) {
        Optional<OrganisationView> found;
        String shown;
        if (named.id() != null) {
            found = organisations.find(named.id());
            shown = String.valueOf(named.id());
        } else if (named.nip() != null) {
            found = organisations.findByNip(named.nip());
            if (found.isEmpty() && named.name() != null) {
                found = byName(named.name());
            }
            shown = named.nip();
        } else if (named.name() != null) {
            found = byName(named.name());
            shown = named.name();
        } else {
            return null;
        }
        if (found.isEmpty()) {
            problems.add(named.where().problem("publicservices.import.buyer.unknown", shown));
            return null;
        }
        OrganisationView buyer = found.get();
        if (!BUYERS.contains(buyer.kind())) {
            problems.add(named.where().problem("publicservices.import.buyer.notPublic", buyer.name()));
            return null;
        }
        if (!access.mayWrite(buyer.id())) {
            problems.add(named.where().problem("publicservices.import.buyer.notYours", buyer.name()));
            return null;
        }
        return buyer;
    }

    private Optional<OrganisationView> byName(String name) {
        List<OrganisationView> found = organisations.namedExactly(name);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The input with its buyer, and each contractor the register knows by NIP linked to it. */
    private ProcurementInput resolved(ProcurementInput input, long buyerId) {
        List<LotInput> lots = input.lots().stream().map(lot -> {
            if (lot.contractorId() != null || lot.contractorNip() == null) {
                return lot;
            }
            Long contractor = organisations.findByNip(lot.contractorNip()).map(OrganisationView::id).orElse(null);
            return contractor == null ? lot : new LotInput(lot.number(), lot.title(), lot.estimatedValue(),
                    lot.reservedArt94(), lot.employmentContractArt95(), lot.employmentArt96Group(),
                    lot.employmentArt96Persons(), lot.employmentArt96Months(), lot.socialCriterionWeight(),
                    lot.socialServicesArt359(), lot.reservedArt361(), lot.result(), lot.bidsReceived(), lot.pesBid(),
                    lot.socialEnterpriseBid(), contractor, lot.contractorName(), lot.contractorNip(),
                    lot.contractValue(), lot.contractStart(), lot.contractEnd(), lot.personsEmployed());
        }).toList();
        return new ProcurementInput(buyerId, input.title(), input.noticeNumber(), input.ocdsId(), input.cpvCodes(),
                input.estimatedValue(), input.awardedValue(), input.valueComment(), input.procedure(),
                input.noticeDate(), input.bidDeadline(), input.gminaTeryt(), lots);
    }

    @Override
    public Map<String, String> columns() {
        Map<String, String> columns = new java.util.LinkedHashMap<>();
        for (ProcurementImportColumn column : ProcurementImportColumn.values()) {
            columns.put(column.key(), column.polish());
        }
        return columns;
    }
}
