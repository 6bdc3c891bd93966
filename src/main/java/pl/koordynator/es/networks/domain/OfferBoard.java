package pl.koordynator.es.networks.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.networks.OfferCategory;
import pl.koordynator.es.networks.OfferSide;
import pl.koordynator.es.networks.Sector;
import pl.koordynator.es.notifications.Notifications;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.shared.PlatformSettings;
import pl.koordynator.es.territory.Territory;

/**
 * The cooperation offers board: a business, science partner or JST posts a need, a PES posts an
 * offer (ROPS may post either for them). A need and an offer match when they are open, of the same
 * category, and their areas overlap (either is the whole region, or one lies within the other).
 * Matches are listed to both sides; when a new offer or need is posted, the organisations of the
 * matching ones that asked for it, and the poster when they asked, are e-mailed (through the
 * outbox, in the posting transaction). Closing records whether it led to a tie. Every change is audited.
 */
@Service
public class OfferBoard {

    static final String ENTITY = "CooperationOffer";
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final OfferRepository offers;
    private final TieRepository ties;
    private final NetworksAccess access;
    private final Organisations organisations;
    private final Territory territory;
    private final Notifications notifications;
    private final MessageSource messages;
    private final PlatformSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    OfferBoard(OfferRepository offers, TieRepository ties, NetworksAccess access, Organisations organisations,
            Territory territory, Notifications notifications, MessageSource messages, PlatformSettings settings,
            AuditTrail audit, Clock clock) {
        this.offers = offers;
        this.ties = ties;
        this.access = access;
        this.organisations = organisations;
        this.territory = territory;
        this.notifications = notifications;
        this.messages = messages;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public NetworksAccess.Viewer viewer() {
        return access.viewer();
    }

    @Transactional(readOnly = true)
    public PageOf<OfferView> search(OfferQuery query, Paging paging) {
        reader();
        PageOf<OfferRepository.OfferRow> page = offers.search(query, today(), paging);
        Map<Long, OrganisationView> named = named(page.items());
        return page.map(row -> view(row, named));
    }

    @Transactional(readOnly = true)
    public OfferView get(long id) {
        reader();
        OfferRepository.OfferRow row = offers.find(id).orElseThrow(() -> new NotFoundException("offer", id));
        return view(row, named(List.of(row)));
    }

    @Transactional
    public OfferView post(OfferInput input) {
        NetworksAccess.Viewer viewer = access.viewer();
        if (!viewer.mayPostOffers()) {
            throw new AccessDeniedException("offers are posted by PES, partners and ROPS");
        }
        return postAs(input, viewer, viewer.username());
    }

    /** Posts without a signed-in user; for demo data at start-up only (no e-mails). */
    @Transactional
    public OfferView postAtStartup(OfferInput input) {
        return insert(check(input, null), "system", false);
    }

    private OfferView postAs(OfferInput input, NetworksAccess.Viewer viewer, String username) {
        Checked checked = check(input, viewer);
        return insert(checked, username, true);
    }

    private record Checked(OfferSide side, OrganisationView organisation, OfferCategory category, String title,
            String description, String area, LocalDate deadline, boolean notifyMatches) {
    }

    private OfferView insert(Checked checked, String username, boolean mail) {
        long id = offers.insert(checked.side(), checked.organisation().id(), checked.category(), checked.title(),
                checked.description(), checked.area(), checked.deadline(), checked.notifyMatches(), username);
        OfferRepository.OfferRow row = offers.find(id).orElseThrow();
        OfferView created = view(row, Map.of(checked.organisation().id(), checked.organisation()));
        audit.created(ENTITY, id, state(created));
        if (mail) {
            announce(row, created);
        }
        return created;
    }

    private void announce(OfferRepository.OfferRow row, OfferView created) {
        List<OfferRepository.OfferRow> matches = offers.matches(row, today());
        if (matches.isEmpty()) {
            return;
        }
        Map<Long, OrganisationView> named = named(matches);
        Set<Long> told = new LinkedHashSet<>();
        for (OfferRepository.OfferRow match : matches) {
            if (match.notifyMatches() && told.add(match.organisationId())) {
                notifications.toOrganisation(match.organisationId(),
                        text("networks.offer.mail.subject", match.title()),
                        text("networks.offer.mail.text", match.title(), created.title(), created.organisationName(),
                                settings.link("/networks/offers/" + created.id())));
            }
        }
        if (row.notifyMatches()) {
            StringBuilder list = new StringBuilder();
            for (OfferRepository.OfferRow match : matches) {
                OrganisationView organisation = named.get(match.organisationId());
                list.append("- ").append(match.title()).append(" (")
                        .append(organisation == null ? "#" + match.organisationId() : organisation.name())
                        .append("): ").append(settings.link("/networks/offers/" + match.id())).append('\n');
            }
            notifications.toOrganisation(row.organisationId(), text("networks.offer.mail.subject", row.title()),
                    text("networks.offer.mail.found", row.title(), list.toString()));
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, POLISH);
    }

    /** Open offers of the other side that match this one. */
    @Transactional(readOnly = true)
    public List<OfferView> matches(long id) {
        reader();
        OfferRepository.OfferRow row = offers.find(id).orElseThrow(() -> new NotFoundException("offer", id));
        List<OfferRepository.OfferRow> matches = offers.matches(row, today());
        Map<Long, OrganisationView> named = named(matches);
        return matches.stream().map(m -> view(m, named)).toList();
    }

    /** Closes an open offer, recording whether it led to a tie (and which, when known). */
    @Transactional
    public OfferView close(long id, OfferClosing closing) {
        NetworksAccess.Viewer viewer = access.viewer();
        OfferRepository.OfferRow row = offers.find(id).orElseThrow(() -> new NotFoundException("offer", id));
        if (!viewer.admin() && !viewer.caller().actsFor(row.organisationId())) {
            throw new AccessDeniedException("an offer is closed by its poster or ROPS");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (closing == null || closing.ledToTie() == null) {
            problems.add(new FieldProblem("ledToTie", "networks.offer.ledToTie.required"));
        }
        if (closing != null && closing.tieId() != null && ties.find(closing.tieId()).isEmpty()) {
            problems.add(new FieldProblem("tieId", "networks.offer.tie.unknown"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!row.open()) {
            throw new ConflictException("networks.offer.closed", "offer " + id + " is closed");
        }
        long version = closing.version() == null ? row.version() : closing.version();
        if (!offers.close(id, version, closing.ledToTie(), closing.tieId())) {
            throw new ConflictException("problem.concurrentEdit", "offer " + id + " changed since version " + version);
        }
        Map<Long, OrganisationView> named = named(List.of(row));
        OfferView before = view(row, named);
        OfferView after = view(offers.find(id).orElseThrow(), named);
        audit.updated(ENTITY, id, state(before), state(after));
        return after;
    }

    private Checked check(OfferInput input, NetworksAccess.Viewer viewer) {
        List<FieldProblem> problems = new ArrayList<>();
        OfferSide side = null;
        if (Values.blank(input.side())) {
            problems.add(new FieldProblem("side", "networks.offer.side.required"));
        } else if ((side = Values.code(OfferSide.class, input.side())) == null) {
            problems.add(new FieldProblem("side", "networks.offer.side.unknown"));
        }
        Long organisationId = input.organisationId();
        if (viewer != null && !viewer.admin()) {
            if (organisationId != null && !organisationId.equals(viewer.ownOrganisationId())) {
                throw new AccessDeniedException("an offer is posted for one's own organisation");
            }
            organisationId = viewer.ownOrganisationId();
        }
        OrganisationView organisation = null;
        if (organisationId == null) {
            problems.add(new FieldProblem("organisationId", "networks.organisation.required"));
        } else {
            organisation = organisations.find(organisationId).orElse(null);
            if (organisation == null) {
                problems.add(new FieldProblem("organisationId", "networks.organisation.unknown"));
            } else if (side == OfferSide.OFFER && !organisation.kind().isPes()) {
                problems.add(new FieldProblem("side", "networks.offer.offerByPes"));
            } else if (side == OfferSide.NEED && !needPoster(Sector.of(organisation.kind()))) {
                problems.add(new FieldProblem("side", "networks.offer.needByPartner"));
            }
        }
        OfferCategory category = null;
        if (Values.blank(input.category())) {
            problems.add(new FieldProblem("category", "networks.offer.category.required"));
        } else if ((category = Values.code(OfferCategory.class, input.category())) == null) {
            problems.add(new FieldProblem("category", "networks.offer.category.unknown"));
        }
        String title = Values.line(input.title());
        if (title == null) {
            problems.add(new FieldProblem("title", "networks.offer.title.required"));
        } else if (Values.length(title) > TITLE_MAX) {
            problems.add(new FieldProblem("title", "networks.text.tooLong", new Object[] {TITLE_MAX}));
        }
        String description = Values.text(input.description());
        if (Values.length(description) > DESCRIPTION_MAX) {
            problems.add(new FieldProblem("description", "networks.text.tooLong", new Object[] {DESCRIPTION_MAX}));
        }
        String area = Values.line(input.areaTeryt());
        if (area != null && (!area.matches("\\d{4}|\\d{7}") || territory.find(area).isEmpty())) {
            problems.add(new FieldProblem("areaTeryt", "networks.offer.area.unknown"));
        }
        LocalDate deadline = null;
        if (!Values.blank(input.deadline())) {
            deadline = Values.date(input.deadline());
            if (deadline == null) {
                problems.add(new FieldProblem("deadline", "networks.date.format"));
            } else if (deadline.isBefore(today())) {
                problems.add(new FieldProblem("deadline", "networks.offer.deadline.past"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(side, organisation, category, title, description, area, deadline,
                Boolean.TRUE.equals(input.notifyMatches()));
    }

    /** Needs are posted by business, science and local government (JST). */
    private static boolean needPoster(Sector sector) {
        return sector == Sector.BUSINESS || sector == Sector.SCIENCE || sector == Sector.JST;
    }

    private NetworksAccess.Viewer reader() {
        NetworksAccess.Viewer viewer = access.viewer();
        if (!viewer.mayReadOffers()) {
            throw new AccessDeniedException("the offers board is for accounts");
        }
        return viewer;
    }

    private Map<Long, OrganisationView> named(List<OfferRepository.OfferRow> rows) {
        Set<Long> ids = new LinkedHashSet<>();
        rows.forEach(r -> ids.add(r.organisationId()));
        return organisations.findAll(ids);
    }

    private static OfferView view(OfferRepository.OfferRow row, Map<Long, OrganisationView> named) {
        OrganisationView organisation = named.get(row.organisationId());
        return new OfferView(row.id(), row.side(), row.organisationId(),
                organisation == null ? "#" + row.organisationId() : organisation.name(),
                organisation == null ? null : organisation.kind().name(), row.category(), row.title(),
                row.description(), row.areaTeryt(), row.deadline(), row.notifyMatches(), row.open(), row.closedAt(),
                row.ledToTie(), row.tieId(), row.version(), row.createdAt());
    }

    static Map<String, Object> state(OfferView offer) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("side", offer.side());
        state.put("organisationId", offer.organisationId());
        state.put("organisationName", offer.organisationName());
        state.put("category", offer.category());
        state.put("title", offer.title());
        state.put("description", offer.description());
        state.put("areaTeryt", offer.areaTeryt());
        state.put("deadline", offer.deadline());
        state.put("open", offer.open());
        state.put("ledToTie", offer.ledToTie());
        state.put("tieId", offer.tieId());
        return state;
    }
}
