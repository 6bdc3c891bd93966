package pl.koordynator.es.committee.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.koordynator.es.audit.AuditTrail;
import pl.koordynator.es.committee.AttachmentFile;
import pl.koordynator.es.committee.AttachmentView;
import pl.koordynator.es.committee.OrganisationRef;
import pl.koordynator.es.committee.PositionInput;
import pl.koordynator.es.committee.PositionQuery;
import pl.koordynator.es.committee.PositionView;
import pl.koordynator.es.committee.SectorPositions;
import pl.koordynator.es.committee.TakenIntoAccount;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.shared.InvalidInputException;
import pl.koordynator.es.shared.InvalidInputException.FieldProblem;
import pl.koordynator.es.shared.NotFoundException;
import pl.koordynator.es.shared.PageOf;
import pl.koordynator.es.shared.Paging;

/**
 * The register of positions submitted on behalf of the sector: public to read (co-signing
 * organisations named through the registry's facade), kept by ROPS. A position adopted by the
 * committee names the adopted document.
 */
@Service
public class PositionService implements SectorPositions {

    static final String ENTITY = "SectorPosition";

    private final JdbcClient jdbc;
    private final CommitteeAccess access;
    private final Inputs inputs;
    private final Organisations organisations;
    private final Attachments attachments;
    private final TermService terms;
    private final AuditTrail audit;

    PositionService(JdbcClient jdbc, CommitteeAccess access, Inputs inputs, Organisations organisations,
            Attachments attachments, TermService terms, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.inputs = inputs;
        this.organisations = organisations;
        this.attachments = attachments;
        this.terms = terms;
        this.audit = audit;
    }

    private static final String SELECT = """
            select p.*, d.number_seq, d.number_year from sector_position p
            left join committee_document d on d.id = p.resolution_id""";

    @Override
    @Transactional(readOnly = true)
    public PageOf<PositionView> positions(PositionQuery query, Paging paging) {
        PositionQuery filter = query == null ? PositionQuery.everything() : query;
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (strpos(lower(p.topic), lower(:text)) > 0 or strpos(lower(p.addressee), lower(:text)) > 0"
                    + " or strpos(lower(coalesce(p.act_title, '')), lower(:text)) > 0"
                    + " or strpos(lower(coalesce(p.act_reference, '')), lower(:text)) > 0)");
            params.put("text", filter.text().strip());
        }
        if (filter.takenIntoAccount() != null) {
            where.append(" and p.taken_into_account = :taken");
            params.put("taken", filter.takenIntoAccount().name());
        }
        if (filter.year() != null) {
            where.append(" and extract(year from coalesce(p.submitted_on, p.deadline, p.created_at::date)) = :year");
            params.put("year", filter.year());
        }
        if (filter.submitted() != null) {
            where.append(filter.submitted() ? " and p.submitted_on is not null" : " and p.submitted_on is null");
        }
        long total = jdbc.sql("select count(*) from sector_position p" + where).params(params).query(Long.class).single();
        List<Row> rows = jdbc.sql(SELECT + where + " order by p.deadline desc nulls last, p.id desc limit :limit offset :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset()).query(Row::of).list();
        return new PageOf<>(views(rows), paging.page(), paging.size(), total);
    }

    @Override
    @Transactional(readOnly = true)
    public PositionView position(long positionId) {
        return views(List.of(row(positionId))).get(0);
    }

