-- The regional programme (WPRES) and projects with their result indicators (IATI-like: result →
-- indicator → baseline, targets, actuals per period). A programme is kept in versions: every
-- version is a row of its own with a copy of the tree; `series` (the id of the first version)
-- ties the versions together, and `lineage` keys keep a node or an indicator recognisable from
-- one version to the next, so manual values (kept per indicator lineage) and the change list follow.
create table programme (
    id                bigint generated always as identity primary key,
    series            bigint,
    version_number    integer       not null default 1 check (version_number >= 1),
    name              varchar(300)  not null,
    project           boolean       not null default false,
    -- a project's funding reference ("RPO WP 2014–2020, działanie 06.03"); null for a programme
    reference         varchar(300),
    start_year        integer       not null check (start_year between 2000 and 2100),
    end_year          integer       not null check (end_year between 2000 and 2100),
    resolution_number varchar(100),
    resolution_date   date,
    status            varchar(10)   not null default 'DRAFT' check (status in ('DRAFT', 'IN_FORCE', 'REPLACED')),
    demo              boolean       not null default false,
    change_summary    varchar(4000),
    created_by        varchar(100)  not null,
    version           bigint        not null default 0,
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now(),
    check (end_year >= start_year),
    unique (series, version_number)
);

create index programme_series on programme (series, version_number);

-- Priorities → specific objectives → actions, and a project's PROJECT node(s).
create table programme_node (
    id             bigint generated always as identity primary key,
    programme_id   bigint         not null references programme (id) on delete cascade,
    parent_id      bigint         references programme_node (id) on delete cascade,
    lineage        uuid           not null,
    level          varchar(10)    not null check (level in ('PRIORITY', 'OBJECTIVE', 'ACTION', 'PROJECT')),
    code           varchar(30)    not null,
    name           varchar(500)   not null,
    position       integer        not null default 0,
    weight         numeric(10, 4) not null default 1 check (weight >= 0),
    comment        varchar(4000),
    budget_planned numeric(16, 2) check (budget_planned >= 0),
    budget_spent   numeric(16, 2) check (budget_spent >= 0),
    action_status  varchar(10)    check (action_status in ('PLANNED', 'ONGOING', 'DONE', 'ABANDONED')),
    unique (programme_id, lineage)
);

create index programme_node_programme on programme_node (programme_id, parent_id, position);

-- Responsible and partner organisations of an action: ids of the register (no foreign key across
-- the module border; names are read through registry.Organisations).
create table programme_node_organisation (
    node_id         bigint      not null references programme_node (id) on delete cascade,
    organisation_id bigint      not null,
    role            varchar(12) not null check (role in ('RESPONSIBLE', 'PARTNER')),
    position        integer     not null default 0,
    primary key (node_id, role, organisation_id)
);

-- The programme actions a project implements, by the action's lineage so that the link survives
-- new versions of the programme.
create table programme_project_action (
    node_id        bigint not null references programme_node (id) on delete cascade,
    action_lineage uuid   not null,
    primary key (node_id, action_lineage)
);

create index programme_project_action_action on programme_project_action (action_lineage);

create table programme_indicator (
    id              bigint generated always as identity primary key,
    programme_id    bigint         not null references programme (id) on delete cascade,
    node_id         bigint         not null references programme_node (id) on delete cascade,
    lineage         uuid           not null,
    code            varchar(30)    not null,
    name            varchar(500)   not null,
    unit            varchar(60)    not null,
    direction       varchar(20)    not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    aggregation     varchar(10)    not null check (aggregation in ('SUM', 'END_VALUE', 'AVERAGE')),
    weight          numeric(10, 4) not null default 1 check (weight >= 0),
    baseline_value  numeric(18, 4),
    baseline_year   integer,
    kpres_reference varchar(300),
    public          boolean        not null default false,
    source          varchar(10)    not null check (source in ('COMPUTED', 'MANUAL')),
    measure         varchar(100),
    -- the first year counted by the measure after a switch from manual values; earlier years keep
    -- their approved manual values
    computed_since  integer,
    comment         varchar(4000),
    position        integer        not null default 0,
    version         bigint         not null default 0,
    unique (programme_id, code),
    unique (programme_id, lineage),
    check ((source = 'COMPUTED') = (measure is not null))
);

create index programme_indicator_node on programme_indicator (node_id, position);
create index programme_indicator_lineage on programme_indicator (lineage);

-- Targets per year (quarter 0) or per quarter (1–4).
create table programme_target (
    indicator_id bigint         not null references programme_indicator (id) on delete cascade,
    year         integer        not null,
    quarter      integer        not null default 0 check (quarter between 0 and 4),
    value        numeric(18, 4) not null,
    primary key (indicator_id, year, quarter)
);

-- Values entered by hand with evidence, per indicator lineage (so every version of the programme
-- reads them), for a year (quarter 0) or a quarter; only APPROVED ones count.
create table programme_value (
    id                bigint generated always as identity primary key,
    indicator_lineage uuid           not null,
    year              integer        not null,
    quarter           integer        not null default 0 check (quarter between 0 and 4),
    value             numeric(18, 4) not null,
    evidence          varchar(1000)  not null,
    comment           varchar(4000),
    state             varchar(10)    not null default 'PENDING' check (state in ('PENDING', 'APPROVED', 'REJECTED')),
    entered_by        bigint,
    entered_by_name   varchar(100)   not null,
    entered_at        timestamptz    not null default now(),
    decided_by        varchar(100),
    decided_at        timestamptz,
    rejection_reason  varchar(2000),
    version           bigint         not null default 0
);

create index programme_value_indicator on programme_value (indicator_lineage, year, quarter, state);
create index programme_value_pending on programme_value (state, entered_at) where state = 'PENDING';

-- The thresholds of the traffic lights, one row, set by ROPS.
create table programme_settings (
    id                 integer       primary key default 1 check (id = 1),
    on_track_percent   numeric(5, 2) not null default 90 check (on_track_percent > 0 and on_track_percent <= 100),
    at_risk_percent    numeric(5, 2) not null default 70 check (at_risk_percent > 0 and at_risk_percent <= 100),
    version            bigint        not null default 0,
    updated_at         timestamptz   not null default now(),
    check (at_risk_percent <= on_track_percent)
);

insert into programme_settings (id) values (1);
