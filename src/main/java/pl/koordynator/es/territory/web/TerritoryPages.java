package pl.koordynator.es.territory.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.shared.UploadSettings;
import pl.koordynator.es.shared.Uploads;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.domain.BoundaryImporter;
import pl.koordynator.es.territory.domain.TercImporter;
import pl.koordynator.es.territory.domain.TerritoryService;
import pl.koordynator.es.territory.domain.UnitQuery;

/** The territory admin pages: overview with the unit list, and the two official file imports. */
@Controller
@RequestMapping("/admin/territory")
class TerritoryPages {

    private final TerritoryService territory;
    private final TercImporter terc;
    private final BoundaryImporter boundaries;
    private final UploadSettings uploads;

    TerritoryPages(TerritoryService territory, TercImporter terc, BoundaryImporter boundaries,
            UploadSettings uploads) {
        this.territory = territory;
        this.terc = terc;
        this.boundaries = boundaries;
        this.uploads = uploads;
    }

    @GetMapping
    String overview(@RequestParam(required = false) String level, @RequestParam(required = false) String powiat,
            @RequestParam(required = false) String text, @RequestParam(required = false) Integer page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        UnitQuery query = new UnitQuery(Level.fromCode(level).orElse(null), powiat, text);
        model.addAttribute("query", query);
        model.addAttribute("units", territory.search(query, Paging.of(page, 50)));
        model.addAttribute("counts", territory.counts());
        model.addAttribute("powiats", territory.units(Level.POWIAT, null));
        model.addAttribute("levels", Level.values());
        model.addAttribute("region", territory.regionTeryt());
        return htmx != null ? "territory/overview :: results" : "territory/overview";
    }

    @GetMapping("/terc")
    String tercForm(Model model) {
        model.addAttribute("fileLimit", Uploads.megabytes(uploads.terc()));
        return "territory/terc";
    }

    @PostMapping("/terc")
    String importTerc(@RequestParam(required = false) MultipartFile file, Model model) {
        model.addAttribute("fileLimit", Uploads.megabytes(uploads.terc()));
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", new FileError("territory.import.fileRequired", new Object[0]));
        } else {
            try {
                model.addAttribute("result", terc.importFile(TerritoryApi.bytes(file)));
            } catch (InvalidInputException rejected) {
                model.addAttribute("fileError", FileError.of(rejected));
            }
        }
        return "territory/terc";
    }

    @GetMapping("/boundaries")
    String boundaryForm(Model model) {
        model.addAttribute("fileLimit", Uploads.megabytes(uploads.boundaries()));
        model.addAttribute("fileLimitBytes", uploads.boundaries().toBytes());
        return "territory/boundaries";
    }

    /** The page's script sends the file with HX-Request and swaps in the result fragment. */
    @PostMapping("/boundaries")
    String importBoundaries(@RequestParam(required = false) MultipartFile file,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("fileLimit", Uploads.megabytes(uploads.boundaries()));
        model.addAttribute("fileLimitBytes", uploads.boundaries().toBytes());
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", new FileError("territory.import.fileRequired", new Object[0]));
        } else {
            try {
                model.addAttribute("result", boundaries.importFile(TerritoryApi.bytes(file)));
            } catch (InvalidInputException rejected) {
                model.addAttribute("fileError", FileError.of(rejected));
            }
        }
        return htmx != null ? "territory/boundaries :: result" : "territory/boundaries";
    }

    /** A rejected file's message key and its details, for {@code #messages.msgWithParams}. */
    record FileError(String key, Object[] arguments) {

        static FileError of(InvalidInputException rejected) {
            FieldProblem problem = rejected.problems().get(0);
            return new FileError(problem.messageKey(), problem.arguments());
        }
    }
}
