package pl.koordynator.es.networks.domain;

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
import pl.koordynator.es.events.EventAttendance;
import pl.koordynator.es.networks.Sector;
import pl.koordynator.es.networks.SectorPair;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.shared.Measure;
import pl.koordynator.es.shared.MeasureValue;
import pl.koordynator.es.shared.ProgrammeMeasures;

/**
 * What the networks module counts for the programme, as its measures count it ({@link NetworkMeasures}):
 * <ul>
 * <li>{@code networks.ties-pes-business}, {@code networks.ties-pes-science}: confirmed declared ties of
 * PES with business (science) running on some day of the days asked, by the powiat of the PES;</li>
 * <li>{@code networks.pes-with-cross-sector-tie}: PES with such a tie to business or science, each once;</li>
 * <li>{@code networks.new-ties}: confirmed declared ties starting in the days, by the powiat of their PES
 * (of either end when no PES takes part), so a tie between two powiats counts in both;</li>
 * <li>{@code networks.members}: organisations belonging to some network at the end of the days (a stock);</li>
 * <li>{@code networks.meetings}: network meetings held in the days, by the powiat of their gmina.</li>
 * </ul>
 * The project's effect "more ties of PES with business and science" is the first two added up.
 */
@Component
class NetworksProgrammeMeasures implements ProgrammeMeasures {

    static final String TIES_PES_BUSINESS = "networks.ties-pes-business";
    static final String TIES_PES_SCIENCE = "networks.ties-pes-science";
    static final String PES_WITH_CROSS_SECTOR_TIE = "networks.pes-with-cross-sector-tie";
    static final String NEW_TIES = "networks.new-ties";
    static final String MEMBERS = "networks.members";
    static final String MEETINGS = "networks.meetings";

    private static final List<Measure> MEASURES = List.of(
            new Measure(TIES_PES_BUSINESS, "measure." + TIES_PES_BUSINESS, "measure.unit.ties", Measure.Kind.FLOW, true),
            new Measure(TIES_PES_SCIENCE, "measure." + TIES_PES_SCIENCE, "measure.unit.ties", Measure.Kind.FLOW, true),
            new Measure(PES_WITH_CROSS_SECTOR_TIE, "measure." + PES_WITH_CROSS_SECTOR_TIE, "measure.unit.pes",
                    Measure.Kind.FLOW, true),
            new Measure(NEW_TIES, "measure." + NEW_TIES, "measure.unit.ties", Measure.Kind.FLOW, true),
            new Measure(MEMBERS, "measure." + MEMBERS, "measure.unit.organisations", Measure.Kind.STOCK, true),
            new Measure(MEETINGS, "measure." + MEETINGS, "measure.unit.meetings", Measure.Kind.FLOW, true));

    private final NetworkMeasures measures;
    private final Clock clock;

    NetworksProgrammeMeasures(NetworkMeasures measures, Clock clock) {
        this.measures = measures;
        this.clock = clock;
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    @Transactional(readOnly = true)
    public MeasureValue compute(String code, LocalDate from, LocalDate to) {
        Map<String, BigDecimal> byPowiat = new TreeMap<>();
        long value = 0;
        String listUrl = "/networks/ties";
        switch (code) {
            case TIES_PES_BUSINESS, TIES_PES_SCIENCE -> {
                SectorPair wanted = new SectorPair(Sector.PES,
                        code.equals(TIES_PES_BUSINESS) ? Sector.BUSINESS : Sector.SCIENCE);
                for (NetworkMeasures.Counted tie : measures.counted(from, to)) {
                    if (wanted.equals(tie.sectors())) {
                        value++;
                        powiats(tie.placedAt()).forEach(p -> byPowiat.merge(p, BigDecimal.ONE, BigDecimal::add));
                    }
                }
                listUrl = "/networks/ties?sectors=" + wanted.code();
            }
            case PES_WITH_CROSS_SECTOR_TIE -> {
                Set<Long> pes = new HashSet<>();
                for (NetworkMeasures.Counted tie : measures.counted(from, to)) {
                    for (OrganisationView organisation : tie.pesWithCrossSectorPartner()) {
                        if (pes.add(organisation.id()) && organisation.powiatTeryt() != null) {
                            byPowiat.merge(organisation.powiatTeryt(), BigDecimal.ONE, BigDecimal::add);
                        }
                    }
                }
                value = pes.size();
            }
            case NEW_TIES -> {
                for (NetworkMeasures.Counted tie : measures.counted(from, to)) {
                    if (!tie.tie().startsOn().isBefore(from)) {
                        value++;
                        powiats(tie.placedAt()).forEach(p -> byPowiat.merge(p, BigDecimal.ONE, BigDecimal::add));
                    }
                }
            }
            case MEMBERS -> {
                for (OrganisationView member : measures.membersOn(to).values()) {
                    value++;
                    if (member.powiatTeryt() != null) {
                        byPowiat.merge(member.powiatTeryt(), BigDecimal.ONE, BigDecimal::add);
                    }
                }
                listUrl = "/networks";
            }
            case MEETINGS -> {
                for (EventAttendance meeting : measures.meetingsHeld(from, to)) {
                    value++;
                    if (meeting.gminaTeryt() != null) {
                        byPowiat.merge(meeting.gminaTeryt().substring(0, 4), BigDecimal.ONE, BigDecimal::add);
                    }
                }
                listUrl = "/networks";
            }
            default -> throw new IllegalArgumentException("not a measure of the networks module: " + code);
        }
        LocalDate first = code.equals(MEMBERS) ? to : from;
        return new MeasureValue(code, first, to, BigDecimal.valueOf(value), byPowiat, listUrl, clock.instant());
    }

    private static Set<String> powiats(List<OrganisationView> placed) {
        Set<String> powiats = new java.util.LinkedHashSet<>();
        placed.forEach(o -> {
            if (o.powiatTeryt() != null) {
                powiats.add(o.powiatTeryt());
            }
        });
        return powiats;
    }
}
