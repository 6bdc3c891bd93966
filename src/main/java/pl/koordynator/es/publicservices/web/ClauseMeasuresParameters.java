package pl.koordynator.es.publicservices.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Component;
import pl.koordynator.es.publicservices.ClauseMeasureLevel;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.PlatformSettings;

/** The year and level asked for in the measures' pages and API, checked alike: a bad one names the field. */
@Component
class ClauseMeasuresParameters {

    /** The Public Procurement Law of 2019 applies from 2021; earlier notices are kept, but not before 2000. */
    static final int FIRST_YEAR = 2000;

    private final Clock clock;
    private final PlatformSettings platform;

    ClauseMeasuresParameters(Clock clock, PlatformSettings platform) {
        this.clock = clock;
        this.platform = platform;
    }

    int currentYear() {
        return LocalDate.now(clock.withZone(platform.timeZone())).getYear();
    }

    /** The year asked for, the current one when none; from {@value #FIRST_YEAR} to next year. */
    int year(String year) {
        if (year == null || year.isBlank()) {
            return currentYear();
        }
        try {
            int value = Integer.parseInt(year.strip());
            if (value >= FIRST_YEAR && value <= currentYear() + 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below like a year out of range
        }
        throw InvalidInputException.of("year", "publicservices.measures.error.year", String.valueOf(FIRST_YEAR),
                String.valueOf(currentYear() + 1));
    }

    /** The level asked for, the JST when none. */
    ClauseMeasureLevel level(String level) {
        if (level == null || level.isBlank()) {
            return ClauseMeasureLevel.JST;
        }
        try {
            return ClauseMeasureLevel.valueOf(level.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("level", "publicservices.measures.error.level");
        }
    }
}
