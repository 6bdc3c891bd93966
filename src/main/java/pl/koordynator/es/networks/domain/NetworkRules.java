package pl.koordynator.es.networks.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import pl.koordynator.es.networks.NetworkKind;
import pl.koordynator.es.networks.NetworkStatus;
import pl.koordynator.es.networks.NetworkTerritory;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/** The one place where the rules of a network's fields live. */
@Component
public class NetworkRules {

    public static final int NAME_MAX = 300;
    public static final int DESCRIPTION_MAX = 8000;

    record Checked(String name, NetworkKind kind, String description, NetworkTerritory territory, Long subregionId,
            List<String> powiatTeryts, Long coordinatorId, LocalDate foundedOn, LocalDate endedOn,
            NetworkStatus status, boolean publicNetwork) {
    }

    private final Organisations organisations;
    private final Territory territory;

    NetworkRules(Organisations organisations, Territory territory) {
        this.organisations = organisations;
        this.territory = territory;
    }

    Checked check(NetworkInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = Values.line(input.name());
        if (name == null) {
            problems.add(new FieldProblem("name", "networks.network.name.required"));
        } else if (Values.length(name) > NAME_MAX) {
            problems.add(new FieldProblem("name", "networks.text.tooLong", new Object[] {NAME_MAX}));
        }
        NetworkKind kind = null;
        if (Values.blank(input.kind())) {
            problems.add(new FieldProblem("kind", "networks.network.kind.required"));
        } else if ((kind = Values.code(NetworkKind.class, input.kind())) == null) {
            problems.add(new FieldProblem("kind", "networks.network.kind.unknown"));
        }
        String description = Values.text(input.description());
        if (Values.length(description) > DESCRIPTION_MAX) {
            problems.add(new FieldProblem("description", "networks.text.tooLong", new Object[] {DESCRIPTION_MAX}));
        }
        NetworkTerritory area = Values.blank(input.territory()) ? NetworkTerritory.REGION
                : Values.code(NetworkTerritory.class, input.territory());
        Long subregionId = null;
        List<String> powiats = List.of();
        if (area == null) {
            problems.add(new FieldProblem("territory", "networks.network.territory.unknown"));
        } else if (area == NetworkTerritory.SUBREGION) {
            if (input.subregionId() == null || territory.subregion(input.subregionId()).isEmpty()) {
                problems.add(new FieldProblem("subregionId", "networks.network.subregion.unknown"));
            } else {
                subregionId = input.subregionId();
                powiats = territory.subregion(subregionId).orElseThrow().powiatTeryts();
            }
        } else if (area == NetworkTerritory.POWIATS) {
            Set<String> known = new LinkedHashSet<>();
            territory.units(Level.POWIAT, null).stream().map(Unit::teryt).forEach(known::add);
            List<String> given = input.powiatTeryts() == null ? List.of()
                    : input.powiatTeryts().stream().filter(p -> p != null && !p.isBlank()).map(String::strip)
                            .distinct().toList();
            if (given.isEmpty()) {
                problems.add(new FieldProblem("powiatTeryts", "networks.network.powiats.required"));
            } else if (!known.containsAll(given)) {
                problems.add(new FieldProblem("powiatTeryts", "networks.network.powiats.unknown"));
            } else {
                powiats = given;
            }
        }
        Long coordinatorId = input.coordinatorId();
        if (coordinatorId != null && organisations.find(coordinatorId).isEmpty()) {
            problems.add(new FieldProblem("coordinatorId", "networks.organisation.unknown"));
        }
        LocalDate founded = date(input.foundedOn(), "foundedOn", problems);
        LocalDate ended = date(input.endedOn(), "endedOn", problems);
        if (founded != null && ended != null && ended.isBefore(founded)) {
            problems.add(new FieldProblem("endedOn", "networks.network.endedBeforeFounded"));
        }
        NetworkStatus status = Values.blank(input.status()) ? (ended == null ? NetworkStatus.ACTIVE : NetworkStatus.ENDED)
                : Values.code(NetworkStatus.class, input.status());
        if (status == null) {
            problems.add(new FieldProblem("status", "networks.network.status.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(name, kind, description, area, subregionId, powiats, coordinatorId, founded, ended, status,
                input.publicNetwork() == null || input.publicNetwork());
    }

    static LocalDate date(String text, String field, List<FieldProblem> problems) {
        if (Values.blank(text)) {
            return null;
        }
        LocalDate date = Values.date(text);
        if (date == null) {
            problems.add(new FieldProblem(field, "networks.date.format"));
        }
        return date;
    }
}
