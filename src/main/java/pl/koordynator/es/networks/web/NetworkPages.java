package pl.koordynator.es.networks.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import pl.koordynator.es.networks.domain.MemberView;
import pl.koordynator.es.networks.domain.NetworkDocuments;
import pl.koordynator.es.networks.domain.NetworkService;
import pl.koordynator.es.networks.domain.NetworkView;
import pl.koordynator.es.networks.domain.NetworksAccess.Viewer;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.Downloads;
import pl.koordynator.es.shared.FormErrors;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Paging;

/**
 * The network list (filters by kind, powiat and the kind of a member) and a network's page: its
 * members over time (current ones first, then who left and when), its meetings from the calendar
 * with their attendance, its PDF documents, and for ROPS or the coordinator joining and leaving.
 */
@Controller
@RequestMapping("/networks")
class NetworkPages {

    private final NetworkService networks;
    private final NetworkDocuments documents;
    private final NetworkChoices choices;
    private final Clock clock;

    NetworkPages(NetworkService networks, NetworkDocuments documents, NetworkChoices choices, Clock clock) {
        this.networks = networks;
        this.documents = documents;
        this.choices = choices;
        this.clock = clock;
    }

    @GetMapping
    String list(@ModelAttribute("filter") NetworkFilter filter, Model model) {
        model.addAttribute("networks", networks.search(filter.toQuery(), Paging.of(filter.page(), Paging.DEFAULT_SIZE)));
        Viewer viewer = networks.viewer();
        model.addAttribute("viewer", viewer);
        model.addAttribute("mayReport", viewer.admin() || viewer.caller().is(pl.koordynator.es.security.Role.OWES)
                || viewer.caller().is(pl.koordynator.es.security.Role.COMMITTEE));
        choices.addTo(model);
        return "networks/list";
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        return page(networks.get(id), new MemberForm(), model);
    }

    /** The suggestions of the pickers of organisations (static/js/combobox.js). */
    @GetMapping("/organisations")
    String organisations(@RequestParam(name = "q", defaultValue = "") String text, Model model) {
        model.addAttribute("options", choices.organisationsNamed(text));
        return "fragments/combobox :: options";
    }

    @PostMapping("/{id:\\d+}/members")
    String join(@PathVariable long id, @ModelAttribute("memberForm") MemberForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        NetworkView network = networks.get(id);
        try {
            networks.addMember(id, form.toInput(choices.picked(form.getOrganisationId(), form.getOrganisationName())));
            redirect.addFlashAttribute("message", "networks.page.joined");
            return "redirect:/networks/" + id + "#members";
        } catch (InvalidInputException problems) {
            FormErrors.add(result, problems);
        } catch (ConflictException conflict) {
            result.reject(conflict.messageKey());
        }
        model.addAttribute("memberFormOpen", true);
        return page(network, form, model);
    }

    @PostMapping("/{id:\\d+}/members/{organisationId:\\d+}/leave")
    String leave(@PathVariable long id, @PathVariable long organisationId,
            @RequestParam(required = false) String leftOn, RedirectAttributes redirect) {
        try {
            networks.endMember(id, organisationId, leftOn);
            redirect.addFlashAttribute("message", "networks.page.left");
        } catch (InvalidInputException problems) {
            redirect.addFlashAttribute("error", problems.problems().get(0).messageKey());
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("error", conflict.messageKey());
        }
        return "redirect:/networks/" + id + "#members";
    }

    @PostMapping("/{id:\\d+}/meetings")
    String linkMeeting(@PathVariable long id, @RequestParam(required = false) Long eventId,
            RedirectAttributes redirect) {
        try {
            networks.linkMeeting(id, eventId);
            redirect.addFlashAttribute("message", "networks.page.meetingLinked");
        } catch (InvalidInputException problems) {
            redirect.addFlashAttribute("meetingError", problems.problems().get(0).messageKey());
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("meetingError", conflict.messageKey());
        }
        return "redirect:/networks/" + id + "#meetings";
    }

    @PostMapping("/{id:\\d+}/documents")
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        try {
            documents.add(id, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
            redirect.addFlashAttribute("message", "networks.page.documentAdded");
        } catch (InvalidInputException problems) {
            // flash attributes live in the session table, so plain serialisable values only
            redirect.addFlashAttribute("documentError", problems.problems().get(0).messageKey());
            Object[] arguments = problems.problems().get(0).arguments();
            redirect.addFlashAttribute("documentErrorArguments", arguments == null ? new String[0]
                    : java.util.Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new));
        }
        return "redirect:/networks/" + id + "#documents";
    }

    @GetMapping("/{id:\\d+}/documents/{documentId:\\d+}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        Map.Entry<String, byte[]> document = documents.content(id, documentId);
        return ResponseEntity.ok().headers(Downloads.attachment(MediaType.APPLICATION_PDF, document.getKey()))
                .body(document.getValue());
    }

    @PostMapping("/{id:\\d+}/documents/{documentId:\\d+}/delete")
    String deleteDocument(@PathVariable long id, @PathVariable long documentId, RedirectAttributes redirect) {
        documents.delete(id, documentId);
        redirect.addFlashAttribute("message", "networks.page.documentDeleted");
        return "redirect:/networks/" + id + "#documents";
    }

    /** The members of one year: how many there were on its last day (today for this year), joined and left in it. */
    record YearOfMembers(int year, long members, long joined, long left) {
    }

    /** The network over time, from the year its first member joined to this one, the latest first. */
    static List<YearOfMembers> byYear(List<MemberView> members, LocalDate today) {
        int first = members.stream().mapToInt(m -> m.joinedOn().getYear()).min().orElse(today.getYear() + 1);
        List<YearOfMembers> years = new java.util.ArrayList<>();
        for (int year = today.getYear(); year >= first; year--) {
            int y = year;
            LocalDate end = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
            years.add(new YearOfMembers(year, members.stream().filter(m -> m.currentOn(end)).count(),
                    members.stream().filter(m -> m.joinedOn().getYear() == y).count(),
                    members.stream().filter(m -> m.leftOn() != null && m.leftOn().getYear() == y).count()));
        }
        return years;
    }

    private String page(NetworkView network, MemberForm form, Model model) {
        Viewer viewer = networks.viewer();
        LocalDate today = LocalDate.now(clock);
        List<MemberView> members = networks.members(network.id());
        model.addAttribute("network", network);
        model.addAttribute("viewer", viewer);
        model.addAttribute("mayManage", viewer.mayManage(network));
        model.addAttribute("today", today);
        model.addAttribute("currentMembers", members.stream().filter(m -> m.currentOn(today))
                .sorted(Comparator.comparing(MemberView::role).thenComparing(MemberView::organisationName,
                        String.CASE_INSENSITIVE_ORDER)).toList());
        model.addAttribute("formerMembers", members.stream().filter(m -> !m.currentOn(today))
                .sorted(Comparator.comparing(MemberView::joinedOn).reversed()).toList());
        model.addAttribute("membersByYear", byYear(members, today));
        model.addAttribute("meetings", networks.meetings(network.id()));
        if (viewer.mayManage(network)) {
            model.addAttribute("meetingCandidates", networks.meetingCandidates(network.id()));
        }
        model.addAttribute("documents", documents.list(network.id()));
        model.addAttribute("documentLimit", documents.limit());
        model.addAttribute("memberForm", form);
        choices.addTo(model);
        return "networks/detail";
    }
}
