package pl.koordynator.es.programme.domain;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.SpreadsheetRows;
import pl.koordynator.es.shared.UploadSettings;
import pl.koordynator.es.shared.Uploads;

/**
 * An uploaded file of targets and values as rows of text cells, read by {@link SpreadsheetRows}
 * the way the other imports read theirs: CSV with semicolons or commas in UTF-8 or Windows-1250,
 * or the first sheet of an XLSX (checked against the upload limits first). Rows keep their
 * spreadsheet numbers (header = 1); blank rows are left out. The files are small (a programme has
 * tens of indicators), so the rows are read at once.
 */
final class ImportFile {

    private ImportFile() {
    }

    static List<SpreadsheetRows.Row> read(byte[] content, String fileName, UploadSettings uploads) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "programme.import.file.empty");
        }
        Uploads.require(content, uploads.statistics());
        return SpreadsheetRows.read(content, SpreadsheetRows.xlsx(content, fileName), uploads,
                "programme.import.file.");
    }

    /** A header cell as compared with the known names: lower case, no Polish letters, no spaces around. */
    static String headerName(String cell) {
        String plain = Normalizer.normalize(cell.strip().toLowerCase(Locale.ROOT).replace('ł', 'l'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replace('_', ' ').replaceAll("\\s+", " ");
    }

    /** A number as Polish spreadsheets write it: a decimal comma, spaces between thousands; null when it is none. */
    static BigDecimal number(String text) {
        String plain = text.strip().replace("\u00a0", "").replace(" ", "").replace(',', '.');
        if (!plain.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(plain);
    }
}
