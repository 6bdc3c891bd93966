package pl.koordynator.es.localplans;

import java.util.List;

/** Figures of one theme of a diagnosis ({@code key}: pes, pesByKind, priority, needs, support, networks, procurements). */
public record DiagnosisGroup(String key, String title, List<DiagnosisFigure> figures) {

    public DiagnosisGroup {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }
}
