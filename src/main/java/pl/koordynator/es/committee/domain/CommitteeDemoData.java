package pl.koordynator.es.committee.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.koordynator.es.committee.Attendance;
import pl.koordynator.es.committee.SeatCategory;
import pl.koordynator.es.registry.Kind;
import pl.koordynator.es.registry.OrganisationView;
import pl.koordynator.es.registry.Organisations;
import pl.koordynator.es.security.UserAccounts;
import pl.koordynator.es.shared.DemoDataSets;
import pl.koordynator.es.shared.Installation;
import pl.koordynator.es.shared.PlatformSettings;

/**
 * Demo committee: the previous and the current term, 12 current members (one of whom missed the
 * last three meetings unexcused, so ROPS sees the flag), 8 meetings with attendance, resolutions and
 * opinions adopted with their votes, one vote by circulation open, approved and draft minutes, and
 * five positions of the sector. All fictional. Written straight to the module's own tables, as a
 * first start has nobody signed in to pass the services' checks.
 */
@Component
class CommitteeDemoData implements ApplicationModuleInitializer {

    private static final Logger log = LoggerFactory.getLogger(CommitteeDemoData.class);

    static final String[] NAMES = {"Halina Morska", "Tomasz Kaszubski", "Agnieszka Wydmowa", "Paweł Bursztyn",
            "Maria Żuławska", "Krzysztof Kociewski", "Ewa Nadwiślańska", "Jan Oliwski", "Barbara Sopocka",
            "Marek Helski", "Zofia Kartuska", "Adam Lęborski"};
    static final String DEMO_MEMBER_ACCOUNT = "demo.komitet";
    static final SeatCategory[] SEATS = {SeatCategory.MARSHAL, SeatCategory.VOIVODE, SeatCategory.JST,
            SeatCategory.PES, SeatCategory.PES, SeatCategory.PUBLIC_BENEFIT_COUNCIL, SeatCategory.COOPERATIVE_UNIONS,
            SeatCategory.RESEARCH_INSTITUTES, SeatCategory.UNIVERSITIES, SeatCategory.TRADE_UNIONS,
            SeatCategory.EMPLOYERS, SeatCategory.JST};

    private final Installation installation;
    private final DemoDataSets demoDataSets;
    private final Organisations organisations;
    private final JdbcClient jdbc;
    private final PlatformSettings platform;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final UserAccounts accounts;

    CommitteeDemoData(Installation installation, DemoDataSets demoDataSets, Organisations organisations,
            JdbcClient jdbc, PlatformSettings platform, Clock clock, TransactionTemplate transaction,
            UserAccounts accounts) {
        this.accounts = accounts;
        this.installation = installation;
        this.demoDataSets = demoDataSets;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.platform = platform;
        this.clock = clock;
        this.transaction = transaction;
    }

    @Override
    public void initialize() {
        transaction.executeWithoutResult(status -> {
            if (!installation.demoData() || !demoDataSets.claim("committee")) {
                return;
            }
            load(LocalDate.now(clock.withZone(platform.timeZone())));
            log.info("Demo committee loaded: 2 terms, 12 current members, 8 meetings, 5 positions (fictional)");
        });
    }

