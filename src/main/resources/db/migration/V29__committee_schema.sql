-- The regional committee for the development of the social economy (art. 55-58 of the Act of 5
-- August 2022): terms, members, meetings with agenda, attendance and minutes, documents with
-- their votes, and the register of positions the sector submitted.
create table committee_term (
    id                          bigint generated always as identity primary key,
    number                      integer      not null unique check (number > 0),
    starts_on                   date         not null,
    ends_on                     date         not null,
    appointing_resolution_no    varchar(100),
    appointing_resolution_date  date,
    version                     integer      not null default 0,
    check (ends_on >= starts_on)
);

create table committee_member (
    id                  bigint generated always as identity primary key,
    term_id             bigint        not null references committee_term,
    full_name           varchar(200)  not null,
    email               varchar(254),
    phone               varchar(40),
    user_id             bigint,
    organisation_id     bigint,
    category            varchar(40)   not null,
    role                varchar(20)   not null,
    appointed_on        date          not null,
    ended_on            date,
    end_reason          varchar(40),
    substitute_for      bigint references committee_member,
    -- ROPS is told once that the member missed three consecutive meetings unexcused
    absences_reported   boolean       not null default false,
    version             integer       not null default 0,
    check ((ended_on is null) = (end_reason is null))
);
create index committee_member_term on committee_member (term_id);
create index committee_member_user on committee_member (user_id) where user_id is not null;

create table committee_meeting (
    id                     bigint generated always as identity primary key,
    term_id                bigint        not null references committee_term,
    number                 integer       not null,
    starts_at              timestamptz   not null,
    ends_at                timestamptz   not null,
    mode                   varchar(20)   not null,
    venue                  varchar(300),
    online_link            varchar(500),
    status                 varchar(20)   not null default 'PLANNED',
    -- raised with every change members were told about, the SEQUENCE of the invitation's .ics
    invitation_sequence    integer       not null default 0,
    invitations_sent_at    timestamptz,
    invitations_changed    boolean       not null default false,
    minutes_status         varchar(20)   not null default 'NONE',
    minutes_text           text,
    minutes_approved_at    bigint references committee_meeting,
    minutes_approved_on    date,
    version                integer       not null default 0,
    unique (term_id, number),
    check (ends_at > starts_at)
);
create index committee_meeting_starts on committee_meeting (starts_at);

create table committee_agenda_item (
    id          bigint generated always as identity primary key,
    meeting_id  bigint        not null references committee_meeting on delete cascade,
    position    integer       not null,
    title       varchar(300)  not null,
    presenter   varchar(200)
);
create index committee_agenda_item_meeting on committee_agenda_item (meeting_id, position);

create table committee_attendance (
    meeting_id  bigint       not null references committee_meeting on delete cascade,
    member_id   bigint       not null references committee_member,
    attendance  varchar(20)  not null,
    primary key (meeting_id, member_id)
);
create index committee_attendance_member on committee_attendance (member_id);

create table committee_document (
    id                    bigint generated always as identity primary key,
    term_id               bigint        not null references committee_term,
    type                  varchar(20)   not null,
    opinion_subject       varchar(40),
    status                varchar(20)   not null default 'DRAFT',
    number_seq            integer,
    number_year           integer,
    subject               varchar(500)  not null,
    text                  text,
    voting_mode           varchar(30)   not null,
    meeting_id            bigint references committee_meeting,
    circulation_deadline  timestamptz,
    majority_rule         varchar(20)   not null,
    -- the counts of an anonymous vote as announced; named votes are counted from committee_vote
    count_for             integer,
    count_against         integer,
    count_abstain         integer,
    -- fixed on closing: the members current then, so a later change of the composition keeps the result
    members_at_close      integer,
    adopted               boolean,
    adopted_on            date,
    closed_at             timestamptz,
    created_at            timestamptz   not null default now(),
    version               integer       not null default 0,
    unique (term_id, number_year, number_seq)
);
create index committee_document_status on committee_document (status, adopted_on);
create index committee_document_meeting on committee_document (meeting_id);

-- The numbers n/YYYY within a term and year, taken under the row's lock so two adoptions never share one.
create table committee_document_counter (
    term_id  bigint   not null references committee_term,
    year     integer  not null,
    last     integer  not null,
    primary key (term_id, year)
);

create table committee_vote (
    id           bigint generated always as identity primary key,
    document_id  bigint       not null references committee_document on delete cascade,
    member_id    bigint       not null references committee_member,
    choice       varchar(10)  not null,
    cast_at      timestamptz  not null default now(),
    -- a member votes once, even when two requests race
    unique (document_id, member_id)
);
create index committee_vote_member on committee_vote (member_id);

create table sector_position (
    id                  bigint generated always as identity primary key,
    topic               varchar(300)  not null,
    addressee           varchar(300)  not null,
    act_title           varchar(500),
    act_reference       varchar(200),
    act_link            varchar(500),
    deadline            date,
    resolution_id       bigint references committee_document,
    text                text,
    submitted_on        date,
    response            text,
    responded_on        date,
    taken_into_account  varchar(20)   not null default 'NO_ANSWER',
    created_at          timestamptz   not null default now(),
    version             integer       not null default 0
);
create index sector_position_deadline on sector_position (deadline);

create table sector_position_cosigner (
    position_id      bigint  not null references sector_position on delete cascade,
    organisation_id  bigint  not null,
    primary key (position_id, organisation_id)
);

-- PDF files of agenda items, documents and positions; exactly one owner each.
create table committee_attachment (
    id              bigint generated always as identity primary key,
    agenda_item_id  bigint references committee_agenda_item on delete cascade,
    document_id     bigint references committee_document on delete cascade,
    position_id     bigint references sector_position on delete cascade,
    filename        varchar(255)  not null,
    content         bytea         not null,
    size_bytes      integer       not null,
    uploaded_by     varchar(100)  not null,
    uploaded_at     timestamptz   not null default now(),
    check (num_nonnulls(agenda_item_id, document_id, position_id) = 1)
);
create index committee_attachment_agenda on committee_attachment (agenda_item_id);
create index committee_attachment_document on committee_attachment (document_id);
create index committee_attachment_position on committee_attachment (position_id);

create table committee_settings (
    id                     integer  primary key check (id = 1),
    invitation_days_ahead  integer  not null default 7 check (invitation_days_ahead between 1 and 60),
    version                integer  not null default 0
);
insert into committee_settings (id) values (1);

-- An e-mail may carry one file (a meeting invitation's .ics); the existing e-mails have none.
alter table notification add column attachment_name varchar(255);
alter table notification add column attachment_type varchar(100);
alter table notification add column attachment bytea;
