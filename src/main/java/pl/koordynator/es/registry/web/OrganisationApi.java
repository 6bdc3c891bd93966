package pl.koordynator.es.registry.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import pl.koordynator.es.registry.ContactPerson;
import pl.koordynator.es.registry.ContactPersonInput;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationInput;
import pl.koordynator.es.registry.OrganisationQuery;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.domain.ContactPersons;
import pl.koordynator.es.registry.domain.OrganisationService;
import pl.koordynator.es.shared.ApiPage;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.shared.SearchText;
import pl.koordynator.es.shared.RateLimited;

/**
 * The register over HTTP. Reading is open (anonymous callers get active PES only); writing needs
 * an account, and the service decides whether this account may touch this organisation.
 */
@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationApi {

    private final OrganisationService organisations;
    private final ContactPersons contacts;

    OrganisationApi(OrganisationService organisations, ContactPersons contacts) {
        this.organisations = organisations;
        this.contacts = contacts;
    }

    @RateLimited("search")
    @GetMapping
    @Operation(summary = "A page of the register", description = "Matches are counted up to max(1000, (page + 2) "
            + "× size); beyond that the answer says totalExact false and totalElements is that cap, meaning more "
            + "match, and the next page always exists. Exports (/organisations/export.csv, .xlsx) hold every match.")
    ApiPage<OrganisationView> search(@Parameter(description = "words that must all occur in the name, short name "
            + "or town (Polish letters optional), or a NIP, REGON or KRS") @RequestParam(required = false) String q,
            @RequestParam(required = false) Kind kind,
            @RequestParam(required = false) String gminaTeryt, @RequestParam(required = false) String powiatTeryt,
            @RequestParam(required = false) Long subregionId, @RequestParam(required = false) Long owesId,
            @RequestParam(required = false) Boolean socialEnterprise,
            @RequestParam(required = false) OrganisationStatus status, @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) Boolean pes) {
        OrganisationQuery query = new OrganisationQuery(SearchText.of("q", q), kind, powiatTeryt, gminaTeryt, subregionId, owesId,
                socialEnterprise, status, OrganisationQuery.Sort.parse(sort), pes);
        return ApiPage.of(organisations.search(query, Paging.of(page, size)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<OrganisationView> create(@RequestBody OrganisationInput input, UriComponentsBuilder uri) {
        OrganisationView created = organisations.create(input);
        return ResponseEntity.created(uri.path("/api/v1/organisations/{id}").build(created.id())).body(created);
    }

    @GetMapping("/{id}")
    OrganisationView get(@PathVariable long id) {
        return organisations.get(id);
    }

    @PutMapping("/{id}")
    OrganisationView update(@PathVariable long id, @RequestBody OrganisationInput input) {
        return organisations.update(id, input);
    }

    /** Closes the organisation; the register never forgets it. */
    @DeleteMapping("/{id}")
    OrganisationView close(@PathVariable long id) {
        return organisations.close(id);
    }

    @GetMapping("/{id}/contact-persons")
    List<ContactPerson> contactPersons(@PathVariable long id) {
        return contacts.visible(organisations.get(id));
    }

    @PostMapping("/{id}/contact-persons")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ContactPerson> addContactPerson(@PathVariable long id, @RequestBody ContactPersonInput input,
            UriComponentsBuilder uri) {
        ContactPerson created = contacts.add(id, input);
        return ResponseEntity.created(uri.path("/api/v1/organisations/{id}/contact-persons/{contact}")
                .build(id, created.id())).body(created);
    }

    @PutMapping("/{id}/contact-persons/{contact}")
    ContactPerson updateContactPerson(@PathVariable long id, @PathVariable long contact,
            @RequestBody ContactPersonInput input) {
        return contacts.update(id, contact, input);
    }

    @DeleteMapping("/{id}/contact-persons/{contact}")
    ResponseEntity<Void> removeContactPerson(@PathVariable long id, @PathVariable long contact) {
        contacts.remove(id, contact);
        return ResponseEntity.noContent().build();
    }
}