    void load(LocalDate today) {
        List<OrganisationView> pes = Kind.pesKinds().stream().flatMap(kind -> organisations.ofKind(kind).stream())
                .limit(6).toList();
        LocalDate currentStart = today.minusYears(1).withDayOfMonth(1);
        long previous = term(1, currentStart.minusYears(3), currentStart.minusDays(1), "XX/412/2022");
        long current = term(2, currentStart, currentStart.plusYears(3).minusDays(1), "LXI/815/2025");

        List<Long> former = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            former.add(member(previous, NAMES[(i + 4) % NAMES.length], i, SEATS[i], currentStart.minusYears(3),
                    pes.isEmpty() ? null : pes.get(i % pes.size()).id()));
        }
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            members.add(member(current, NAMES[i], i, SEATS[i], currentStart,
                    SEATS[i] == SeatCategory.PES && !pes.isEmpty() ? pes.get(i % pes.size()).id() : null));
        }

        // the demo committee account is Ewa Nadwiślańska's: signed in as demo.komitet one sees her
        // meetings and the vote by circulation she has not cast yet
        accounts.idAtStartup(DEMO_MEMBER_ACCOUNT).ifPresent(user -> jdbc.sql(
                "update committee_member set user_id = :user where id = :id")
                .param("user", user).param("id", members.get(6)).update());

        // the previous term: three meetings, two resolutions by anonymous counts
        List<Long> before = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long meeting = meeting(previous, i + 1, at(currentStart.minusMonths(30 - 8L * i)), "HELD");
            before.add(meeting);
            for (int m = 0; m < former.size(); m++) {
                attendance(meeting, former.get(m), m == 7 && i == 1 ? Attendance.EXCUSED : Attendance.PRESENT);
            }
        }
        adoptedByCounts(previous, before.get(0), "RESOLUTION", null, "W sprawie regulaminu prac Komitetu", 7, 0, 1,
                8, 1);
        adoptedByCounts(previous, before.get(2), "OPINION", "PROGRAMME",
                "Opinia o projekcie regionalnego programu rozwoju ekonomii społecznej", 6, 1, 0, 8, 2);

        // the current term: four held meetings, a fifth planned; member 12 missed the last three unexcused
        List<Long> held = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long meeting = meeting(current, i + 1, at(currentStart.plusMonths(1 + 2L * i)), "HELD");
            held.add(meeting);
            for (int m = 0; m < members.size(); m++) {
                Attendance attendance = m == 11 && i > 0 ? Attendance.ABSENT
                        : m == 5 && i == 2 ? Attendance.EXCUSED : m % 4 == 1 ? Attendance.REMOTE : Attendance.PRESENT;
                attendance(meeting, members.get(m), attendance);
            }
        }
        meeting(current, 5, at(today.plusDays(12)), "PLANNED");
        for (int i = 0; i < 3; i++) {
            jdbc.sql("""
                    update committee_meeting set minutes_status = 'APPROVED', minutes_text = :text, minutes_approved_at = :at,
                        minutes_approved_on = (select (starts_at at time zone :zone)::date from committee_meeting where id = :at),
                        minutes_count_for = :for, minutes_count_against = :against, minutes_count_abstain = 1
                    where id = :id""").param("text", "Protokół z posiedzenia nr " + (i + 1)
                            + ". Posiedzenie otworzyła Przewodnicząca. Stwierdzono kworum. Przyjęto porządek obrad.")
                    .param("at", held.get(i + 1)).param("zone", platform.timeZone().getId()).param("id", held.get(i))
                    // voted at the next meeting, where 10 or 11 members attend (see the attendance above)
                    .param("for", i == 1 ? 8 : 9).param("against", i == 1 ? 1 : 0)
                    .update();
        }
        jdbc.sql("update committee_meeting set minutes_status = 'DRAFT', minutes_text = :text where id = :id")
                .param("text", "Projekt protokołu z posiedzenia nr 4.").param("id", held.get(3)).update();

        String[][] adopted = {
                {"RESOLUTION", null, "W sprawie wyboru Przewodniczącej i Wiceprzewodniczącego Komitetu"},
                {"OPINION", "ANNUAL_REPORT", "Opinia o sprawozdaniu z realizacji programu za poprzedni rok"},
                {"OPINION", "DRAFT_VOIVODESHIP_RESOLUTION", "Opinia o projekcie uchwały w sprawie programu współpracy z PES"},
                {"POSITION", null, "Stanowisko w sprawie klauzul społecznych w zamówieniach województwa"}};
        long firstResolution = 0;
        for (int i = 0; i < adopted.length; i++) {
            long document = document(current, held.get(i), adopted[i][0], adopted[i][1], adopted[i][2],
                    "MEETING_NAMED", adopted[i][0].equals("RESOLUTION") ? "ABSOLUTE" : "SIMPLE", null);
            int number = 0;
            for (int m = 0; m < members.size(); m++) {
                if (m == 11 && i > 0 || m == 5 && i == 2) {
                    continue;
                }
                vote(document, members.get(m), m == 3 && i == 1 ? "AGAINST" : m == 8 ? "ABSTAIN" : "FOR");
            }
            number = close(document, current, day(held.get(i)), 12);
            if (i == 0) {
                firstResolution = document;
            }
            log.debug("demo committee document {} adopted as {}", document, number);
        }
        // a draft and one vote by circulation still open
        document(current, held.get(3), "LETTER", null, "Projekt pisma do Ministerstwa w sprawie KIS", "MEETING_NAMED",
                "SIMPLE", null);
        long circulation = document(current, null, "OPINION", "PROGRAMME",
                "Opinia o zmianie programu: nowe działania dla PES w powiatach o wysokim bezrobociu", "CIRCULATION",
                "SIMPLE", at(today.plusDays(5)));
        jdbc.sql("update committee_document set status = 'VOTING' where id = :id").param("id", circulation).update();
        for (int m = 0; m < 4; m++) {
            vote(circulation, members.get(m), "FOR");
        }

        positions(today, pes, firstResolution);
    }

    private void positions(LocalDate today, List<OrganisationView> pes, long resolution) {
        Object[][] rows = {
                {"Klauzule społeczne w zamówieniach publicznych", "Ministerstwo Rodziny, Pracy i Polityki Społecznej",
                        "Projekt ustawy o zmianie ustawy Prawo zamówień publicznych", "UD123",
                        today.minusMonths(5), today.minusMonths(5).minusDays(2), "PARTLY", resolution},
                {"Wsparcie KIS w nowej perspektywie", "Urząd Marszałkowski Województwa", "Konsultacje programu regionalnego",
                        "DRR-II.1", today.minusMonths(3), today.minusMonths(3).minusDays(1), "YES", null},
                {"Zasady dotacji na miejsca pracy w PS", "Wojewódzki Urząd Pracy", "Projekt regulaminu konkursu",
                        "WUP/2026/4", today.minusMonths(1), today.minusMonths(1), "NO", null},
                {"Ulgi w podatku od nieruchomości dla PES", "Sejmik Województwa", "Stanowisko w sprawie projektu uchwały",
                        "SW-XV/2026", today.minusDays(20), today.minusDays(21), "NO_ANSWER", null},
                {"Program współpracy z organizacjami pozarządowymi", "Zarząd Województwa",
                        "Konsultacje projektu programu współpracy", "ZW/PW/2027", today.plusDays(9), null, "NO_ANSWER",
                        null}};
        for (int i = 0; i < rows.length; i++) {
            Object[] row = rows[i];
            long id = jdbc.sql("""
                    insert into sector_position (topic, addressee, act_title, act_reference, act_link, deadline,
                        submitted_on, taken_into_account, resolution_id, text, response, responded_on)
                    values (:topic, :addressee, :act, :reference, :link, :deadline, :submitted, :taken, :resolution,
                        :text, :response, :responded) returning id""")
                    .param("topic", row[0]).param("addressee", row[1]).param("act", row[2]).param("reference", row[3])
                    .param("link", "https://example.org/konsultacje/" + (i + 1)).param("deadline", row[4])
                    .param("submitted", row[5]).param("taken", row[6])
                    .param("resolution", row[7] == null || (Long) row[7] == 0 ? null : row[7])
                    .param("text", "Sektor ekonomii społecznej województwa przedstawia stanowisko w sprawie: " + row[0] + ".")
                    .param("response", "YES".equals(row[6]) || "PARTLY".equals(row[6]) || "NO".equals(row[6])
                            ? "Dziękujemy za uwagi; odpowiedź w załączonym piśmie." : null)
                    .param("responded", row[5] == null || "NO_ANSWER".equals(row[6]) ? null : ((LocalDate) row[5]).plusDays(30))
                    .query(Long.class).single();
            for (int p = 0; p < Math.min(2 + i % 2, pes.size()); p++) {
                jdbc.sql("insert into sector_position_cosigner (position_id, organisation_id) values (:p, :o) on conflict do nothing")
                        .param("p", id).param("o", pes.get((i + p) % pes.size()).id()).update();
            }
        }
    }

    private OffsetDateTime at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(platform.timeZone()).toOffsetDateTime();
    }

    private LocalDate day(long meeting) {
        return jdbc.sql("select (starts_at at time zone :zone)::date from committee_meeting where id = :id")
                .param("zone", platform.timeZone().getId()).param("id", meeting).query(LocalDate.class).single();
    }

    private long term(int number, LocalDate starts, LocalDate ends, String resolution) {
        return jdbc.sql("""
                insert into committee_term (number, starts_on, ends_on, appointing_resolution_no, appointing_resolution_date)
                values (:n, :s, :e, :r, :d) returning id""").param("n", number).param("s", starts).param("e", ends)
                .param("r", resolution).param("d", starts.minusDays(14)).query(Long.class).single();
    }

    private long member(long term, String name, int index, SeatCategory seat, LocalDate appointed, Long organisation) {
        String role = index == 0 ? "CHAIR" : index == 1 ? "VICE_CHAIR" : index == 2 ? "SECRETARY" : "MEMBER";
        String email = java.text.Normalizer.normalize(name.toLowerCase().replace(' ', '.').replace("ł", "l"),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "") + ".komitet@example.org";
        return jdbc.sql("""
                insert into committee_member (term_id, full_name, email, phone, organisation_id, category, role, appointed_on)
                values (:t, :n, :e, :p, :o, :c, :r, :a) returning id""").param("t", term).param("n", name)
                .param("e", email).param("p", "+48 58 000 00 " + String.format("%02d", index)).param("o", organisation)
                .param("c", seat.name()).param("r", role).param("a", appointed).query(Long.class).single();
    }

    private long meeting(long term, int number, OffsetDateTime startsAt, String status) {
        long id = jdbc.sql("""
                insert into committee_meeting (term_id, number, starts_at, ends_at, mode, venue, online_link, status)
                values (:t, :n, :s, :e, 'HYBRID', 'Urząd Marszałkowski, ul. Okopowa 21/27, Gdańsk, sala 1',
                    'https://spotkanie.example.org/komitet', :status) returning id""").param("t", term)
                .param("n", number).param("s", startsAt).param("e", startsAt.plusHours(3)).param("status", status)
                .query(Long.class).single();
        String[] agenda = {"Otwarcie posiedzenia i stwierdzenie kworum", "Przyjęcie protokołu z poprzedniego posiedzenia",
                "Opinie i uchwały", "Informacja ROPS o realizacji programu", "Sprawy różne"};
        for (int i = 0; i < agenda.length; i++) {
            jdbc.sql("insert into committee_agenda_item (meeting_id, position, title, presenter) values (:m, :p, :t, :pr)")
                    .param("m", id).param("p", i + 1).param("t", agenda[i]).param("pr", i == 3 ? "ROPS" : null).update();
        }
        return id;
    }

    private void attendance(long meeting, long member, Attendance attendance) {
        jdbc.sql("insert into committee_attendance (meeting_id, member_id, attendance) values (:m, :p, :a)")
                .param("m", meeting).param("p", member).param("a", attendance.name()).update();
    }

    private long document(long term, Long meeting, String type, String opinion, String subject, String mode,
            String rule, OffsetDateTime deadline) {
        return jdbc.sql("""
                insert into committee_document (term_id, type, opinion_subject, subject, text, voting_mode, meeting_id,
                    circulation_deadline, majority_rule, status)
                values (:t, :type, :o, :s, :text, :mode, :m, :d, :r, 'DRAFT') returning id""")
                .param("t", term).param("type", type).param("o", opinion).param("s", subject)
                .param("text", subject + ".\n\nKomitet, działając na podstawie art. 58 ustawy o ekonomii społecznej, "
                        + "postanawia jak w tytule.").param("mode", mode).param("m", meeting).param("d", deadline)
                .param("r", rule).query(Long.class).single();
    }

    private void vote(long document, long member, String choice) {
        jdbc.sql("insert into committee_vote (document_id, member_id, choice) values (:d, :m, :c)")
                .param("d", document).param("m", member).param("c", choice).update();
    }

    /** Closes a named vote the way the service does: counts kept, a number of the term and year. */
    private int close(long document, long term, LocalDate day, int members) {
        int number = jdbc.sql("""
                insert into committee_document_counter (term_id, year, last) values (:t, :y, 1)
                on conflict (term_id, year) do update set last = committee_document_counter.last + 1 returning last""")
                .param("t", term).param("y", day.getYear()).query(Integer.class).single();
        jdbc.sql("""
                update committee_document d set status = 'ADOPTED', adopted = true, members_at_close = :members,
                    count_for = (select count(*) from committee_vote v where v.document_id = d.id and v.choice = 'FOR'),
                    count_against = (select count(*) from committee_vote v where v.document_id = d.id and v.choice = 'AGAINST'),
                    count_abstain = (select count(*) from committee_vote v where v.document_id = d.id and v.choice = 'ABSTAIN'),
                    closed_at = :closed, adopted_on = :day, number_seq = :n, number_year = :y
                where id = :id""").param("members", members).param("closed", at(day).plusHours(2)).param("day", day)
                .param("n", number).param("y", day.getYear()).param("id", document).update();
        return number;
    }

    private void adoptedByCounts(long term, long meeting, String type, String opinion, String subject, int forVotes,
            int against, int abstain, int members, int unused) {
        long document = document(term, meeting, type, opinion, subject, "MEETING_ANONYMOUS_COUNTS", "SIMPLE", null);
        LocalDate day = day(meeting);
        close(document, term, day, members);
        jdbc.sql("update committee_document set count_for = :f, count_against = :a, count_abstain = :b where id = :id")
                .param("f", forVotes).param("a", against).param("b", abstain).param("id", document).update();
    }
}
