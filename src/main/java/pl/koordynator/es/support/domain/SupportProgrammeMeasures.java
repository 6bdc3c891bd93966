package pl.koordynator.es.support.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.events.Events;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.Measure;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.shared.ProgrammeMeasures;

/**
 * {@code support.pes-supported}: the distinct PES supported in the days by the rule of
 * {@link SupportService#supportedPes} for the whole region (a support record dated in the days, or
 * someone of the PES checked in at an event that starts in them and is not cancelled), so an
 * indicator on it shows the number {@code GET /api/v1/support/supported-pes} gives for the same
 * days. By powiat: the powiat of the PES's gmina as the register has it today. Three queries
 * (support records, attendance, the PES among them with their gminas) whatever the number of PES.
 */
@Component
class SupportProgrammeMeasures implements ProgrammeMeasures {

    static final String PES_SUPPORTED = "support.pes-supported";

    private static final List<Measure> MEASURES = List.of(
            new Measure(PES_SUPPORTED, "measure." + PES_SUPPORTED, "measure.unit.pes", Measure.Kind.FLOW, true));

    private final SupportRepository records;
    private final Events events;
    private final Organisations organisations;
    private final Clock clock;

    SupportProgrammeMeasures(SupportRepository records, Events events, Organisations organisations, Clock clock) {
        this.records = records;
        this.events = events;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    @Transactional(readOnly = true)
    public MeasureValue compute(String code, LocalDate from, LocalDate to) {
        if (!PES_SUPPORTED.equals(code)) {
            throw new IllegalArgumentException("not a measure of the support module: " + code);
        }
        Set<Long> fromSupport = records.supportedPes(from, to, null);
        Set<Long> attending = events.attendingOrganisations(null, from, to);
        Set<Long> asked = new HashSet<>(fromSupport);
        asked.addAll(attending);
        Map<Long, OrganisationView> found = organisations.findAll(asked);
        // a support record names a PES (the service checked it); an attendee counts only when it is one
        Set<Long> supported = new HashSet<>(fromSupport);
        attending.stream().filter(id -> found.containsKey(id) && found.get(id).kind().isPes()).forEach(supported::add);
        Map<String, BigDecimal> byPowiat = new TreeMap<>();
        for (Long id : supported) {
            OrganisationView pes = found.get(id);
            if (pes != null && pes.powiatTeryt() != null) {
                byPowiat.merge(pes.powiatTeryt(), BigDecimal.ONE, BigDecimal::add);
            }
        }
        return new MeasureValue(code, from, to, BigDecimal.valueOf(supported.size()), byPowiat,
                "/support?from=" + from + "&to=" + to, clock.instant());
    }
}
