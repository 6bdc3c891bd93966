package pl.koordynator.es.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;
import pl.koordynator.es.shared.MenuEntries;
import pl.koordynator.es.shared.MenuEntry;
import pl.koordynator.es.shared.MenuGroup;

/**
 * The main menu of the page being rendered: every module's entries, kept when the page chain's
 * URL rules let the caller GET the entry's path, grouped, ordered and put in the reader's
 * language. The entry whose path is the longest prefix of the page's path is the current one.
 * <p>
 * Asking Spring Security costs about 0.15 ms a path (a stand-in request run through every rule),
 * too much for every page; the URL rules decide by role alone (permitAll, authenticated,
 * hasRole), so the answer for a path is remembered per set of authorities. It is derived from
 * the configuration, not from data, so every instance may keep its own.
 */
@Component
class Navigation {

    private static final Authentication VISITOR = new AnonymousAuthenticationToken("menu", "anonymousUser",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    /** More sets of authorities than the roles ever make means something else is in them: start again. */
    private static final int MAX_REMEMBERED = 256;

    private final ObjectProvider<MenuEntries> modules;
    // looked up when first needed: the security configuration is built after the web frame's
    private final ObjectProvider<WebInvocationPrivilegeEvaluator> privileges;
    private final MessageSource messages;
    private final Map<Set<String>, Map<String, Boolean>> allowed = new ConcurrentHashMap<>();
    private volatile List<MenuEntries> entries;

    Navigation(ObjectProvider<MenuEntries> modules, ObjectProvider<WebInvocationPrivilegeEvaluator> privileges,
            MessageSource messages) {
        this.modules = modules;
        this.privileges = privileges;
        this.messages = messages;
    }

    /**
     * The menu as the page shows it: only groups with an entry, a group of one entry shown as a
     * plain link.
     *
     * @param profileCurrent whether the page is the caller's profile, in the user menu on the right
     */
    record Menu(List<Group> groups, boolean profileCurrent) {
    }

    /**
     * @param id      for the page's element ids ({@code owes-support})
     * @param current whether the current entry is in it
     */
    record Group(String id, String label, boolean current, List<Link> entries) {

        public boolean single() {
            return entries.size() == 1;
        }
    }

    record Link(String label, String path, boolean current) {
    }

    Menu menu(HttpServletRequest request, Locale locale) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        Authentication who = caller == null ? VISITOR : caller;
        Map<String, Boolean> known = allowedFor(who);
        String contextPath = request.getContextPath();
        List<MenuEntry> visible = modules().stream()
                .flatMap(module -> module.menuEntries().stream())
                .filter(entry -> known.computeIfAbsent(entry.path(),
                        path -> privileges.getObject().isAllowed(contextPath, path, "GET", who)))
                .toList();
        String pagePath = PageLinks.path(request);
        String current = current(visible, pagePath);
        Map<MenuGroup, List<MenuEntry>> byGroup = new EnumMap<>(MenuGroup.class);
        visible.forEach(entry -> byGroup.computeIfAbsent(entry.group(), group -> new ArrayList<>()).add(entry));
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((group, entries) -> {
            List<Link> links = entries.stream()
                    .sorted(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::path))
                    .map(entry -> new Link(messages.getMessage(entry.messageKey(), null, locale), entry.path(),
                            entry.path().equals(current)))
                    .toList();
            groups.add(new Group(group.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    messages.getMessage(group.messageKey(), null, locale),
                    links.stream().anyMatch(Link::current), links));
        });
        return new Menu(groups, pagePath.equals("/profile") || pagePath.startsWith("/profile/"));
    }

    private Map<String, Boolean> allowedFor(Authentication who) {
        if (allowed.size() > MAX_REMEMBERED) {
            allowed.clear();
        }
        Set<String> authorities = who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        return allowed.computeIfAbsent(authorities, any -> new ConcurrentHashMap<>());
    }

    /** The modules' beans, collected once: they are singletons, and a lookup by type per page costs. */
    private List<MenuEntries> modules() {
        List<MenuEntries> known = entries;
        if (known == null) {
            known = modules.orderedStream().toList();
            entries = known;
        }
        return known;
    }

    /** The path of the entry that is the longest prefix (whole segments) of the page's path; null for none. */
    static String current(List<MenuEntry> entries, String pagePath) {
        String best = null;
        for (MenuEntry entry : entries) {
            String path = entry.path();
            boolean prefix = pagePath.equals(path) || pagePath.startsWith(path.endsWith("/") ? path : path + "/");
            if (prefix && (best == null || path.length() > best.length())) {
                best = path;
            }
        }
        return best;
    }
}
