package pl.koordynator.es.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Valid official numbers and register files for import tests and the benchmark. */
public final class ImportFiles {

    private static final int[] NIP_WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};
    private static final int[] REGON_WEIGHTS = {8, 9, 2, 3, 4, 5, 6, 7};

    private ImportFiles() {
    }

    /** The n-th valid NIP (n from 0), different for every n below about 900 million. */
    public static String nip(long n) {
        long prefix = 100_000_000L + n;
        while (true) {
            String digits = String.valueOf(prefix);
            int check = weighted(digits, NIP_WEIGHTS) % 11;
            if (check != 10) {
                return digits + check;
            }
            prefix += 900_000_000L / 2; // skip to a far range, never reached by another n in practice
        }
    }

    /** A NIP with a wrong check digit. */
    public static String brokenNip(long n) {
        String nip = nip(n);
        int last = nip.charAt(9) - '0';
        return nip.substring(0, 9) + ((last + 1) % 10);
    }

    public static String regon(long n) {
        String digits = String.valueOf(10_000_000L + n);
        return digits + weighted(digits, REGON_WEIGHTS) % 11 % 10;
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    /** Rows joined by a separator, quoting only what needs it (tests keep cells simple). */
    public static String csv(char separator, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            out.append(String.join(String.valueOf(separator), row)).append("\r\n");
        }
        return out.toString();
    }

    /** A register of one valid row whose last cell is padded so that the file has {@code size} bytes. */
    public static byte[] paddedCsv(int size) {
        byte[] file = new byte[size];
        byte[] start = "Nazwa;Rodzaj;Opis\nFundacja Długa;NGO;".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.Arrays.fill(file, (byte) 'a');
        System.arraycopy(start, 0, file, 0, start.length);
        return file;
    }

    public static byte[] xlsx(List<List<String>> rows) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook workbook = new Workbook(out, "Koordynator ES tests", "1.0");
            Worksheet sheet = workbook.newWorksheet("Rejestr");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (r > 0 && value.matches("\\d{1,12}") && !value.startsWith("0")) {
                        sheet.value(r, c, Long.parseLong(value));
                    } else {
                        sheet.value(r, c, value);
                    }
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
