package pl.koordynator.es.testing;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today as the application counts it (its clock runs in the region's zone): a test that took the
 * server's zone would expect yesterday's date for an hour every night when the server runs in UTC.
 */
public final class RegionDate {

    private static final ZoneId REGION = ZoneId.of("Europe/Warsaw");

    private RegionDate() {
    }

    public static LocalDate today() {
        return LocalDate.now(REGION);
    }
}
