package pl.koordynator.es.shared;

/**
 * The platform's main menu: a few groups in this order, each a dropdown of the entries modules
 * give it ({@link MenuEntries}). A group with no entry the caller may open is not shown, and one
 * with a single entry is a plain link, so a module that comes later only adds entries. Where the
 * fourteen capabilities of DESIGN belong (the modules that do not exist yet in brackets):
 * <ul>
 * <li>the dashboard: the caller's work queues;</li>
 * <li>register and map: the register of organisations, the map of resources and needs and the
 * reported needs: where things are and what is missing;</li>
 * <li>OWES support: periodic reports, the regional summary, consulting and other support, the
 * shared activity plan: the OWES's work and ROPS's view of it;</li>
 * <li>events: the calendar (with its social campaigns);</li>
 * <li>programme: [the regional programme and its indicators], [local ES development plans], the
 * monitoring of where the region goes;</li>
 * <li>committee: [members, meetings, resolutions];</li>
 * <li>cooperation: [networks and partnerships], [public services with social clauses],
 * [reintegration referrals]: work between institutions and PES;</li>
 * <li>promotion: [the catalogue of products and services, news];</li>
 * <li>administration: ROPS's reference data, users, e-mails, audit trail, personal data.</li>
 * </ul>
 */
public enum MenuGroup {

    DASHBOARD("menu.group.dashboard"),
    REGISTER("menu.group.register"),
    OWES_SUPPORT("menu.group.owesSupport"),
    EVENTS("menu.group.events"),
    PROGRAMME("menu.group.programme"),
    COMMITTEE("menu.group.committee"),
    COOPERATION("menu.group.cooperation"),
    PROMOTION("menu.group.promotion"),
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
