package pl.koordynator.es.shared;

/**
 * One link of the main menu. Who sees it is not written here: the menu shows it to a caller
 * whose GET of {@code path} the URL rules ({@link UrlAccessRules}) allow, so a menu never offers
 * a page that answers 403 and no role is listed twice.
 *
 * @param group      the menu group it belongs to
 * @param order      its position in the group; lower first
 * @param messageKey its text in the messages
 * @param path       the page it opens, without query; also what marks it current (the entry whose
 *                   path is the longest prefix of the page's path)
 */
public record MenuEntry(MenuGroup group, int order, String messageKey, String path) {

    public MenuEntry {
        if (group == null || messageKey == null || path == null || !path.startsWith("/") || path.contains("?")) {
            throw new IllegalArgumentException("a menu entry needs a group, a message key and a path without query: "
                    + path);
        }
    }
}
