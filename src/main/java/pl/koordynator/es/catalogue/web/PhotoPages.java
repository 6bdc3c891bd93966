package pl.koordynator.es.catalogue.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.catalogue.domain.OfferPhotoService;
import pl.koordynator.es.shared.InvalidInputException;

/**
 * The form posts of the photo section ({@code catalogue/photos/section}) on the offer's edit
 * page: each goes back to that page, with the message or the problems beside the fields.
 */
@Controller
class PhotoPages {

    static final String EDIT_PAGE = "redirect:/oferty/%d/edytuj#zdjecia";

    private final OfferPhotoService photos;
    private final MessageSource messages;

    PhotoPages(OfferPhotoService photos, MessageSource messages) {
        this.photos = photos;
        this.messages = messages;
    }

    @PostMapping("/oferty/{offerId:\\d+}/zdjecia")
    String add(@PathVariable long offerId, @RequestParam(name = "photo", required = false) MultipartFile photo,
            @RequestParam(name = "alt", required = false) String alt, RedirectAttributes redirect, Locale locale)
            throws IOException {
        try {
            photos.add(offerId, photo == null || photo.isEmpty() ? null : photo.getBytes(), alt);
            redirect.addFlashAttribute("photoMessage", "catalogue.photos.added");
        } catch (InvalidInputException problems) {
            // Texts, not the problems themselves: flash attributes live in the session, which
            // several instances share through the database.
            LinkedHashMap<String, String> errors = new LinkedHashMap<>();
            problems.problems().forEach(problem -> errors.merge(problem.field(),
                    messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(), locale),
                    (first, second) -> first + " " + second));
            redirect.addFlashAttribute("photoErrors", errors);
            redirect.addFlashAttribute("photoAlt", alt);
        }
        return EDIT_PAGE.formatted(offerId);
    }

    @PostMapping("/oferty/{offerId:\\d+}/zdjecia/{photoId:\\d+}/usun")
    String delete(@PathVariable long offerId, @PathVariable long photoId, RedirectAttributes redirect) {
        photos.delete(offerId, photoId);
        redirect.addFlashAttribute("photoMessage", "catalogue.photos.deleted");
        return EDIT_PAGE.formatted(offerId);
    }

    @PostMapping("/oferty/{offerId:\\d+}/zdjecia/{photoId:\\d+}/wyzej")
    String moveUp(@PathVariable long offerId, @PathVariable long photoId, RedirectAttributes redirect) {
        photos.moveUp(offerId, photoId);
        redirect.addFlashAttribute("photoMessage", "catalogue.photos.moved");
        return EDIT_PAGE.formatted(offerId);
    }
}
