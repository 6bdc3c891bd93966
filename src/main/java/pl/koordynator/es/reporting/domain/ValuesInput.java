package pl.koordynator.es.reporting.domain;

import java.util.Map;

/**
 * Values to write into a report: {@code CODE} or {@code CODE.CELL} to a number, a text or null
 * (clears it); {@code comments} by code, required where a value differs from a known one;
 * {@code version}, when given, must be the report's current version.
 */
public record ValuesInput(Map<String, Object> values, Map<String, String> comments, Long version) {
}
