package pl.koordynator.es.programme.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import pl.koordynator.es.programme.ProgrammeProgress;
import pl.koordynator.es.programme.domain.AnnualReport;
import pl.koordynator.es.programme.domain.AnnualReportPdf;
import pl.koordynator.es.programme.domain.AnnualReportXlsx;
import pl.koordynator.es.programme.domain.ProgrammeService;
import pl.koordynator.es.shared.Downloads;

/**
 * The annual monitoring report of a programme version for a year, as PDF and XLSX, from the tree
 * page and from the API; both render the {@link ProgrammeProgress} the tree page shows. Without a
 * year the service picks the current one (within the programme's period), as the page does.
 */
@Controller
class ProgrammeReports {

    private final ProgrammeService programmes;
    private final AnnualReportPdf pdf;
    private final AnnualReportXlsx xlsx;

    ProgrammeReports(ProgrammeService programmes, AnnualReportPdf pdf, AnnualReportXlsx xlsx) {
        this.programmes = programmes;
        this.pdf = pdf;
        this.xlsx = xlsx;
    }

    @GetMapping("/programme/{id:\\d+}/report.pdf")
    void pagePdf(@PathVariable long id, @RequestParam(required = false) Integer year, HttpServletResponse response)
            throws IOException {
        sendPdf(programmes.detail(id, year).progress(), response);
    }

    @GetMapping("/programme/{id:\\d+}/report.xlsx")
    void pageXlsx(@PathVariable long id, @RequestParam(required = false) Integer year, HttpServletResponse response)
            throws IOException {
        sendXlsx(programmes.detail(id, year).progress(), response);
    }

    @GetMapping("/api/v1/programme/report.pdf")
    void apiPdf(@RequestParam long programmeId, @RequestParam(required = false) Integer year,
            HttpServletResponse response) throws IOException {
        sendPdf(programmes.detail(programmeId, year).progress(), response);
    }

    @GetMapping("/api/v1/programme/report.xlsx")
    void apiXlsx(@RequestParam long programmeId, @RequestParam(required = false) Integer year,
            HttpServletResponse response) throws IOException {
        sendXlsx(programmes.detail(programmeId, year).progress(), response);
    }

    private void sendPdf(ProgrammeProgress progress, HttpServletResponse response) throws IOException {
        byte[] bytes = pdf.render(progress, LocaleContextHolder.getLocale());
        Downloads.attachment(response, MediaType.APPLICATION_PDF, AnnualReport.fileName(progress, "pdf"));
        response.getOutputStream().write(bytes);
    }

    private void sendXlsx(ProgrammeProgress progress, HttpServletResponse response) throws IOException {
        Downloads.attachment(response, Downloads.XLSX, AnnualReport.fileName(progress, "xlsx"));
        xlsx.write(progress, LocaleContextHolder.getLocale(), response.getOutputStream());
    }
}
