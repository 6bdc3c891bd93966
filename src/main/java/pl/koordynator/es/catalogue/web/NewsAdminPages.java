package pl.koordynator.es.catalogue.web;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.catalogue.CatalogueNews;
import pl.koordynator.es.catalogue.NewsCategory;
import pl.koordynator.es.catalogue.NewsView;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.shared.PlatformSettings;

/** ROPS writes news: the list (drafts and scheduled items marked), the form, the picture, publish, withdraw, delete. */
@Controller
@RequestMapping("/admin/catalogue/aktualnosci")
class NewsAdminPages {

    private static final String LIST = "redirect:/admin/catalogue/aktualnosci";

    private final CatalogueNews news;
    private final PlatformSettings platform;
    private final java.time.Clock clock;

    NewsAdminPages(CatalogueNews news, PlatformSettings platform, java.time.Clock clock) {
        this.news = news;
        this.platform = platform;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("news", news.all(Paging.of(page, null)));
        model.addAttribute("now", java.time.OffsetDateTime.now(clock));
        return "catalogue/news/admin-list";
    }

    @GetMapping("/nowa")
    String newItem(Model model) {
        return form(null, new NewsForm(), model);
    }

    @PostMapping
    String create(@ModelAttribute("form") NewsForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        String next = FormErrors.saved(result, problems -> problems, () -> {
            NewsView created = news.create(form.toInput(platform.timeZone()));
            redirect.addFlashAttribute("message", "catalogue.news.admin.created");
            return "redirect:/admin/catalogue/aktualnosci/" + created.id();
        });
        return next != null ? next : form(null, form, model);
    }

    @GetMapping("/{id:\\d+}")
    String edit(@PathVariable long id, Model model) {
        NewsView item = news.news(id);
        return form(item, NewsForm.of(item, platform.timeZone()), model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") NewsForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        String next = FormErrors.saved(result, problems -> problems, () -> {
            news.update(id, form.toInput(platform.timeZone()));
            redirect.addFlashAttribute("message", "catalogue.news.admin.saved");
            return "redirect:/admin/catalogue/aktualnosci/" + id;
        });
        return next != null ? next : form(news.news(id), form, model);
    }

    @PostMapping("/{id:\\d+}/publikuj")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        news.publish(id);
        redirect.addFlashAttribute("message", "catalogue.news.admin.published");
        return "redirect:/admin/catalogue/aktualnosci/" + id;
    }

    @PostMapping("/{id:\\d+}/wycofaj")
    String unpublish(@PathVariable long id, RedirectAttributes redirect) {
        news.unpublish(id);
        redirect.addFlashAttribute("message", "catalogue.news.admin.unpublished");
        return "redirect:/admin/catalogue/aktualnosci/" + id;
    }

    @PostMapping("/{id:\\d+}/usun")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        news.delete(id);
        redirect.addFlashAttribute("message", "catalogue.news.admin.deleted");
        return LIST;
    }

    @PostMapping("/{id:\\d+}/obraz")
    String image(@PathVariable long id, @RequestParam(required = false) MultipartFile image,
            @RequestParam(required = false) String alt, RedirectAttributes redirect) throws IOException {
        try {
            news.setImage(id, image == null || image.isEmpty() ? null : image.getBytes(), alt);
            redirect.addFlashAttribute("message", "catalogue.news.admin.imageSaved");
        } catch (InvalidInputException problems) {
            redirect.addFlashAttribute("imageErrors", problems.problems());
        }
        return "redirect:/admin/catalogue/aktualnosci/" + id + "#obraz";
    }

    @PostMapping("/{id:\\d+}/obraz/usun")
    String removeImage(@PathVariable long id, RedirectAttributes redirect) {
        news.removeImage(id);
        redirect.addFlashAttribute("message", "catalogue.news.admin.imageRemoved");
        return "redirect:/admin/catalogue/aktualnosci/" + id;
    }

    private String form(NewsView item, NewsForm form, Model model) {
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("categories", NewsCategory.values());
        model.addAttribute("now", java.time.OffsetDateTime.now(clock));
        return "catalogue/news/admin-form";
    }
}
