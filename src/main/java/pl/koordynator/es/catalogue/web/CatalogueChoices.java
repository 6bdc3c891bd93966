package pl.koordynator.es.catalogue.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import pl.koordynator.es.catalogue.AreaScope;
import pl.koordynator.es.catalogue.CatalogueOffers;
import pl.koordynator.es.catalogue.Category;
import pl.koordynator.es.catalogue.OfferKind;
import pl.koordynator.es.catalogue.OfferStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.security.Caller;
import pl.koordynator.es.shared.OrganisationOption;
import pl.koordynator.es.shared.PickedOrganisation;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/** What the signed-in catalogue pages offer to choose from: categories, areas, the PES an OWES serves. */
@Component
class CatalogueChoices {

    private final CatalogueOffers offers;
    private final Territory territory;
    private final Organisations organisations;

    CatalogueChoices(CatalogueOffers offers, Territory territory, Organisations organisations) {
        this.offers = offers;
        this.territory = territory;
        this.organisations = organisations;
    }

    /** The lists of the offer form. */
    void addFormChoicesTo(Model model, Caller caller) {
        List<Category> categories = offers.categories();
        Map<String, List<Category>> children = categories.stream().filter(c -> !c.isTop())
                .collect(Collectors.groupingBy(Category::parentCode));
        model.addAttribute("categoryGroups", categories.stream().filter(Category::isTop)
                .map(top -> new CategoryGroup(top, children.getOrDefault(top.code(), List.of()))).toList());
        List<Unit> powiats = territory.units(Level.POWIAT, null);
        Map<String, List<Unit>> gminas = territory.units(Level.GMINA, null).stream()
                .collect(Collectors.groupingBy(Unit::powiatTeryt));
        model.addAttribute("powiats", powiats);
        model.addAttribute("areaGroups", powiats.stream()
                .map(p -> new AreaGroup(p, gminas.getOrDefault(p.teryt(), List.of()))).toList());
        model.addAttribute("offerKinds", OfferKind.values());
        model.addAttribute("areaScopes", AreaScope.values());
        if (caller.owesId() != null) {
            model.addAttribute("servedPes", servedBy(caller.owesId()));
        }
    }

    void addListChoicesTo(Model model, Caller caller) {
        model.addAttribute("statuses", OfferStatus.values());
        if (caller.owesId() != null) {
            model.addAttribute("servedPes", servedBy(caller.owesId()));
        }
    }

    /** The PES an OWES serves, by name: its picker and its filter. */
    List<OrganisationView> servedBy(long owesId) {
        return organisations.activePesServedBy(owesId);
    }

    /** The PES a ROPS picker offers for a text of two letters or more. */
    List<OrganisationOption> pesNamed(String text) {
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        return organisations.named(text.strip(), 20).stream().filter(o -> o.kind().isPes()).limit(10)
                .map(o -> new OrganisationOption(o.id(), o.name(), o.kind().name(), o.town())).toList();
    }

    /** The organisation a picker sent: its id while the box holds its name, else the typed name looked up. */
    Long picked(Long id, String typedName) {
        return PickedOrganisation.resolve(id, typedName, known -> organisations.find(known).map(o -> o.name()),
                text -> organisations.named(text, 50).stream().filter(o -> o.kind().isPes())
                        .map(o -> new PickedOrganisation.Candidate(o.id(), o.name())).toList());
    }

    String nameOf(Long id) {
        return id == null || id < 0 ? null : organisations.find(id).map(OrganisationView::name).orElse(null);
    }

    /** A top category and its subcategories, for a select grouped with optgroup. */
    record CategoryGroup(Category top, List<Category> children) {
    }

    /** A powiat and its gminas, for a select grouped with optgroup. */
    record AreaGroup(Unit powiat, List<Unit> gminas) {
    }
}
