package pl.koordynator.es.committee.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import pl.koordynator.es.committee.PositionView;
import pl.koordynator.es.committee.SectorPositions;
import pl.koordynator.es.committee.TakenIntoAccount;
import pl.koordynator.es.shared.Paging;

/**
 * The register of positions the sector submitted (public): what each answered, to whom, by when,
 * who co-signed it, and whether the addressee took it into account.
 */
@Controller
@RequestMapping("/stanowiska")
class PositionsPublicPages {

    private final SectorPositions positions;
    private final Clock clock;

    PositionsPublicPages(SectorPositions positions, Clock clock) {
        this.positions = positions;
        this.clock = clock;
    }

    @GetMapping
    String list(@ModelAttribute("filter") PositionFilter filter, Model model) {
        model.addAttribute("positions", positions.positions(filter.toQuery(), Paging.of(filter.page(), Paging.DEFAULT_SIZE)));
        model.addAttribute("outcomes", TakenIntoAccount.values());
        model.addAttribute("years", DocumentFilter.years(LocalDate.now(clock).getYear()));
        model.addAttribute("today", LocalDate.now(clock));
        return "committee/public/positions";
    }

    @GetMapping("/{id:\\d+}")
    String position(@PathVariable long id, Model model) {
        PositionView position = positions.position(id);
        model.addAttribute("position", position);
        model.addAttribute("paragraphs", Paragraphs.of(position.text()));
        model.addAttribute("responseParagraphs", Paragraphs.of(position.response()));
        model.addAttribute("today", LocalDate.now(clock));
        return "committee/public/position";
    }

    @GetMapping("/{id:\\d+}/zalaczniki/{attachmentId:\\d+}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        return CommitteePublicPages.pdfFile(positions.positionAttachment(id, attachmentId));
    }
}
