package pl.koordynator.es.catalogue.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import pl.koordynator.es.catalogue.CatalogueOffers;
import pl.koordynator.es.catalogue.OfferSearch;
import pl.koordynator.es.catalogue.OfferSearchResult;
import pl.koordynator.es.catalogue.OfferSort;
import pl.koordynator.es.catalogue.OfferSummary;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The map of providers, a page of its own so that Leaflet's 40 KiB load only there and not with
 * the catalogue: the gminas where PES with published offers are based, shaded by how many, each
 * leading to the catalogue filtered to the offers serving it. The same figures as a table, for
 * whom the map is no use.
 */
@Controller
class CatalogueMapPages {

    /** Offers read to place the providers; the catalogue of a region holds far fewer. */
    private static final int MOST_OFFERS = 5 * Paging.MAX_SIZE;

    private final CatalogueOffers offers;
    private final Territory territory;
    private final JsonMapper json;
    private final String tilesUrl;

    CatalogueMapPages(CatalogueOffers offers, Territory territory, JsonMapper json,
            @Value("${koordynator.map.tiles-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tilesUrl) {
        this.offers = offers;
        this.territory = territory;
        this.json = json;
        this.tilesUrl = tilesUrl;
    }

    /** A gmina with providers: how many PES are based there and how many offers serve it. */
    record ProviderGmina(String teryt, String name, int providers, long offersServing) {
    }

    @GetMapping("/katalog/mapa")
    String map(Model model) {
        model.addAttribute("gminas", providerGminas());
        model.addAttribute("tilesUrl", tilesUrl == null ? "" : tilesUrl.strip());
        model.addAttribute("hasBoundaries", territory.hasBoundaries(Level.GMINA));
        return "catalogue/public/map";
    }

    @GetMapping(value = "/katalog/mapa.geojson", produces = "application/geo+json")
    ResponseEntity<String> layer() {
        Map<String, String> geometries = territory.boundaryGeometries(Level.GMINA);
        ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (ProviderGmina gmina : providerGminas()) {
            String geometry = geometries.get(gmina.teryt());
            if (geometry == null) {
                continue;
            }
            ObjectNode feature = features.addObject().put("type", "Feature");
            feature.set("geometry", json.readTree(geometry));
            feature.putObject("properties").put("teryt", gmina.teryt()).put("name", gmina.name())
                    .put("providers", gmina.providers()).put("offers", gmina.offersServing());
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
                .cacheControl(CacheControl.noCache()).body(json.writeValueAsString(collection));
    }

    private List<ProviderGmina> providerGminas() {
        Map<String, Set<Long>> providers = new HashMap<>();
        Map<String, Long> serving = new HashMap<>();
        OfferSearchResult first = null;
        for (int page = 0; page * Paging.MAX_SIZE < MOST_OFFERS; page++) {
            OfferSearchResult result = offers.search(new OfferSearch(null, null, null, null, null, null, null,
                    OfferSort.NAME, page, Paging.MAX_SIZE));
            if (first == null) {
                first = result;
            }
            for (OfferSummary offer : result.offers().items()) {
                if (offer.organisationGminaTeryt() != null) {
                    providers.computeIfAbsent(offer.organisationGminaTeryt(), teryt -> new HashSet<>())
                            .add(offer.organisationId());
                }
            }
            if (!result.offers().hasNext()) {
                break;
            }
        }
        first.gminas().forEach(facet -> serving.put(facet.value(), facet.count()));
        List<ProviderGmina> gminas = new ArrayList<>();
        providers.forEach((teryt, ids) -> gminas.add(new ProviderGmina(teryt,
                territory.find(teryt).map(Unit::name).orElse(teryt), ids.size(), serving.getOrDefault(teryt, 0L))));
        gminas.sort(Comparator.comparing(ProviderGmina::providers).reversed().thenComparing(ProviderGmina::name));
        return gminas;
    }
}
