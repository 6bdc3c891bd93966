package pl.koordynator.es.networks.web;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.koordynator.es.networks.domain.NetworkService;
import pl.koordynator.es.networks.domain.NetworksAccess.Viewer;
import pl.koordynator.es.networks.domain.OfferBoard;
import pl.koordynator.es.networks.domain.OfferClosing;
import pl.koordynator.es.networks.domain.OfferQuery;
import pl.koordynator.es.networks.domain.OfferView;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * The cooperation offers board: needs of businesses, science and local governments and offers of
 * PES; an organisation sees its own posts with their matches first; a post's page lists its
 * matches and, for its poster or ROPS, closes it recording whether it led to a tie.
 */
@Controller
@RequestMapping("/networks/offers")
class NetworkOfferPages {

    private final OfferBoard board;
    private final NetworkService networks;
    private final NetworkChoices choices;

    NetworkOfferPages(OfferBoard board, NetworkService networks, NetworkChoices choices) {
        this.board = board;
        this.networks = networks;
        this.choices = choices;
    }

    /** One of the caller's own posts with the open posts of the other side that match it. */
    record OwnPost(OfferView post, List<OfferView> matches) {
    }

    @GetMapping
    String list(@ModelAttribute("filter") OfferFilter filter, Model model) {
        Viewer viewer = reader();
        model.addAttribute("offers", board.search(filter.toQuery(), Paging.of(filter.page(), Paging.DEFAULT_SIZE)));
        Long own = viewer.ownOrganisationId();
        if (own != null) {
            PageOf<OfferView> mine = board.search(new OfferQuery(null, null, null, true, own), new Paging(0, 5));
            model.addAttribute("ownPosts", mine.items().stream().map(p -> new OwnPost(p, board.matches(p.id())))
                    .toList());
        }
        model.addAttribute("viewer", viewer);
        choices.addTo(model);
        choices.addGminasTo(model);
        return "networks/offers";
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        reader();
        OfferView offer = board.get(id);
        model.addAttribute("offer", offer);
        model.addAttribute("matches", offer.open() ? board.matches(id) : List.of());
        model.addAttribute("mayClose", offer.open() && mayClose(offer));
        choices.addGminasTo(model);
        return "networks/offer";
    }

    @GetMapping("/new")
    String form(Model model) {
        OfferForm form = new OfferForm();
        Viewer viewer = networks.viewer();
        form.setSide(viewer.ownOrganisationId() != null && viewer.caller().is(pl.koordynator.es.security.Role.PES)
                ? "OFFER" : "NEED");
        return formPage(form, model);
    }

    @PostMapping
    String post(@ModelAttribute("form") OfferForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Viewer viewer = networks.viewer();
        Long organisation = viewer.admin() ? choices.picked(form.getOrganisationId(), form.getOrganisationName())
                : viewer.ownOrganisationId();
        try {
            OfferView posted = board.post(form.toInput(organisation));
            redirect.addFlashAttribute("message", "networks.offers.posted");
            return "redirect:/networks/offers/" + posted.id();
        } catch (InvalidInputException problems) {
            FormErrors.add(result, problems);
        } catch (ConflictException conflict) {
            result.reject(conflict.messageKey());
        }
        return formPage(form, model);
    }

    @PostMapping("/{id:\\d+}/close")
    String close(@PathVariable long id, @RequestParam(required = false) Boolean ledToTie,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            board.close(id, new OfferClosing(ledToTie, null, version));
            redirect.addFlashAttribute("message", "networks.offers.closed");
        } catch (InvalidInputException problems) {
            redirect.addFlashAttribute("error", problems.problems().get(0).messageKey());
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("error", conflict.messageKey());
        }
        return "redirect:/networks/offers/" + id;
    }

    private boolean mayClose(OfferView offer) {
        Viewer viewer = networks.viewer();
        return viewer.admin() || (viewer.ownOrganisationId() != null && viewer.ownOrganisationId() == offer.organisationId());
    }

    private String formPage(OfferForm form, Model model) {
        Viewer viewer = networks.viewer();
        if (!viewer.mayPostOffers()) {
            throw new AccessDeniedException("offers are posted by ROPS, PES and partners");
        }
        model.addAttribute("form", form);
        model.addAttribute("viewer", viewer);
        model.addAttribute("ownName", choices.nameOf(viewer.ownOrganisationId()));
        choices.addTo(model);
        choices.addGminasTo(model);
        return "networks/offer-form";
    }

    private Viewer reader() {
        Viewer viewer = networks.viewer();
        if (!viewer.mayReadOffers()) {
            throw new AccessDeniedException("the offers board is for accounts");
        }
        return viewer;
    }
}
