package pl.koordynator.es.events.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import pl.koordynator.es.events.domain.EventView;

/** A month as weeks from Monday to Sunday, each day with the events that start on it. */
public record CalendarMonth(YearMonth month, List<List<Day>> weeks) {

    public record Day(LocalDate date, boolean inMonth, boolean today, List<EventView> events) {

        public int dayOfMonth() {
            return date.getDayOfMonth();
        }
    }

    static LocalDate firstShown(YearMonth month) {
        return month.atDay(1).with(DayOfWeek.MONDAY);
    }

    static LocalDate lastShown(YearMonth month) {
        return month.atEndOfMonth().with(DayOfWeek.SUNDAY);
    }

    static CalendarMonth of(YearMonth month, List<EventView> events, LocalDate today, ZoneId zone) {
        Map<LocalDate, List<EventView>> byDay = new LinkedHashMap<>();
        for (EventView event : events) {
            byDay.computeIfAbsent(event.startsAt().atZoneSameInstant(zone).toLocalDate(), d -> new ArrayList<>())
                    .add(event);
        }
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate monday = firstShown(month); !monday.isAfter(lastShown(month)); monday = monday.plusWeeks(1)) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate date = monday.plusDays(i);
                week.add(new Day(date, YearMonth.from(date).equals(month), date.equals(today),
                        byDay.getOrDefault(date, List.of())));
            }
            weeks.add(week);
        }
        return new CalendarMonth(month, weeks);
    }

    public String previous() {
        return month.minusMonths(1).toString();
    }

    public String next() {
        return month.plusMonths(1).toString();
    }

    public int monthValue() {
        return month.getMonthValue();
    }

    public int year() {
        return month.getYear();
    }

    public boolean empty() {
        return weeks.stream().flatMap(List::stream).allMatch(day -> !day.inMonth() || day.events().isEmpty());
    }
}
