package pl.koordynator.es.networks.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.koordynator.es.networks.domain.NetworksReport;
import pl.koordynator.es.networks.domain.NetworksReportPdf;
import pl.koordynator.es.networks.domain.NetworksReportXlsx;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.InvalidInputException;

/** The yearly report on the regional networks as PDF and XLSX ({@code ?year=}, this year by default). */
@Controller
@RequestMapping("/networks")
class NetworksReportPages {

    private final NetworksReport reports;
    private final NetworksReportPdf pdf;
    private final NetworksReportXlsx xlsx;

    NetworksReportPages(NetworksReport reports, NetworksReportPdf pdf, NetworksReportXlsx xlsx) {
        this.reports = reports;
        this.pdf = pdf;
        this.xlsx = xlsx;
    }

    @GetMapping("/report.pdf")
    void pdf(@RequestParam(required = false) String year, HttpServletResponse response) throws IOException {
        NetworksReport.Report report = reports.of(reports.year(year(year)));
        byte[] bytes = pdf.render(report);
        Downloads.attachment(response, MediaType.APPLICATION_PDF, fileName(report, "pdf"));
        response.getOutputStream().write(bytes);
    }

    @GetMapping("/report.xlsx")
    void xlsx(@RequestParam(required = false) String year, HttpServletResponse response) throws IOException {
        NetworksReport.Report report = reports.of(reports.year(year(year)));
        Downloads.attachment(response, Downloads.XLSX, fileName(report, "xlsx"));
        xlsx.write(report, response.getOutputStream());
    }

    private static Integer year(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(year.strip());
        } catch (NumberFormatException notANumber) {
            throw InvalidInputException.of("year", "networks.measures.year.range");
        }
    }

    private static String fileName(NetworksReport.Report report, String extension) {
        return "raport-sieci-regionalnych-" + report.year() + "." + extension;
    }
}
