package pl.koordynator.es.programme.domain;

import pl.koordynator.es.shared.Measure;

/** A measure the platform computes, named in the reader's language. */
public record MeasureView(String code, String name, String unit, Measure.Kind kind, boolean territorial) {
}
