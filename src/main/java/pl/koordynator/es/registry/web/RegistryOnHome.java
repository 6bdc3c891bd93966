package pl.koordynator.es.registry.web;

import static pl.koordynator.es.shared.DashboardCard.message;

import java.util.List;

import org.springframework.stereotype.Component;
import pl.koordynator.es.registry.domain.RegistryPublicFigures;
import pl.koordynator.es.shared.HomeFigure;
import pl.koordynator.es.shared.HomeSections;

/** The register's figures on the home page, each linking to the register filtered to what it counts. */
@Component
class RegistryOnHome implements HomeSections {

    private final RegistryPublicFigures figures;

    RegistryOnHome(RegistryPublicFigures figures) {
        this.figures = figures;
    }

    @Override
    public List<HomeFigure> figures() {
        RegistryPublicFigures.Figures now = figures.figures();
        return List.of(
                new HomeFigure("active-pes", 10, message("home.figure.activePes"), now.activePes(),
                        "/organisations?status=ACTIVE&pes=true"),
                new HomeFigure("social-enterprises", 20, message("home.figure.socialEnterprises"),
                        now.socialEnterprises(), "/organisations?status=ACTIVE&pes=true&ps=true"));
    }
}
