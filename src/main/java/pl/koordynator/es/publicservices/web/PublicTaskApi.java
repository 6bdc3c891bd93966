package pl.koordynator.es.publicservices.web;

import jakarta.validation.Valid;
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
import pl.koordynator.es.publicservices.PublicBenefitArea;
import pl.koordynator.es.publicservices.PublicTaskInput;
import pl.koordynator.es.publicservices.PublicTaskQuery;
import pl.koordynator.es.publicservices.PublicTaskView;
import pl.koordynator.es.publicservices.PublicTasks;
import pl.koordynator.es.shared.ApiPage;
import pl.koordynator.es.shared.Paging;

/**
 * Public tasks commissioned by JST in open calls, over HTTP: every signed-in user reads them; ROPS
 * writes any, a PARTNER account those of the JST it acts for.
 */
@RestController
@RequestMapping("/api/v1/public-tasks")
class PublicTaskApi {

    private final PublicTasks tasks;

    PublicTaskApi(PublicTasks tasks) {
        this.tasks = tasks;
    }

    /** The latest call first; {@code open}: offers still accepted today. */
    @GetMapping
    ApiPage<PublicTaskView> list(@RequestParam(required = false) String text,
            @RequestParam(required = false) Long jstId, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) PublicBenefitArea area, @RequestParam(required = false) Boolean open,
            @RequestParam(required = false) Long winnerId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return ApiPage.of(tasks.tasks(new PublicTaskQuery(text, jstId, year, area, open, winnerId),
                Paging.of(page, size)));
    }

    @GetMapping("/{id:\\d+}")
    PublicTaskView task(@PathVariable long id) {
        return tasks.task(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PublicTaskView> create(@Valid @RequestBody PublicTaskInput input, UriComponentsBuilder uri) {
        PublicTaskView created = tasks.create(input);
        return ResponseEntity.created(uri.path("/api/v1/public-tasks/{id}").build(created.id())).body(created);
    }

    @PutMapping("/{id:\\d+}")
    PublicTaskView update(@PathVariable long id, @RequestParam long version,
            @Valid @RequestBody PublicTaskInput input) {
        return tasks.update(id, version, input);
    }

    @DeleteMapping("/{id:\\d+}")
    ResponseEntity<Void> delete(@PathVariable long id) {
        tasks.delete(id);
        return ResponseEntity.noContent().build();
    }
}
