package pl.koordynator.es.shared;

/**
 * The platform's main menu: a few groups in this order, each a dropdown of the entries modules
 * give it ({@link MenuEntries}). A group with no entry the caller may open is not shown, and one
 * with a single entry is a plain link, so a module that comes later only adds entries. Seven
 * groups at most, because ROPS sees them all and the menu must stay one line at 1024 px next to
 * the brand and the user menu. Where the fourteen capabilities of DESIGN belong (modules that
 * do not exist yet in brackets):
 * <ul>
 * <li>dashboard: the caller's work queues;</li>
 * <li>register and map: the register of organisations, the map of resources and needs, the
 * reported needs, [the catalogue of PES products and services]: who and what is where;</li>
 * <li>OWES support: periodic reports, the regional summary, consulting and other support, the
 * shared activity plan: the OWES's work and ROPS's view of it;</li>
 * <li>events: the calendar, [news and social campaigns];</li>
 * <li>programme: [the regional programme and its indicators], [the committee: members,
 * meetings, resolutions], [local ES development plans]: where the region is going and who
 * gives an opinion on it;</li>
 * <li>cooperation: [networks and partnerships], [public services with social clauses],
 * [reintegration referrals]: work between institutions and PES;</li>
 * <li>administration: territory, statistics, index weights, report templates, users, e-mails,
 * audit trail, personal data (users, roles and the audit trail are the cross-cutting line 14).</li>
 * </ul>
 */
public enum MenuGroup {

    DASHBOARD("menu.group.dashboard"),
    REGISTER("menu.group.register"),
    OWES_SUPPORT("menu.group.owesSupport"),
    EVENTS("menu.group.events"),
    PROGRAMME("menu.group.programme"),
    COOPERATION("menu.group.cooperation"),
    ADMINISTRATION("menu.group.administration");

    private final String messageKey;

    MenuGroup(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The group's name in the messages. */
    public String messageKey() {
        return messageKey;
    }
}
