package pl.koordynator.es.territory.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.territory.Level;
import pl.koordynator.es.territory.Subregion;
import pl.koordynator.es.territory.Unit;
import pl.koordynator.es.territory.domain.BoundaryImportResult;
import pl.koordynator.es.territory.domain.BoundaryImporter;
import pl.koordynator.es.territory.domain.ImportRejectedException;
import pl.koordynator.es.territory.domain.TercImportResult;
import pl.koordynator.es.territory.domain.TercImporter;
import pl.koordynator.es.territory.domain.TerritoryService;

/**
 * Units, boundaries and subregions as open data (GET), and the official file imports (ADMIN;
 * enforced in the importers and the filter chain).
 */
@RestController
@RequestMapping("/api/v1/territory")
class TerritoryApi {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final TerritoryService territory;
    private final TercImporter terc;
    private final BoundaryImporter boundaryImporter;
    private final MessageSource messages;

    TerritoryApi(TerritoryService territory, TercImporter terc, BoundaryImporter boundaryImporter,
            MessageSource messages) {
        this.territory = territory;
        this.terc = terc;
        this.boundaryImporter = boundaryImporter;
        this.messages = messages;
    }

    @GetMapping("/units")
    List<Unit> units(@RequestParam(required = false) String level, @RequestParam(required = false) String parent) {
        return territory.units(level(level), parent);
    }

    @GetMapping("/units/{teryt}")
    Unit unit(@PathVariable String teryt) {
        return territory.get(teryt);
    }

    @GetMapping("/subregions")
    List<Subregion> subregions() {
        return territory.subregions();
    }

    @GetMapping("/boundaries")
    @ApiResponse(responseCode = "200", description = "The boundaries as a GeoJSON FeatureCollection",
            content = @Content(mediaType = "application/geo+json", schema = @Schema(type = "object")))
    ResponseEntity<String> boundaries(@RequestParam(required = false) String level) {
        return ResponseEntity.ok().contentType(GEO_JSON).body(territory.boundaries(level(level)));
    }

    @PostMapping(path = "/terc", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    TercImportResult importTerc(@RequestPart("file") MultipartFile file) {
        return terc.importFile(bytes(file));
    }

    @PostMapping(path = "/boundaries", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    BoundaryImportResult importBoundaries(@RequestPart("file") MultipartFile file) {
        return boundaryImporter.importFile(bytes(file));
    }

    /** A rejected file, with the message's details (which feature, which region) filled in. */
    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejectedException rejected, HttpServletRequest request) {
        String message = messages.getMessage(rejected.messageKey(), rejected.arguments(), rejected.messageKey(),
                LocaleContextHolder.getLocale());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.validation", null, "Invalid input", LocaleContextHolder.getLocale()));
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", List.of(Map.of("field", "file", "message", message)));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Level level(String level) {
        return Level.fromCode(level)
                .orElseThrow(() -> InvalidInputException.of("level", "territory.api.level.invalid"));
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
