package pl.koordynator.es.security.web;

import jakarta.validation.Valid;
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
import org.springframework.web.util.UriComponentsBuilder;
import pl.koordynator.es.security.NewUser;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.security.UserChange;
import pl.koordynator.es.security.UserQuery;
import pl.koordynator.es.security.UserView;
import pl.koordynator.es.security.domain.UserAccountService;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/** Account provisioning for scripts (ADMIN only; enforced in the service and the filter chain). */
@RestController
@RequestMapping("/api/v1/users")
class UserApi {

    private final UserAccountService users;

    UserApi(UserAccountService users) {
        this.users = users;
    }

    @GetMapping
    PageOf<UserView> list(@RequestParam(required = false) String text, @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean enabled, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return users.list(new UserQuery(text, role, enabled), Paging.of(page, size));
    }

    @GetMapping("/{id}")
    UserView get(@PathVariable long id) {
        return users.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser user, UriComponentsBuilder uri) {
        UserView created = users.create(user);
        return ResponseEntity.created(uri.path("/api/v1/users/{id}").build(created.id())).body(created);
    }

    @PutMapping("/{id}")
    UserView update(@PathVariable long id, @Valid @RequestBody UserChange change) {
        return users.update(id, change);
    }
}
