package pl.koordynator.es.catalogue.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.audit.Personal;
import pl.koordynator.es.catalogue.CatalogueInquiries;
import pl.koordynator.es.catalogue.InquiryCounts;
import pl.koordynator.es.catalogue.InquiryInput;
import pl.koordynator.es.catalogue.InquiryOutcome;
import pl.koordynator.es.catalogue.InquirySent;
import pl.koordynator.es.catalogue.InquiryView;
import pl.koordynator.es.catalogue.OfferStatus;
import pl.koordynator.es.notifications.Notifications;
import pl.koordynator.es.registry.OrganisationStatus;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.shared.ConflictException;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;
import pl.koordynator.es.shared.PlatformSettings;
import pl.koordynator.es.shared.ProofOfWork;

/**
 * Buyers' inquiries. One goes to the offer's contact address (the organisation's address in the
 * register when the offer names none) through the outbox, with the buyer's details and message,
 * and a short confirmation to the buyer that names the offer and the PES and repeats nothing the
 * buyer typed, since the address may be someone else's. Only the PES reads its inquiries; ROPS
 * gets counts.
 */
@Service
@Transactional
public class InquiryService implements CatalogueInquiries {

    static final String ENTITY = "CatalogueInquiry";
    static final int MESSAGE_MAX = 3000;
    /** The fields of {@link #state} that are the buyer's data. */
    static final Set<String> PERSONAL_FIELDS = Set.of("name", "email", "organisation", "message");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final JdbcClient jdbc;
    private final CatalogueAccess access;
    private final ProofOfWork proofOfWork;
    private final ObjectProvider<Notifications> notifications;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final PlatformSettings settings;
    private final Clock clock;
    private final ZoneId zone;

    InquiryService(JdbcClient jdbc, CatalogueAccess access, ProofOfWork proofOfWork,
            ObjectProvider<Notifications> notifications, MessageSource messages, AuditTrail audit,
            PlatformSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.proofOfWork = proofOfWork;
        this.notifications = notifications;
        this.messages = messages;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
        this.zone = settings.timeZone();
    }

    private record Offer(long id, long organisationId, String name, String contactEmail, OfferStatus status) {
    }

    private record Checked(String name, String email, String organisation, String message) {
    }

