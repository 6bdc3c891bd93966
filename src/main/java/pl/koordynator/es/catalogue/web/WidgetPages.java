package pl.koordynator.es.catalogue.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import pl.koordynator.es.catalogue.CatalogueOffers;
import pl.koordynator.es.catalogue.Category;
import pl.koordynator.es.catalogue.OfferSearch;
import pl.koordynator.es.catalogue.OfferSearchResult;
import pl.koordynator.es.catalogue.OfferSort;
import pl.koordynator.es.shared.PlatformSettings;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Territory;
import pl.koordynator.es.territory.Unit;

/**
 * The catalogue widget for the websites of local governments: a small page meant for an
 * {@code <iframe>} (the only pages another site may frame: {@link WidgetFraming}), the script that
 * inserts that iframe, and the instructions for webmasters with snippets built for a chosen gmina
 * and category.
 */
@Controller
class WidgetPages {

    static final String WIDGET = "/katalog/widzet";
    static final String SCRIPT = "/katalog/widzet.js";

    private final CatalogueOffers offers;
    private final Territory territory;
    private final PlatformSettings platform;

    WidgetPages(CatalogueOffers offers, Territory territory, PlatformSettings platform) {
        this.offers = offers;
        this.territory = territory;
        this.platform = platform;
    }

    @GetMapping(WIDGET)
    String widget(@ModelAttribute("widget") WidgetFilter filter, Locale locale, Model model) {
        OfferSearchResult result = offers.search(new OfferSearch(null, filter.category(), filter.gmina(), null, null,
                null, null, OfferSort.NEWEST, 0, filter.limitOrDefault()));
        model.addAttribute("offers", result.offers());
        model.addAttribute("gminaName", filter.gmina() == null ? null
                : territory.gmina(filter.gmina()).map(Unit::name).orElse(null));
        model.addAttribute("categoryName", categoryName(filter.category(), locale));
        // relative links: inside the frame they lead to this installation, whatever site frames it
        model.addAttribute("catalogueLink", filter.catalogueLink());
        return "catalogue/public/widget";
    }

    /** The script alternative; its address is fixed in other sites' pages, so it is cached briefly, not for ever. */
    @GetMapping(SCRIPT)
    ResponseEntity<Resource> script() {
        return ResponseEntity.ok().contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(new ClassPathResource("static/js/catalogue-embed.js"));
    }

    @GetMapping(WIDGET + "/instrukcja")
    String instructions(@ModelAttribute("widget") WidgetFilter filter, Locale locale, Model model) {
        model.addAttribute("gminas", territory.units(Level.GMINA, null));
        model.addAttribute("categories", offers.categories());
        model.addAttribute("previewPath", filter.widgetLink());
        model.addAttribute("iframeSnippet", """
                <iframe src="%s" title="%s" height="420" loading="lazy" style="width:100%%;border:0"></iframe>"""
                .formatted(platform.link(filter.widgetLink()), "Katalog ofert ekonomii społecznej"));
        model.addAttribute("scriptSnippet", """
                <script src="%s"%s async></script>""".formatted(platform.link(SCRIPT), filter.dataAttributes()));
        model.addAttribute("categoryName", categoryName(filter.category(), locale));
        model.addAttribute("origin", platform.link(""));
        return "catalogue/public/widget-instructions";
    }

    private String categoryName(String code, Locale locale) {
        if (code == null) {
            return null;
        }
        List<Category> categories = offers.categories();
        return categories.stream().filter(category -> category.code().equals(code)).findFirst()
                .map(category -> category.name(locale)).orElse(null);
    }
}
