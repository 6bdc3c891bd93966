package pl.koordynator.es.networks.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import pl.koordynator.es.networks.Sector;
import pl.koordynator.es.networks.SectorPair;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.Downloads.Table;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * The yearly report as XLSX through {@link Downloads}: a sheet of networks, one of their meetings,
 * one of the region's ties by pair of sectors with the graph metrics, one per powiat. Numbers and
 * dates are real cells.
 */
@Component
public class NetworksReportXlsx {

    /** The pairs of sectors with a PES at one end, in the order of {@link Sector}. */
    static final List<SectorPair> PES_PAIRS = Arrays.stream(Sector.values())
            .map(sector -> new SectorPair(Sector.PES, sector)).toList();

    /** The pairs the programme watches most, as the columns of the per-powiat table. */
    static final List<String> POWIAT_COLUMNS = List.of("PES_BUSINESS", "PES_SCIENCE", "PES_JST", "PES_PES");

    private final MessageSource messages;
    private final PlatformSettings settings;

    NetworksReportXlsx(MessageSource messages, PlatformSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    /** One figure of the region sheet. */
    record Figure(String label, Object active, Object added) {
    }

    /** A meeting with the network it belongs to. */
    record Meeting(String network, LocalDate day, String title, long attendees, long organisations) {
    }

    public void write(NetworksReport.Report report, OutputStream out) throws IOException {
        String title = message("networks.report.title", String.valueOf(report.year()));
        Table<NetworksReport.NetworkYear> networks = new Table<NetworksReport.NetworkYear>(message("networks.report.sheet.networks"))
                .title(title)
                .column(message("networks.report.network"), 40, NetworksReport.NetworkYear::name)
                .column(message("networks.field.kind"), 26, n -> message("networks.kind." + n.kind().name()))
                .column(message("networks.field.coordinator"), 32, NetworksReport.NetworkYear::coordinatorName)
                .column(message("networks.report.membersAtYearEnd"), 14, NetworksReport.NetworkYear::members);
        for (Sector sector : Sector.values()) {
            networks.column(message("networks.report.membersOf", message("networks.sector." + sector.name())), 12,
                    n -> n.membersBySector().getOrDefault(sector, 0L));
        }
        networks.column(message("networks.page.joinedInYear"), 12, NetworksReport.NetworkYear::joined)
                .column(message("networks.page.leftInYear"), 12, NetworksReport.NetworkYear::left)
                .column(message("networks.report.meetings"), 12, n -> n.meetings().size())
                .column(message("networks.report.attendees"), 12, NetworksReport.NetworkYear::attendees)
                .column(message("networks.report.newTies"), 14, NetworksReport.NetworkYear::newTies)
                .rows(report.networks());

        List<Meeting> meetingRows = new ArrayList<>();
        report.networks().forEach(network -> network.meetings().forEach(meeting -> meetingRows.add(new Meeting(
                network.name(), meeting.startsAt().atZoneSameInstant(settings.timeZone()).toLocalDate(),
                meeting.title(), meeting.attendees(), meeting.organisations()))));
        Table<Meeting> meetings = new Table<Meeting>(message("networks.report.sheet.meetings")).title(title)
                .column(message("networks.report.network"), 40, Meeting::network)
                .column(message("networks.field.date"), 12, Meeting::day)
                .column(message("networks.field.meeting"), 48, Meeting::title)
                .column(message("networks.field.attendees"), 12, Meeting::attendees)
                .column(message("networks.field.attendingOrganisations"), 14, Meeting::organisations)
                .rows(meetingRows);

        List<Figure> figures = new ArrayList<>();
        TieMeasureRow region = report.region().rows().isEmpty() ? null : report.region().rows().get(0);
        if (region != null) {
            for (SectorPair pair : PES_PAIRS) {
                figures.add(new Figure(pairName(pair), region.activeBySectors().getOrDefault(pair.code(), 0L),
                        region.newBySectors().getOrDefault(pair.code(), 0L)));
            }
            figures.add(new Figure(message("networks.report.allTies"), region.activeTies(), region.newTies()));
            figures.add(new Figure(message("networks.report.pesCrossSector"), region.pesWithCrossSectorTie(), null));
            figures.add(new Figure(message("networks.report.networkMeetings"), region.meetings(), null));
            figures.add(new Figure(message("networks.report.networkAttendees"), region.meetingAttendees(), null));
        }
        NetworkGraph.Metrics graph = report.graph();
        figures.add(new Figure(message("networks.graph.m.nodes"), graph.nodes(), null));
        figures.add(new Figure(message("networks.graph.m.edges"), graph.edges(), null));
        figures.add(new Figure(message("networks.graph.m.density"), graph.density(), null));
        figures.add(new Figure(message("networks.graph.m.components"), graph.components(), null));
        figures.add(new Figure(message("networks.graph.m.bridges"), graph.bridges(), null));
        figures.add(new Figure(message("networks.graph.m.isolated"), graph.shareOfPesWithoutTie(), null));
        Table<Figure> measures = new Table<Figure>(message("networks.report.sheet.region")).title(title)
                .column(message("networks.report.measure"), 48, Figure::label)
                .column(message("networks.report.active"), 16, Figure::active)
                .column(message("networks.report.new"), 16, Figure::added)
                .rows(figures);

        Table<TieMeasureRow> powiats = new Table<TieMeasureRow>(message("networks.report.sheet.powiats")).title(title)
                .column(message("networks.field.powiat"), 28, TieMeasureRow::name)
                .column("TERYT", 8, TieMeasureRow::teryt);
        for (String code : POWIAT_COLUMNS) {
            powiats.column(pairName(SectorPair.parse(code)), 14, row -> row.activeBySectors().getOrDefault(code, 0L));
        }
        powiats.column(message("networks.report.newShort"), 12, TieMeasureRow::newTies)
                .column(message("networks.report.pesCrossSectorShort"), 16, TieMeasureRow::pesWithCrossSectorTie)
                .rows(report.powiats().rows().stream().filter(r -> "powiat".equals(r.level())).toList());

        Downloads.writeXlsx(out, List.of(networks, meetings, measures, powiats));
    }

    private String pairName(SectorPair pair) {
        return message("networks.sector." + pair.first().name()) + " – " + message("networks.sector." + pair.second().name());
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
