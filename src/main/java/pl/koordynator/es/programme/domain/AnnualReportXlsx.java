package pl.koordynator.es.programme.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.koordynator.es.programme.ProgrammeProgress;
import pl.koordynator.es.programme.domain.AnnualReport.Row;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.Downloads.Table;

/**
 * The annual monitoring report as one XLSX sheet, a row per line of {@link AnnualReport}: numbers
 * are number cells (the progress in per cent with one decimal, as the page shows it), so the
 * sheet sums and sorts and reads back to exactly the figures of the page and the API.
 */
@Component
public class AnnualReportXlsx {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MessageSource messages;

    AnnualReportXlsx(MessageSource messages) {
        this.messages = messages;
    }

    public void write(ProgrammeProgress progress, Locale locale, OutputStream out) throws IOException {
        Downloads.writeXlsx(out, List.of(table(progress, locale)));
    }

    Table<Row> table(ProgrammeProgress progress, Locale locale) {
        ReportTexts text = new ReportTexts(messages, locale);
        Table<Row> table = new Table<Row>(text.get("programme.report.sheet", String.valueOf(progress.year())))
                .title(text.title(progress));
        if (progress.resolutionNumber() != null) {
            table.title(text.get("programme.report.resolution", progress.resolutionNumber(),
                    progress.resolutionDate() == null ? "" : DATE.format(progress.resolutionDate())));
        }
        table.title(text.get("programme.report.overall", text.percent(AnnualReport.percent(progress.progress())),
                text.status(progress.overall())));
        return table
                .column(text.get("programme.report.col.level"), 14, row -> text.kind(row.kind()))
                .column(text.get("programme.report.col.code"), 10, Row::code)
                .column(text.get("programme.report.col.name"), 50, Row::name)
                .column(text.get("programme.report.col.unit"), 12, Row::unit)
                .column(text.get("programme.report.col.baseline"), 12, Row::baseline)
                .column(text.get("programme.report.col.baselineYear"), 10, Row::baselineYear)
                .column(text.get("programme.report.col.target"), 12, Row::target)
                .column(text.get("programme.report.col.actual"), 12, Row::actual)
                .column(text.get("programme.report.col.cumulative"), 12, Row::cumulative)
                .column(text.get("programme.report.col.finalTarget"), 12, Row::finalTarget)
                .column(text.get("programme.report.col.progress"), 10, Row::progress)
                .column(text.get("programme.report.col.status"), 16, row -> text.status(row.status()))
                .column(text.get("programme.report.col.source"), 24, row -> row.indicator() ? text.source(row) : null)
                .column(text.get("programme.report.col.responsible"), 30, Row::responsible)
                .column(text.get("programme.report.col.partners"), 30, Row::partners)
                .column(text.get("programme.report.col.budgetPlanned"), 14, Row::budgetPlanned)
                .column(text.get("programme.report.col.budgetSpent"), 14, Row::budgetSpent)
                .column(text.get("programme.report.col.actionStatus"), 14, row -> text.actionStatus(row.actionStatus()))
                .column(text.get("programme.report.col.comment"), 40, Row::comment)
                .rows(AnnualReport.rows(progress));
    }
}
