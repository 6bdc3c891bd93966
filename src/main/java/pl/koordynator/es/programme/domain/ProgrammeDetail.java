package pl.koordynator.es.programme.domain;

import pl.koordynator.es.programme.ProgrammeProgress;

/** {@code GET /api/v1/programme/programmes/{id}}: the version as defined and its progress in the year asked. */
public record ProgrammeDetail(ProgrammeView programme, ProgrammeProgress progress) {
}
