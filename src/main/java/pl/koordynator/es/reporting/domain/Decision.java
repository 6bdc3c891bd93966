package pl.koordynator.es.reporting.domain;

import java.util.Map;

/** ROPS's word on a report: a general comment (or reopening reason) and comments per indicator code. */
public record Decision(String comment, Map<String, String> comments, Long version) {
}
