package pl.koordynator.es.reporting.domain;

/** A report to open: for which OWES, on which template, for which period ({@code 2025Q1}). */
public record NewReport(Long owesId, String templateCode, String period) {
}
