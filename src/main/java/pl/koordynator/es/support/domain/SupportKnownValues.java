package pl.koordynator.es.support.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.reporting.KnownValue;
import pl.koordynator.es.reporting.KnownValues;
import pl.koordynator.es.support.SupportForm;
import pl.koordynator.es.support.SupportedPes;

/**
 * Prefills an OWES report with what the support register already knows for the report's days:
 * the PES supported, the new ones among them and the consulting hours. An OWES that recorded
 * nothing in the days (and whose events nobody from a PES attended) gets no prefilled value,
 * so a register that is not in use does not force a comment on every report.
 */
@Component
class SupportKnownValues implements KnownValues {

    static final String PES_SUPPORTED = "PES_SUPPORTED";
    static final String PES_NEW = "PES_NEW";
    static final String CONSULTING_HOURS = "CONSULTING_HOURS";

    private final SupportService service;
    private final SupportRepository records;

    SupportKnownValues(SupportService service, SupportRepository records) {
        this.service = service;
        this.records = records;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<KnownValue> value(long owesId, String indicatorCode, LocalDate from, LocalDate to) {
        return switch (indicatorCode) {
            case PES_SUPPORTED -> {
                SupportedPes supported = service.supportedPes(from, to, owesId);
                long count = records.count(from, to, owesId, null);
                yield supported.count() == 0 && count == 0 ? Optional.empty()
                        : Optional.of(new KnownValue(BigDecimal.valueOf(supported.count()),
                                "Rejestr wsparcia: " + count + " " + recordsWord(count) + ", "
                                        + supported.fromSupport() + " PES; obecność na wydarzeniach: "
                                        + supported.fromEvents() + " PES"));
            }
            case PES_NEW -> {
                SupportedPes supported = service.supportedPes(from, to, owesId);
                long count = records.count(from, to, owesId, null);
                if (supported.count() == 0 && count == 0) {
                    yield Optional.empty();
                }
                Set<Long> ids = new HashSet<>();
                supported.organisations().forEach(o -> ids.add(o.id()));
                Set<Long> earlier = records.supportedBefore(ids, from, owesId);
                long fresh = ids.size() - earlier.size();
                yield Optional.of(new KnownValue(BigDecimal.valueOf(fresh), "Rejestr wsparcia: " + fresh
                        + " z " + supported.count() + " PES bez wsparcia tego OWES przed " + polish(from)));
            }
            case CONSULTING_HOURS -> {
                if (records.count(from, to, owesId, null) == 0) {
                    yield Optional.empty();
                }
                long count = records.count(from, to, owesId, SupportForm.CONSULTING);
                BigDecimal hours = records.hours(from, to, owesId, SupportForm.CONSULTING);
                yield Optional.of(new KnownValue(hours.stripTrailingZeros().scale() < 0 ? hours.setScale(0)
                        : hours.stripTrailingZeros(), "Rejestr wsparcia: " + count + " " + recordsWord(count)
                        + " doradztwa"));
            }
            default -> Optional.empty();
        };
    }

    private static String polish(LocalDate day) {
        return String.format("%02d.%02d.%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    /** "rekord", "rekordy" or "rekordów", as Polish counts them. */
    static String recordsWord(long count) {
        if (count == 1) {
            return "rekord";
        }
        long lastTwo = count % 100;
        long last = count % 10;
        return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? "rekordy" : "rekordów";
    }
}
