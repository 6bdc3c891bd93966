-- Matching PES to open procurements and public tasks: what a PES declares it can deliver beyond its
-- catalogue offers, who asked for a daily digest of new matches, and the matches found so far with
-- whether the PES bid. Organisation and user ids point into other modules and carry no foreign key.

-- The capacity a PES declares: catalogue categories (top or sub) and CPV divisions (2 digits) it can
-- deliver, where (the scope of catalogue.AreaScope with its gminas or powiats) and the largest
-- contract value it can take (null: no limit declared).
create table publicservices_capacity (
    organisation_id  bigint         primary key,
    categories       varchar(40)[]  not null default '{}',
    cpv_divisions    varchar(2)[]   not null default '{}',
    area_scope       varchar(20)    not null default 'GMINAS',
    area_teryts      varchar(7)[]   not null default '{}',
    max_value        numeric(16, 2) check (max_value >= 0),
    note             varchar(1000),
    updated_by       bigint,
    updated_at       timestamptz    not null default now(),
    version          bigint         not null default 0
);

-- A PES or OWES that opted in to the daily digest of new matches; last_digest_on is claimed with one
-- conditional update, so that an organisation gets at most one digest a day however many instances run.
create table publicservices_digest_subscription (
    organisation_id  bigint       primary key,
    opted_in         boolean      not null default true,
    changed_by       bigint,
    changed_at       timestamptz  not null default now(),
    last_digest_on   date
);

-- A PES found matching an opportunity: a procurement or a public task's open call. Reasons are codes
-- with their arguments ("CPV_GROUP:855"); notified_at is the PES's digest, owes_notified_at the digest
-- of the OWES serving it; bid null while unknown.
create table publicservices_match (
    id                bigint generated always as identity primary key,
    procurement_id    bigint       references publicservices_procurement on delete cascade,
    public_task_id    bigint       references publicservices_public_task on delete cascade,
    organisation_id   bigint       not null,
    organisation_name varchar(500) not null,
    score             int          not null,
    reasons           varchar(120)[] not null default '{}',
    first_seen_at     timestamptz  not null default now(),
    notified_at       timestamptz,
    owes_notified_at  timestamptz,
    bid               boolean,
    bid_recorded_by   bigint,
    bid_recorded_at   timestamptz,
    check (num_nonnulls(procurement_id, public_task_id) = 1)
);
create unique index publicservices_match_procurement on publicservices_match (procurement_id, organisation_id)
    where procurement_id is not null;
create unique index publicservices_match_task on publicservices_match (public_task_id, organisation_id)
    where public_task_id is not null;
create index publicservices_match_organisation on publicservices_match (organisation_id);
