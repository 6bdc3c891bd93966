package pl.koordynator.es.support.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import pl.koordynator.es.reporting.Period;
import pl.koordynator.es.shared.ApiPage;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.support.SupportForm;
import pl.koordynator.es.support.SupportTopic;
import pl.koordynator.es.support.SupportedOrganisation;
import pl.koordynator.es.support.SupportedPes;
import pl.koordynator.es.support.domain.SupportInput;
import pl.koordynator.es.support.domain.SupportQuery;
import pl.koordynator.es.support.domain.SupportRules;
import pl.koordynator.es.support.domain.SupportService;
import pl.koordynator.es.support.domain.SupportView;

/**
 * Support records over HTTP: ROPS and OWES write them (an OWES for itself only), a PES reads its
 * own history; the supported-PES counts are read by ROPS, OWES and the committee. The service
 * decides who may do what.
 */
@RestController
@RequestMapping("/api/v1/support")
class SupportApi {

    /** The supported PES of a period, with the days it covers. */
    record SupportedPesJson(String period, String from, String to, Long owesId, long count, long fromSupport,
            long fromEvents, List<SupportedOrganisation> organisations) {
    }

    private final SupportService support;

    SupportApi(SupportService support) {
        this.support = support;
    }

    @GetMapping("/records")
    ApiPage<SupportView> search(@RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) Long owesId, @RequestParam(required = false) String adviser,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) SupportForm form, @RequestParam(required = false) SupportTopic topic,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        LocalDate fromDay = day(from, "from", problems);
        LocalDate toDay = day(to, "to", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return ApiPage.of(support.search(new SupportQuery(organisationId, owesId, adviser, fromDay, toDay, form, topic),
                Paging.of(page, size)));
    }

    @GetMapping("/records/{id}")
    SupportView get(@PathVariable long id) {
        return support.get(id);
    }

    @PostMapping("/records")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SupportView> create(@RequestBody SupportInput input, UriComponentsBuilder uri) {
        SupportView created = support.create(input);
        return ResponseEntity.created(uri.path("/api/v1/support/records/{id}").build(created.id())).body(created);
    }

    @PutMapping("/records/{id}")
    SupportView update(@PathVariable long id, @RequestBody SupportInput input) {
        return support.update(id, input);
    }

    /** Deletes a record; {@code version}, when given, must still be current. */
    @DeleteMapping("/records/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        support.delete(id, version);
        return ResponseEntity.noContent().build();
    }

    /**
     * PES supported in a period ({@code 2025Q1}, {@code 2025H2}, {@code 2025}), by one OWES or by
     * all; {@code owesId} in the answer is the OWES actually counted (an OWES user's own).
     */
    @GetMapping("/supported-pes")
    SupportedPesJson supportedPes(@RequestParam(required = false) String period,
            @RequestParam(required = false) Long owesId) {
        Period parsed = support.period(period);
        SupportedPes supported = support.supportedPesForCaller(parsed.start(), parsed.end(), owesId);
        return new SupportedPesJson(parsed.code(), parsed.start().toString(), parsed.end().toString(),
                supported.owesId(),
                supported.count(), supported.fromSupport(), supported.fromEvents(), supported.organisations());
    }

    private static LocalDate day(String text, String field, List<InvalidInputException.FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate day = SupportRules.date(text);
        if (day == null) {
            problems.add(new InvalidInputException.FieldProblem(field, "support.date.format"));
        }
        return day;
    }
}
