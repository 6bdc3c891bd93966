package pl.koordynator.es.localplans.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import pl.koordynator.es.localplans.CommentDecision;
import pl.koordynator.es.localplans.CommentInput;
import pl.koordynator.es.localplans.CommentView;
import pl.koordynator.es.localplans.LocalPlanSections;
import pl.koordynator.es.localplans.SectionDiff;
import pl.koordynator.es.localplans.SectionInput;
import pl.koordynator.es.localplans.SectionKey;
import pl.koordynator.es.localplans.SectionSaved;
import pl.koordynator.es.localplans.SectionVersionView;
import pl.koordynator.es.localplans.SectionView;
import pl.koordynator.es.shared.NotFoundException;

/**
 * A plan's sections over HTTP ({@code key} is the section's slug: {@code diagnosis}, {@code goals},
 * {@code actions}, {@code indicators}, {@code implementation}): every signed-in user reads them; the
 * authors save ({@code {"text":…,"version":n}}, the version the text was written on) and decide on
 * comments; ROPS, the OWES and, in consultation, PES of the area comment.
 */
@RestController
@RequestMapping("/api/v1/local-plans/{id:\\d+}/sections")
class LocalPlanSectionsApi {

    private final LocalPlanSections sections;

    LocalPlanSectionsApi(LocalPlanSections sections) {
        this.sections = sections;
    }

    static SectionKey key(String slug) {
        SectionKey key = SectionKey.ofSlug(slug);
        if (key == null) {
            throw new NotFoundException("section", slug);
        }
        return key;
    }

    @GetMapping
    List<SectionView> sections(@PathVariable long id) {
        return sections.sections(id);
    }

    @GetMapping("/{key}")
    SectionView section(@PathVariable long id, @PathVariable String key) {
        return sections.section(id, key(key));
    }

    /** 200 with {@code newVersion} false when the text was the current one (nothing saved). */
    @PutMapping("/{key}")
    SectionSaved save(@PathVariable long id, @PathVariable String key, @RequestBody SectionInput input) {
        return sections.save(id, key(key), input);
    }

    @GetMapping("/{key}/versions")
    List<SectionVersionView> versions(@PathVariable long id, @PathVariable String key) {
        return sections.versions(id, key(key));
    }

    @GetMapping("/{key}/diff")
    SectionDiff diff(@PathVariable long id, @PathVariable String key, @RequestParam int from, @RequestParam int to) {
        return sections.diff(id, key(key), from, to);
    }

    @GetMapping("/{key}/comments")
    List<CommentView> comments(@PathVariable long id, @PathVariable String key) {
        return sections.comments(id, key(key));
    }

    @PostMapping("/{key}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommentView> comment(@PathVariable long id, @PathVariable String key,
            @RequestBody CommentInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(sections.comment(id, key(key), input));
    }

    @PostMapping("/{key}/comments/{commentId:\\d+}/decision")
    CommentView decide(@PathVariable long id, @PathVariable String key, @PathVariable long commentId,
            @RequestBody CommentDecision decision) {
        return sections.decide(id, key(key), commentId, decision);
    }
}
