package pl.koordynator.es.events.domain;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import pl.koordynator.es.events.EventType;
import pl.koordynator.es.events.PlannedEvent;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;

/**
 * What part of the activity plan to show: {@code months} months from {@code from}, optionally one
 * organiser ({@link #ROPS} or a registry id), one type and one powiat ({@link #ONLINE} for events
 * held online only).
 */
public record PlanQuery(YearMonth from, int months, String organiser, EventType type, String powiat) {

    public static final int DEFAULT_MONTHS = 6;
    public static final int MAX_MONTHS = 24;
    public static final String ROPS = "ROPS";
    public static final String ONLINE = "online";

    public static PlanQuery defaults(YearMonth thisMonth) {
        return new PlanQuery(thisMonth, DEFAULT_MONTHS, null, null, null);
    }

    /** Reads the values as typed in the page's address; every wrong one is named, none is guessed. */
    public static PlanQuery parse(String from, String months, String organiser, String type, String powiat,
            YearMonth thisMonth) {
        List<FieldProblem> problems = new ArrayList<>();
        YearMonth start = thisMonth;
        if (!blank(from)) {
            try {
                start = YearMonth.parse(from.strip());
            } catch (DateTimeParseException wrong) {
                problems.add(new FieldProblem("from", "activityplan.from.invalid"));
            }
        }
        int count = DEFAULT_MONTHS;
        if (!blank(months)) {
            try {
                count = Integer.parseInt(months.strip());
            } catch (NumberFormatException wrong) {
                count = -1;
            }
            if (count < 1 || count > MAX_MONTHS) {
                problems.add(new FieldProblem("months", "activityplan.months.invalid"));
                count = DEFAULT_MONTHS;
            }
        }
        String who = blank(organiser) ? null : organiser.strip();
        if (who != null && !who.equalsIgnoreCase(ROPS) && !who.matches("\\d{1,18}")) {
            problems.add(new FieldProblem("organiser", "activityplan.organiser.invalid"));
        }
        EventType kind = null;
        if (!blank(type)) {
            try {
                kind = EventType.valueOf(type.strip());
            } catch (IllegalArgumentException wrong) {
                problems.add(new FieldProblem("type", "activityplan.type.invalid"));
            }
        }
        String where = blank(powiat) ? null : powiat.strip();
        if (where != null && !where.equalsIgnoreCase(ONLINE) && !where.matches("\\d{4}")) {
            problems.add(new FieldProblem("powiat", "activityplan.powiat.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PlanQuery(start, count, who == null ? null : who.equalsIgnoreCase(ROPS) ? ROPS : who, kind,
                where == null ? null : where.equalsIgnoreCase(ONLINE) ? ONLINE : where);
    }

    public YearMonth until() {
        return from.plusMonths(months - 1L);
    }

    public List<YearMonth> monthList() {
        List<YearMonth> list = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            list.add(from.plusMonths(i));
        }
        return list;
    }

    /** Whether the event passes the organiser, type and powiat filters. */
    public boolean matches(PlannedEvent event) {
        return (organiser == null || organiser.equals(organiserKey(event)))
                && (type == null || type == event.type())
                && (powiat == null || powiat.equals(powiatKey(event)));
    }

    public static String organiserKey(PlannedEvent event) {
        return event.organiserId() == null ? ROPS : String.valueOf(event.organiserId());
    }

    public static String powiatKey(PlannedEvent event) {
        return event.powiatTeryt() == null ? ONLINE : event.powiatTeryt();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
