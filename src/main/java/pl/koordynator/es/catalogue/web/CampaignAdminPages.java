package pl.koordynator.es.catalogue.web;

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
import pl.koordynator.es.catalogue.CampaignAudience;
import pl.koordynator.es.catalogue.CampaignChannel;
import pl.koordynator.es.catalogue.CampaignView;
import pl.koordynator.es.catalogue.SocialCampaigns;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.Paging;

/** ROPS plans social campaigns, links their calendar events, enters the results and publishes the results page. */
@Controller
@RequestMapping("/admin/catalogue/kampanie")
class CampaignAdminPages {

    private final SocialCampaigns campaigns;

    CampaignAdminPages(SocialCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("campaigns", campaigns.all(Paging.of(page, null)));
        return "catalogue/news/admin-campaigns";
    }

    @GetMapping("/nowa")
    String newCampaign(Model model) {
        return form(null, new CampaignForm(), model);
    }

    @PostMapping
    String create(@ModelAttribute("form") CampaignForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        String next = FormErrors.saved(result, problems -> problems, () -> {
            CampaignView created = campaigns.create(form.toInput());
            redirect.addFlashAttribute("message", "catalogue.campaign.admin.created");
            return "redirect:/admin/catalogue/kampanie/" + created.id();
        });
        return next != null ? next : form(null, form, model);
    }

    @GetMapping("/{id:\\d+}")
    String edit(@PathVariable long id, Model model) {
        CampaignView campaign = campaigns.campaign(id);
        return form(campaign, CampaignForm.of(campaign), model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") CampaignForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        String next = FormErrors.saved(result, problems -> problems, () -> {
            campaigns.update(id, form.toInput());
            redirect.addFlashAttribute("message", "catalogue.campaign.admin.saved");
            return "redirect:/admin/catalogue/kampanie/" + id;
        });
        return next != null ? next : form(campaigns.campaign(id), form, model);
    }

    @PostMapping("/{id:\\d+}/publikuj")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        campaigns.publish(id);
        redirect.addFlashAttribute("message", "catalogue.campaign.admin.published");
        return "redirect:/admin/catalogue/kampanie/" + id;
    }

    @PostMapping("/{id:\\d+}/wycofaj")
    String unpublish(@PathVariable long id, RedirectAttributes redirect) {
        campaigns.unpublish(id);
        redirect.addFlashAttribute("message", "catalogue.campaign.admin.unpublished");
        return "redirect:/admin/catalogue/kampanie/" + id;
    }

    @PostMapping("/{id:\\d+}/usun")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        campaigns.delete(id);
        redirect.addFlashAttribute("message", "catalogue.campaign.admin.deleted");
        return "redirect:/admin/catalogue/kampanie";
    }

    private String form(CampaignView campaign, CampaignForm form, Model model) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("form", form);
        model.addAttribute("audiences", CampaignAudience.values());
        model.addAttribute("channels", CampaignChannel.values());
        model.addAttribute("eventChoices", campaigns.eventChoices());
        return "catalogue/news/admin-campaign-form";
    }
}
