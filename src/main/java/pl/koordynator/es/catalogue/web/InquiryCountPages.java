package pl.koordynator.es.catalogue.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.koordynator.es.catalogue.CatalogueInquiries;
import pl.koordynator.es.catalogue.InquiryCounts;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.Downloads.Table;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * ROPS's view of buyers' inquiries in a year: how many came and what came of them, in total,
 * per month and per PES. Counts only: who asked and what they wrote stay with the PES.
 */
@Controller
@RequestMapping("/zapytania/statystyki")
class InquiryCountPages {

    /** The first year offered: the catalogue started in 2026. */
    static final int FIRST_YEAR = 2026;

    private final CatalogueInquiries inquiries;
    private final MessageSource messages;
    private final Clock clock;

    InquiryCountPages(CatalogueInquiries inquiries, MessageSource messages, Clock clock) {
        this.inquiries = inquiries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String counts(@RequestParam(required = false) Integer year, Model model) {
        int chosen = year(year);
        model.addAttribute("year", chosen);
        model.addAttribute("years", years());
        model.addAttribute("counts", inquiries.counts(LocalDate.of(chosen, 1, 1), LocalDate.of(chosen, 12, 31)));
        model.addAttribute("months", months(chosen));
        return "catalogue/pages/inquiry-counts";
    }

    @GetMapping("/eksport.csv")
    void csv(@RequestParam(required = false) Integer year, Locale locale, HttpServletResponse response)
            throws IOException {
        Downloads.csv(response, "zapytania-" + year(year) + ".csv", table(year(year), locale));
    }

    @GetMapping("/eksport.xlsx")
    void xlsx(@RequestParam(required = false) Integer year, Locale locale, HttpServletResponse response)
            throws IOException {
        Downloads.xlsx(response, "zapytania-" + year(year) + ".xlsx", table(year(year), locale));
    }

    private Table<InquiryCounts.Row> table(int year, Locale locale) {
        InquiryCounts counts = inquiries.counts(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        InquiryCounts.Row total = counts.total();
        return new Table<InquiryCounts.Row>(text("catalogue.pages.counts.sheet", locale))
                .title(text("catalogue.pages.counts.title", locale) + " " + year)
                .column(text("catalogue.pages.counts.organisation", locale), 50, InquiryCounts.Row::organisationName)
                .column(text("catalogue.pages.counts.inquiries", locale), InquiryCounts.Row::inquiries)
                .column(text("catalogue.pages.outcome.NEW", locale), InquiryCounts.Row::fresh)
                .column(text("catalogue.pages.outcome.ANSWERED", locale), InquiryCounts.Row::answered)
                .column(text("catalogue.pages.outcome.WON", locale), InquiryCounts.Row::won)
                .column(text("catalogue.pages.outcome.LOST", locale), InquiryCounts.Row::lost)
                .rows(counts.organisations())
                .footer(text("catalogue.pages.counts.total", locale), total.inquiries(), total.fresh(),
                        total.answered(), total.won(), total.lost());
    }

    /** The year's months up to the current one, each with its totals: one count per month. */
    private List<MonthCounts> months(int year) {
        YearMonth now = YearMonth.now(clock);
        List<MonthCounts> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth ym = YearMonth.of(year, month);
            if (ym.isAfter(now)) {
                break;
            }
            months.add(new MonthCounts(ym, inquiries.counts(ym.atDay(1), ym.atEndOfMonth()).total()));
        }
        return months;
    }

    private int year(Integer year) {
        int now = LocalDate.now(clock).getYear();
        if (year == null) {
            return now;
        }
        if (year < FIRST_YEAR - 1 || year > now) {
            throw InvalidInputException.of("year", "catalogue.pages.error.year");
        }
        return year;
    }

    private List<Integer> years() {
        int now = LocalDate.now(clock).getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now; y >= Math.min(FIRST_YEAR, now); y--) {
            years.add(y);
        }
        return years;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** One month's totals. */
    record MonthCounts(YearMonth month, InquiryCounts.Row counts) {

        /** The month as the reports write it: 03.2026. */
        public String label() {
            return String.format("%02d.%d", month.getMonthValue(), month.getYear());
        }
    }
}