    private Row row(long positionId) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", positionId).query(Row::of).optional()
                .orElseThrow(() -> new NotFoundException("sector position", positionId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PositionView> deadlinesComing(int days) {
        LocalDate today = terms.today();
        return views(jdbc.sql(SELECT + """
                 where p.submitted_on is null and p.deadline >= :today and p.deadline <= :until
                order by p.deadline, p.id limit 50""").param("today", today).param("until", today.plusDays(days))
                .query(Row::of).list());
    }

    private List<PositionView> views(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, List<Long>> cosigners = new HashMap<>();
        jdbc.sql("select position_id, organisation_id from sector_position_cosigner where position_id in (:ids) order by organisation_id")
                .param("ids", ids).query((rs, n) -> {
                    cosigners.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getLong(2));
                    return null;
                }).list();
        Set<Long> organisationIds = new LinkedHashSet<>();
        cosigners.values().forEach(organisationIds::addAll);
        Map<Long, OrganisationView> named = organisationIds.isEmpty() ? Map.of() : organisations.findAll(organisationIds);
        Map<Long, List<AttachmentView>> files = attachments.of(Attachments.Owner.POSITION, ids);
        return rows.stream().map(row -> new PositionView(row.id(), row.topic(), row.addressee(), row.actTitle(),
                row.actReference(), row.actLink(), row.deadline(),
                cosigners.getOrDefault(row.id(), List.of()).stream()
                        .map(id -> new OrganisationRef(id, named.containsKey(id) ? named.get(id).name() : null)).toList(),
                row.resolutionId(), row.resolutionNumber(), row.text(), files.getOrDefault(row.id(), List.of()),
                row.submittedOn(), row.response(), row.respondedOn(), row.takenIntoAccount())).toList();
    }

    @Override
    @Transactional
    public PositionView createPosition(PositionInput input) {
        access.viewer().requireAdmin("keeps the positions register");
        inputs.check(input);
        check(input);
        long id = jdbc.sql("""
                insert into sector_position (topic, addressee, act_title, act_reference, act_link, deadline,
                    resolution_id, text, submitted_on, response, responded_on, taken_into_account)
                values (:topic, :addressee, :actTitle, :actReference, :actLink, :deadline, :resolution, :text,
                    :submitted, :response, :responded, :taken) returning id""").params(params(input))
                .query(Long.class).single();
        replaceCosigners(id, input.coSignerIds());
        audit.created(ENTITY, id, state(input));
        return position(id);
    }

    @Override
    @Transactional
    public PositionView updatePosition(long positionId, PositionInput input) {
        access.viewer().requireAdmin("keeps the positions register");
        PositionView before = position(positionId);
        inputs.check(input);
        check(input);
        jdbc.sql("""
                update sector_position set topic = :topic, addressee = :addressee, act_title = :actTitle,
                    act_reference = :actReference, act_link = :actLink, deadline = :deadline,
                    resolution_id = :resolution, text = :text, submitted_on = :submitted, response = :response,
                    responded_on = :responded, taken_into_account = :taken, version = version + 1
                where id = :id""").params(params(input)).param("id", positionId).update();
        replaceCosigners(positionId, input.coSignerIds());
        Map<String, Object> previous = new HashMap<>();
        previous.put("topic", before.topic());
        previous.put("addressee", before.addressee());
        previous.put("deadline", before.deadline() == null ? "" : before.deadline().toString());
        previous.put("submittedOn", before.submittedOn() == null ? "" : before.submittedOn().toString());
        previous.put("takenIntoAccount", before.takenIntoAccount().name());
        previous.put("coSigners", before.coSigners().stream().map(OrganisationRef::id).sorted().toList().toString());
        previous.put("resolutionId", before.resolutionId() == null ? "" : before.resolutionId());
        audit.updated(ENTITY, positionId, previous, state(input));
        return position(positionId);
    }

    private void check(PositionInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.actLink() != null && !input.actLink().isBlank() && !input.actLink().strip().matches("(?i)https?://\\S+")) {
            problems.add(new FieldProblem("actLink", "committee.core.position.linkInvalid"));
        }
        if (input.coSignerIds() != null) {
            Map<Long, OrganisationView> found = organisations.findAll(new LinkedHashSet<>(input.coSignerIds()));
            if (!found.keySet().containsAll(input.coSignerIds())) {
                problems.add(new FieldProblem("coSignerIds", "committee.core.organisation.unknown"));
            }
        }
        if (input.resolutionId() != null) {
            boolean adopted = jdbc.sql("select count(*) from committee_document where id = :id and status = 'ADOPTED'")
                    .param("id", input.resolutionId()).query(Long.class).single() == 1;
            if (!adopted) {
                problems.add(new FieldProblem("resolutionId", "committee.core.position.resolutionUnknown"));
            }
        }
        if (input.respondedOn() != null && input.submittedOn() != null && input.respondedOn().isBefore(input.submittedOn())) {
            problems.add(new FieldProblem("respondedOn", "committee.core.position.respondedBeforeSubmitted"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void replaceCosigners(long positionId, List<Long> ids) {
        jdbc.sql("delete from sector_position_cosigner where position_id = :id").param("id", positionId).update();
        if (ids != null) {
            new LinkedHashSet<>(ids).forEach(organisation -> jdbc.sql(
                            "insert into sector_position_cosigner (position_id, organisation_id) values (:p, :o)")
                    .param("p", positionId).param("o", organisation).update());
        }
    }

    private static Map<String, Object> params(PositionInput input) {
        Map<String, Object> params = new HashMap<>();
        params.put("topic", input.topic().strip());
        params.put("addressee", input.addressee().strip());
        params.put("actTitle", TermService.blankToNull(input.actTitle()));
        params.put("actReference", TermService.blankToNull(input.actReference()));
        params.put("actLink", TermService.blankToNull(input.actLink()));
        params.put("deadline", input.deadline());
        params.put("resolution", input.resolutionId());
        params.put("text", input.text());
        params.put("submitted", input.submittedOn());
        params.put("response", TermService.blankToNull(input.response()));
        params.put("responded", input.respondedOn());
        params.put("taken", (input.takenIntoAccount() == null ? TakenIntoAccount.NO_ANSWER : input.takenIntoAccount()).name());
        return params;
    }

    private static Map<String, Object> state(PositionInput input) {
        Map<String, Object> state = new HashMap<>();
        state.put("topic", input.topic().strip());
        state.put("addressee", input.addressee().strip());
        state.put("deadline", input.deadline() == null ? "" : input.deadline().toString());
        state.put("submittedOn", input.submittedOn() == null ? "" : input.submittedOn().toString());
        state.put("takenIntoAccount", (input.takenIntoAccount() == null ? TakenIntoAccount.NO_ANSWER
                : input.takenIntoAccount()).name());
        state.put("coSigners", input.coSignerIds() == null ? "[]"
                : new LinkedHashSet<>(input.coSignerIds()).stream().sorted().toList().toString());
        state.put("resolutionId", input.resolutionId() == null ? "" : input.resolutionId());
        return state;
    }

    @Override
    @Transactional
    public AttachmentView attachToPosition(long positionId, String fileName, byte[] content) {
        access.viewer().requireAdmin("attaches files to positions");
        row(positionId);
        return attachments.add(Attachments.Owner.POSITION, positionId, fileName, content, access.viewer().username());
    }

    @Override
    @Transactional
    public void removePositionAttachment(long positionId, long attachmentId) {
        access.viewer().requireAdmin("removes files of positions");
        attachments.remove(Attachments.Owner.POSITION, positionId, attachmentId);
    }

    @Override
    @Transactional(readOnly = true)
    public AttachmentFile positionAttachment(long positionId, long attachmentId) {
        row(positionId);
        return attachments.file(Attachments.Owner.POSITION, positionId, attachmentId);
    }

    private record Row(long id, String topic, String addressee, String actTitle, String actReference, String actLink,
            LocalDate deadline, Long resolutionId, String resolutionNumber, String text, LocalDate submittedOn,
            String response, LocalDate respondedOn, TakenIntoAccount takenIntoAccount) {

        static Row of(ResultSet rs, int n) throws SQLException {
            Integer seq = rs.getObject("number_seq", Integer.class);
            return new Row(rs.getLong("id"), rs.getString("topic"), rs.getString("addressee"),
                    rs.getString("act_title"), rs.getString("act_reference"), rs.getString("act_link"),
                    rs.getObject("deadline", LocalDate.class), rs.getObject("resolution_id", Long.class),
                    seq == null ? null : seq + "/" + rs.getInt("number_year"), rs.getString("text"),
                    rs.getObject("submitted_on", LocalDate.class), rs.getString("response"),
                    rs.getObject("responded_on", LocalDate.class),
                    TakenIntoAccount.valueOf(rs.getString("taken_into_account")));
        }
    }
}
