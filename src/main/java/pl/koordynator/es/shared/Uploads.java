package pl.koordynator.es.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.util.unit.DataSize;

/** The size limit of an upload, checked where a module handles the file, and told in megabytes. */
public final class Uploads {

    private static final BigDecimal MEGABYTE = BigDecimal.valueOf(DataSize.ofMegabytes(1).toBytes());

    private Uploads() {
    }

    /** Refuses a file larger than {@code limit}: a problem naming {@code file} that says the limit. */
    public static void require(byte[] file, DataSize limit) {
        if (file != null && file.length > limit.toBytes()) {
            throw InvalidInputException.of("file", "file.tooLarge", megabytes(limit));
        }
    }

    /** The limit in megabytes as people write it: 50, 0.5 (formatted by the message in its language). */
    public static BigDecimal megabytes(DataSize limit) {
        BigDecimal megabytes = BigDecimal.valueOf(limit.toBytes()).divide(MEGABYTE, 1, RoundingMode.DOWN)
                .stripTrailingZeros();
        return megabytes.scale() < 0 ? megabytes.setScale(0) : megabytes;
    }
}
