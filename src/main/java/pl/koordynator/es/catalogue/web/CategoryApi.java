package pl.koordynator.es.catalogue.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import pl.koordynator.es.catalogue.CatalogueOffers;
import pl.koordynator.es.catalogue.Category;

/** The categories of offers, top categories each followed by their subcategories. */
@RestController
class CategoryApi {

    private final CatalogueOffers offers;

    CategoryApi(CatalogueOffers offers) {
        this.offers = offers;
    }

    @GetMapping("/api/v1/catalogue/categories")
    List<Category> categories() {
        return offers.categories();
    }
}
