package pl.koordynator.es.programme.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import pl.koordynator.es.programme.IndicatorProgress;
import pl.koordynator.es.programme.ProgrammeProgress;
import pl.koordynator.es.programme.ProgrammeStatus;
import pl.koordynator.es.programme.Programmes;
import pl.koordynator.es.programme.Programmes.ProgrammeSummary;
import pl.koordynator.es.programme.ProgressNode;
import pl.koordynator.es.programme.domain.AnnualReport;
import pl.koordynator.es.shared.CachedAnswers;
import pl.koordynator.es.shared.DataChanges;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * The public progress of the programmes in force, for anyone: only indicators marked public, and
 * the nodes that hold any. Kept like the other public pages while the counted tables
 * ({@link DataChanges}) are unchanged, and at most for the minute, because some measures count
 * tables without a change counter (support, attendance): a campaign's hundreds of views a second
 * compute the tree once a minute, and a new support record shows within the minute.
 */
@Controller
class ProgressPages {

    private static final String[] TOPICS = {"programme", "registry", "territory", "reporting", "needs", "events",
            "support", "statistics"};

    private record Key(long programmeId, int year, Instant minute) {
    }

    private record ListKey(Instant minute) {
    }

    private final Programmes programmes;
    private final Clock clock;
    private final PlatformSettings settings;
    private final CachedAnswers<Key, ProgrammeProgress> trees;
    private final CachedAnswers<ListKey, List<ProgrammeSummary>> lists;

    ProgressPages(Programmes programmes, DataChanges changes, Clock clock, PlatformSettings settings) {
        this.programmes = programmes;
        this.clock = clock;
        this.settings = settings;
        this.trees = changes.cache(64, TOPICS);
        this.lists = changes.cache(4, TOPICS);
    }

    @GetMapping("/programme/progress")
    String list(Model model) {
        model.addAttribute("programmes", inForce());
        return "programme/progress-list";
    }

    @GetMapping("/programme/progress/{id:\\d+}")
    String progress(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        ProgrammeSummary programme = inForce().stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("programme", id));
        int shown = year == null ? LocalDate.now(clock.withZone(settings.timeZone())).getYear() : year;
        shown = Math.max(programme.startYear(), Math.min(programme.endYear(), shown));
        int asked = shown;
        ProgrammeProgress progress = trees.get(new Key(id, shown, minute()),
                () -> publicOnly(programmes.progress(id, asked)));
        model.addAttribute("programme", programme);
        model.addAttribute("progress", progress);
        model.addAttribute("rows", AnnualReport.rows(progress));
        model.addAttribute("overallPercent", AnnualReport.percent(progress.progress()));
        model.addAttribute("years", IntStream.rangeClosed(programme.startYear(), programme.endYear()).boxed().toList());
        return "programme/progress";
    }

    private List<ProgrammeSummary> inForce() {
        return lists.get(new ListKey(minute()), () -> programmes.programmes().stream()
                .filter(p -> p.status() == ProgrammeStatus.IN_FORCE).toList());
    }

    private Instant minute() {
        return clock.instant().truncatedTo(ChronoUnit.MINUTES);
    }

    /**
     * The tree with public indicators only: a visitor already gets that from the service, a
     * signed-in member of ROPS opening the public page sees what a visitor sees.
     */
    static ProgrammeProgress publicOnly(ProgrammeProgress progress) {
        return new ProgrammeProgress(progress.programmeId(), progress.name(), progress.startYear(), progress.endYear(),
                progress.version(), progress.status(), progress.resolutionNumber(), progress.resolutionDate(),
                progress.demo(), progress.year(), progress.progress(), progress.overall(), publicNodes(progress.nodes()));
    }

    private static List<ProgressNode> publicNodes(List<ProgressNode> nodes) {
        List<ProgressNode> kept = new ArrayList<>();
        for (ProgressNode node : nodes == null ? List.<ProgressNode>of() : nodes) {
            List<IndicatorProgress> indicators = (node.indicators() == null ? List.<IndicatorProgress>of()
                    : node.indicators()).stream().filter(IndicatorProgress::publicIndicator).toList();
            List<ProgressNode> children = publicNodes(node.children());
            if (!indicators.isEmpty() || !children.isEmpty()) {
                kept.add(new ProgressNode(node.id(), node.level(), node.code(), node.name(), node.weight(),
                        node.progress(), node.status(), node.action(), children, indicators, node.comment()));
            }
        }
        return kept;
    }
}
