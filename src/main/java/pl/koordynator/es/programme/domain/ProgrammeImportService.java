package pl.koordynator.es.programme.domain;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Targets and manual values of a programme version from a CSV or XLSX file with the columns
 * {@code indicator;period;type;value;evidence;comment} (type TARGET or VALUE; Polish headers
 * {@code wskaznik;okres;typ;wartosc;dowod;komentarz} and types CEL/WARTOSC too). All or nothing.
 */
@Service
public class ProgrammeImportService {

    @PreAuthorize("hasRole('ADMIN')")
    public ImportReport importFile(long programmeId, String fileName, byte[] content, boolean dryRun) {
        throw new UnsupportedOperationException("not yet");
    }
}
