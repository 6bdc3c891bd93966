-- The "Zakup Prospołeczny" mark: applications per offer with the criteria (checked from the
-- register at submission or declared with evidence), two recommendations, the board (Kapituła)
-- and its votes, and the decision. Granted licences live in catalogue_mark_licence (V31).
create table catalogue_mark_application (
    id                     bigint generated always as identity primary key,
    offer_id               bigint        not null references catalogue_offer on delete cascade,
    organisation_id        bigint        not null,
    kind                   varchar(10)   not null check (kind in ('NEW', 'RENEWAL')),
    previous_licence_id    bigint        references catalogue_mark_licence,
    status                 varchar(10)   not null
        check (status in ('DRAFT', 'SUBMITTED', 'GRANTED', 'REFUSED', 'WITHDRAWN')),
    social_aims            text          not null,
    social_aims_evidence   text,
    evidence_filename      varchar(255),
    evidence_content       bytea,
    own_revenue            numeric(14, 2) not null,
    total_revenue          numeric(14, 2) not null,
    revenue_year           integer       not null,
    revenue_evidence       text          not null,
    -- the register's answer at submission, kept as it was then
    pes_kind               varchar(40),
    legal_form_met         boolean       not null,
    activity_since         date,
    activity_basis         varchar(30)   not null,
    activity_met           boolean       not null,
    activity_evidence      text,
    submitted_at           timestamptz,
    submitted_by           varchar(100),
    decided_on             date,
    decision_reason        text,
    decided_by             varchar(100),
    votes_for              integer,
    votes_against          integer,
    votes_abstain          integer,
    licence_id             bigint        references catalogue_mark_licence,
    created_by             varchar(100)  not null,
    created_at             timestamptz   not null default now(),
    version                integer       not null default 0
);
-- one open application per offer, even under a race
create unique index catalogue_mark_application_open on catalogue_mark_application (offer_id)
    where status in ('DRAFT', 'SUBMITTED');
create index catalogue_mark_application_status on catalogue_mark_application (status, submitted_at);
create index catalogue_mark_application_organisation on catalogue_mark_application (organisation_id);

create table catalogue_mark_recommendation (
    id                bigint generated always as identity primary key,
    application_id    bigint        not null references catalogue_mark_application on delete cascade,
    position          smallint      not null check (position in (1, 2)),
    recommender_name  varchar(200)  not null,
    recommender_email varchar(254),
    organisation      varchar(300)  not null,
    text              text          not null,
    unique (application_id, position)
);
create index catalogue_mark_recommendation_email on catalogue_mark_recommendation (lower(recommender_email));

-- members of the board besides ROPS administrators, who belong to it by their role
create table catalogue_mark_board_member (
    id        bigint generated always as identity primary key,
    user_id   bigint        not null unique,
    added_by  varchar(100)  not null,
    added_at  timestamptz   not null default now()
);

create table catalogue_mark_vote (
    id             bigint generated always as identity primary key,
    application_id bigint        not null references catalogue_mark_application on delete cascade,
    user_id        bigint        not null,
    username       varchar(100)  not null,
    choice         varchar(10)   not null check (choice in ('FOR', 'AGAINST', 'ABSTAIN')),
    comment        text,
    cast_at        timestamptz   not null default now(),
    unique (application_id, user_id)
);

-- licence numbers ZP/<year>/<nnn>, counted per year with one atomic upsert
create table catalogue_mark_licence_counter (
    year        integer primary key,
    last_number integer not null
);
