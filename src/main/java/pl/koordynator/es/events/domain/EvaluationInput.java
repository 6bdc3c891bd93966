package pl.koordynator.es.events.domain;

/**
 * A participant's evaluation of an event: three ratings from 1 (poor) to 5 (very good) and an
 * optional comment of at most 2000 characters.
 */
public record EvaluationInput(Integer overall, Integer usefulness, Integer organisation, String comment) {
}