    @Override
    public InquirySent send(long offerId, InquiryInput input) {
        CatalogueAccess.Viewer viewer = access.viewer();
        Offer offer = jdbc.sql("""
                select id, organisation_id, name, contact_email, status from catalogue_offer
                where id = :id and status = 'PUBLISHED' and organisation_active""")
                .param("id", offerId).query(Offer.class).optional()
                .orElseThrow(() -> new NotFoundException("offer", offerId));
        // a visitor without an account proves some work first; a session or an API token is proof enough
        boolean challenged = viewer.anonymous();
        Checked buyer = check(input, challenged && !proofOfWork.solved(input.altcha()));
        OrganisationView organisation = access.organisation(offer.organisationId())
                .filter(o -> o.status() == OrganisationStatus.ACTIVE)
                .orElseThrow(() -> new NotFoundException("offer", offerId));
        String recipient = offer.contactEmail() != null ? offer.contactEmail() : organisation.email();
        if (recipient == null || recipient.isBlank()) {
            throw new ConflictException("catalogue.inquiry.noAddress", "the offer has no contact address");
        }
        if (challenged && !proofOfWork.spend(input.altcha())) {
            // solved, but used by another inquiry meanwhile
            throw InvalidInputException.of("altcha", "challenge.invalid");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = jdbc.sql("""
                insert into catalogue_inquiry (offer_id, organisation_id, buyer_name, buyer_email, buyer_organisation,
                    message, created_at)
                values (:offerId, :organisationId, :name, :email, :organisation, :message, :now)
                returning id""")
                .param("offerId", offer.id())
                .param("organisationId", offer.organisationId())
                .param("name", buyer.name())
                .param("email", buyer.email())
                .param("organisation", buyer.organisation())
                .param("message", buyer.message())
                .param("now", now)
                .query(Long.class).single();
        InquiryView sent = find(id);
        audit.created(ENTITY, id, state(sent));
        mail(offer, organisation, recipient, buyer);
        return new InquirySent(id, offer.id(), offer.name(), organisation.name());
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<InquiryView> inquiries(InquiryOutcome outcome, Paging paging) {
        CatalogueAccess.Viewer viewer = access.viewer();
        if (viewer.caller().pesId() == null && viewer.caller().is(Role.PES)) {
            // a PES account whose organisation is closed or not set acts for nobody: no inquiries
            return new PageOf<>(List.of(), paging.page(), paging.size(), 0);
        }
        long pesId = viewer.requirePes();
        String where = "i.organisation_id = :pesId" + (outcome == null ? "" : " and i.outcome = :outcome");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("pesId", pesId);
        params.put("outcome", outcome == null ? null : outcome.name());
        long total = jdbc.sql("select count(*) from catalogue_inquiry i where " + where).params(params)
                .query(Long.class).single();
        List<InquiryView> items = jdbc.sql("select i.*, o.name as offer_name from catalogue_inquiry i "
                        + "join catalogue_offer o on o.id = i.offer_id where " + where
                        + " order by i.created_at desc, i.id desc limit :limit offset :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset())
                .query(InquiryService::view).list();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    @Override
    @Transactional(readOnly = true)
    public InquiryView inquiry(long inquiryId) {
        return own(inquiryId);
    }

    @Override
    public InquiryView setOutcome(long inquiryId, InquiryOutcome outcome) {
        if (outcome == null) {
            throw InvalidInputException.of("outcome", "catalogue.inquiry.outcome.required");
        }
        InquiryView before = own(inquiryId);
        jdbc.sql("""
                update catalogue_inquiry set outcome = :outcome,
                    outcome_at = case when :outcome = 'NEW' then null else :now end, version = version + 1
                where id = :id""")
                .param("outcome", outcome.name())
                .param("now", OffsetDateTime.now(clock))
                .param("id", inquiryId)
                .update();
        InquiryView after = find(inquiryId);
        audit.updated(ENTITY, inquiryId, state(before), state(after));
        return after;
    }

    @Override
    @Transactional(readOnly = true)
    public long toAnswer() {
        Long pesId = access.viewer().caller().pesId();
        if (pesId == null) {
            return 0;
        }
        return jdbc.sql("select count(*) from catalogue_inquiry where organisation_id = :id and outcome = 'NEW'")
                .param("id", pesId).query(Long.class).single();
    }

    /** Counts only: the query reads no buyer's field and no message, so none can leak into the answer. */
    @Override
    @Transactional(readOnly = true)
    public InquiryCounts counts(LocalDate from, LocalDate to) {
        access.viewer().requireAdmin("sees the counts of inquiries");
        if (from != null && to != null && from.isAfter(to)) {
            throw InvalidInputException.of("to", "catalogue.inquiry.counts.period");
        }
        List<InquiryCounts.Row> rows = jdbc.sql("""
                select i.organisation_id, min(o.organisation_name) as organisation_name, count(*) as inquiries,
                    count(*) filter (where i.outcome = 'NEW') as fresh,
                    count(*) filter (where i.outcome = 'ANSWERED') as answered,
                    count(*) filter (where i.outcome = 'WON') as won,
                    count(*) filter (where i.outcome = 'LOST') as lost
                from catalogue_inquiry i join catalogue_offer o on o.id = i.offer_id
                where (cast(:from as date) is null or (i.created_at at time zone :zone)::date >= :from)
                  and (cast(:to as date) is null or (i.created_at at time zone :zone)::date <= :to)
                group by i.organisation_id order by count(*) desc, min(o.organisation_name)""")
                .param("from", from)
                .param("to", to)
                .param("zone", zone.getId())
                .query((rs, row) -> new InquiryCounts.Row(rs.getLong("organisation_id"),
                        rs.getString("organisation_name"), rs.getLong("inquiries"), rs.getLong("fresh"),
                        rs.getLong("answered"), rs.getLong("won"), rs.getLong("lost")))
                .list();
        InquiryCounts.Row total = new InquiryCounts.Row(null, null,
                rows.stream().mapToLong(InquiryCounts.Row::inquiries).sum(),
                rows.stream().mapToLong(InquiryCounts.Row::fresh).sum(),
                rows.stream().mapToLong(InquiryCounts.Row::answered).sum(),
                rows.stream().mapToLong(InquiryCounts.Row::won).sum(),
                rows.stream().mapToLong(InquiryCounts.Row::lost).sum());
        return new InquiryCounts(from, to, rows, total);
    }

    private InquiryView own(long inquiryId) {
        CatalogueAccess.Viewer viewer = access.viewer();
        if (viewer.caller().pesId() == null && viewer.caller().is(Role.PES)) {
            throw new NotFoundException("inquiry", inquiryId);
        }
        long pesId = viewer.requirePes();
        InquiryView inquiry = jdbc.sql("""
                select i.*, o.name as offer_name from catalogue_inquiry i join catalogue_offer o on o.id = i.offer_id
                where i.id = :id""")
                .param("id", inquiryId).query(InquiryService::view).optional()
                .filter(found -> found.organisationId() == pesId)
                .orElseThrow(() -> new NotFoundException("inquiry", inquiryId));
        return inquiry;
    }

    private InquiryView find(long id) {
        return jdbc.sql("""
                select i.*, o.name as offer_name from catalogue_inquiry i join catalogue_offer o on o.id = i.offer_id
                where i.id = :id""")
                .param("id", id).query(InquiryService::view).single();
    }

    static InquiryView view(ResultSet rs, int row) throws SQLException {
        return new InquiryView(rs.getLong("id"), rs.getLong("offer_id"), rs.getString("offer_name"),
                rs.getLong("organisation_id"), rs.getString("buyer_name"), rs.getString("buyer_email"),
                rs.getString("buyer_organisation"), rs.getString("message"),
                InquiryOutcome.valueOf(rs.getString("outcome")), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("outcome_at", OffsetDateTime.class), rs.getLong("version"));
    }

    private Checked check(InquiryInput input, boolean challengeFailed) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = OfferRules.line(input.name());
        if (name == null) {
            problems.add(new FieldProblem("name", "catalogue.inquiry.name.required"));
        } else if (name.length() < 2 || name.length() > 200) {
            problems.add(new FieldProblem("name", "catalogue.inquiry.name.length"));
        }
        String email = OfferRules.line(input.email());
        if (email == null) {
            problems.add(new FieldProblem("email", "catalogue.inquiry.email.required"));
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            problems.add(new FieldProblem("email", "catalogue.inquiry.email.invalid"));
        }
        String organisation = OfferRules.line(input.organisation());
        if (organisation != null && organisation.length() > 300) {
            problems.add(new FieldProblem("organisation", "catalogue.inquiry.organisation.tooLong"));
        }
        String message = OfferRules.text(input.message());
        if (message == null) {
            problems.add(new FieldProblem("message", "catalogue.inquiry.message.required"));
        } else if (message.length() > MESSAGE_MAX) {
            problems.add(new FieldProblem("message", "catalogue.inquiry.message.tooLong", new Object[] {MESSAGE_MAX}));
        }
        if (!Boolean.TRUE.equals(input.consent())) {
            problems.add(new FieldProblem("consent", "catalogue.inquiry.consent.required"));
        }
        if (challengeFailed) {
            problems.add(new FieldProblem("altcha", "challenge.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(name, email, organisation, message);
    }

    /**
     * The inquiry to the PES in Polish (the outbox cannot set a reply-to, so the buyer's address is in
     * the text), and the confirmation to the buyer in the language of their page.
     */
    private void mail(Offer offer, OrganisationView organisation, String recipient, Checked buyer) {
        String subject = messages.getMessage("catalogue.mail.inquiry.subject", new Object[] {offer.name()}, POLISH);
        String text = messages.getMessage("catalogue.mail.inquiry.text", new Object[] {offer.name(), buyer.name(),
                buyer.email(), buyer.organisation() == null ? "-" : buyer.organisation(), buyer.message(),
                settings.link("/zapytania")}, POLISH);
        Locale language = LocaleContextHolder.getLocale();
        Locale buyerLocale = language != null && "en".equals(language.getLanguage()) ? Locale.ENGLISH : POLISH;
        String copySubject = messages.getMessage("catalogue.mail.inquiryCopy.subject", new Object[] {offer.name()},
                buyerLocale);
        String copyText = messages.getMessage("catalogue.mail.inquiryCopy.text", new Object[] {offer.name(),
                organisation.name(), settings.link("/katalog/oferty/" + offer.id())}, buyerLocale);
        notifications.ifAvailable(mail -> {
            mail.toAddress(recipient, subject, text);
            mail.toAddress(buyer.email(), copySubject, copyText);
        });
    }

    static Map<String, Object> state(InquiryView inquiry) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("offerId", inquiry.offerId());
        state.put("organisationId", inquiry.organisationId());
        state.put("name", Personal.of(inquiry.buyerName()));
        state.put("email", Personal.of(inquiry.buyerEmail()));
        state.put("organisation", Personal.of(inquiry.buyerOrganisation()));
        state.put("message", Personal.of(inquiry.message()));
        state.put("outcome", inquiry.outcome());
        return state;
    }
}
