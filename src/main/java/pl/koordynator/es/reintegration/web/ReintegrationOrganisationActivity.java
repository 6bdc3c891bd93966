package pl.koordynator.es.reintegration.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.ActivitySection;
import pl.koordynator.es.registry.ActivitySection.Figure;
import pl.koordynator.es.registry.ActivitySection.FigureGroup;
import pl.koordynator.es.registry.ActivitySection.Row;
import pl.koordynator.es.registry.OrganisationActivity;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.reintegration.ReferralPartyKind;
import pl.koordynator.es.reintegration.ReintegrationCapacity;
import pl.koordynator.es.reintegration.UnitCapacity;

import static pl.koordynator.es.shared.DashboardCard.literal;
import static pl.koordynator.es.shared.DashboardCard.message;

/**
 * A reintegration unit's places on its card, as numbers, to everyone: places, occupied, free and waiting,
 * each programme with its figures, and the day the unit confirmed them. Those who may change them (the
 * unit's PES users, ROPS) get a link to the form, and a unit that has not reported says so to them only.
 * Nothing about referrals: those are seen by their two parties on their own pages.
 */
@Component("reintegrationOrganisationActivity")
class ReintegrationOrganisationActivity implements OrganisationActivity {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ReintegrationCapacity capacity;

    ReintegrationOrganisationActivity(ReintegrationCapacity capacity) {
        this.capacity = capacity;
    }

    @Override
    public List<ActivitySection> sections(OrganisationView organisation) {
        ReferralPartyKind kind = ReferralPartyKind.of(organisation.kind(), organisation.socialEnterprise());
        if (kind == null || !kind.receives()) {
            return List.of();
        }
        Optional<UnitCapacity> found = capacity.find(organisation.id());
        boolean editor = capacity.mayEdit(organisation.id());
        String form = editor ? "/reintegracja/miejsca/" + organisation.id() : null;
        if (found.isEmpty()) {
            return editor ? List.of(new ActivitySection("reintegration-places", 80,
                    message("reintegration.capacity.activity.titleNone"), List.of(), List.of(), 0, form,
                    message("reintegration.capacity.activity.edit"), message("reintegration.capacity.activity.none")))
                    : List.of();
        }
        UnitCapacity unit = found.get();
        List<Figure> figures = List.of(
                new Figure("places", message("reintegration.capacity.column.places"), unit.places()),
                new Figure("occupied", message("reintegration.capacity.column.occupied"), unit.occupied()),
                new Figure("free", message("reintegration.capacity.column.free"), unit.free()),
                new Figure("waiting", message("reintegration.capacity.column.waiting"), unit.waiting()));
        List<Row> rows = unit.lines().stream().map(line -> new Row(literal(line.programme()), null,
                message("reintegration.capacity.activity.line", line.free(), line.places(), line.occupied(),
                        line.waiting()))).toList();
        return List.of(new ActivitySection("reintegration-places", 80,
                message("reintegration.capacity.activity.title", literal(DATE.format(unit.updatedOn()))),
                List.of(new FigureGroup("summary", null, figures)), rows, rows.size(),
                editor ? form : "/reintegracja/wolne-miejsca?powiat=" + unit.powiatTeryt(),
                message(editor ? "reintegration.capacity.activity.edit" : "reintegration.capacity.activity.more"),
                message("reintegration.capacity.activity.noLines")));
    }
}
