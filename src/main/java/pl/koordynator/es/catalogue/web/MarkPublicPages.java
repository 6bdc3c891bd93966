package pl.koordynator.es.catalogue.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.koordynator.es.catalogue.CatalogueMarks;
import pl.koordynator.es.shared.Paging;

/** The public list of products and services holding the "Zakup Prospołeczny" mark, with what it means. */
@Controller
class MarkPublicPages {

    private final CatalogueMarks marks;

    MarkPublicPages(CatalogueMarks marks) {
        this.marks = marks;
    }

    @GetMapping("/katalog/znak")
    String marked(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("marks", marks.valid(Paging.of(page, null)));
        model.addAttribute("pageLinkBase", "/katalog/znak?page=");
        return "catalogue/mark/public";
    }
}
