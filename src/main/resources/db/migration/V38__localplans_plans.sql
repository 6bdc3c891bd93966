-- Local social economy development plans (lokalne plany rozwoju ES) of the gminas and powiats of
-- the region: the plan with its status, adopting resolution and period, the JST's responsible unit
-- and the supporting OWES (organisation ids of the register, their names copied for the lists),
-- its PDF documents, and its structure: goals, actions and indicators with yearly values, and the
-- JST's yearly monitoring notes.
create table localplans_plan (
    id                     bigint generated always as identity primary key,
    -- the unit the plan is for: a gmina (7 digits) or a powiat (4 digits) of the region
    unit_teryt             varchar(7)    not null,
    unit_level             varchar(10)   not null check (unit_level in ('GMINA', 'POWIAT')),
    unit_name              varchar(200)  not null,
    powiat_teryt           varchar(4)    not null,
    title                  varchar(500)  not null,
    status                 varchar(20)   not null check (status in
                               ('IN_PREPARATION', 'IN_CONSULTATION', 'ADOPTED', 'EXPIRED', 'REPLACED')),
    period_start           date,
    period_end             date,
    resolution_number      varchar(100),
    resolution_date        date,
    resolution_url         varchar(1000),
    -- the municipal (or powiat) strategy for solving social problems the plan is tied to
    strategy_title         varchar(500),
    strategy_url           varchar(1000),
    -- the JST itself as an organisation of the register: its PARTNER users write the sections
    jst_id                 bigint,
    jst_name               varchar(500),
    -- the JST's unit responsible for the plan (e.g. the OPS / PCPR), an organisation of the register
    responsible_unit_id    bigint,
    responsible_unit_name  varchar(500),
    owes_id                bigint,
    owes_name              varchar(500),
    -- the end of the consultation phase in which PES of the area may comment too
    consultation_deadline  date,
    -- the plan that replaced this one
    replaced_by_id         bigint references localplans_plan,
    demo                   boolean       not null default false,
    created_at             timestamptz   not null default now(),
    updated_at             timestamptz   not null default now(),
    version                bigint        not null default 0,
    check (period_end is null or period_start is null or period_end >= period_start),
    check (status <> 'ADOPTED' or (resolution_number is not null and period_start is not null and period_end is not null))
);
-- one active plan (in preparation, in consultation or adopted) per JST; the service answers 409 first
create unique index localplans_plan_one_active on localplans_plan (unit_teryt)
    where status in ('IN_PREPARATION', 'IN_CONSULTATION', 'ADOPTED');
create index localplans_plan_powiat on localplans_plan (powiat_teryt, status);
create index localplans_plan_owes on localplans_plan (owes_id);
create index localplans_plan_jst on localplans_plan (jst_id);
create index localplans_plan_responsible on localplans_plan (responsible_unit_id);

-- A PDF of the plan (the adopted text, the resolution, annexes).
create table localplans_document (
    id           bigint generated always as identity primary key,
    plan_id      bigint        not null references localplans_plan on delete cascade,
    file_name    varchar(255)  not null,
    title        varchar(300)  not null,
    size_bytes   int           not null,
    content      bytea         not null,
    uploaded_at  timestamptz   not null default now(),
    uploaded_by  varchar(100)  not null
);
create index localplans_document_plan on localplans_document (plan_id);

-- The plan's goals (cele), numbered within the plan.
create table localplans_goal (
    id           bigint generated always as identity primary key,
    plan_id      bigint        not null references localplans_plan on delete cascade,
    number       int           not null check (number >= 1),
    title        varchar(500)  not null,
    description  varchar(4000),
    unique (plan_id, number)
);

-- An action (działanie) serving a goal: who does it, with whom, when, for how much, and the action
-- of the regional programme (WPRES) it serves (a node id of the programme tree, its label copied).
create table localplans_action (
    id                     bigint generated always as identity primary key,
    plan_id                bigint         not null references localplans_plan on delete cascade,
    goal_id                bigint         references localplans_goal on delete set null,
    number                 int            not null check (number >= 1),
    title                  varchar(500)   not null,
    description            varchar(4000),
    responsible_ids        bigint[]       not null default '{}',
    partner_ids            bigint[]       not null default '{}',
    start_date             date,
    end_date               date,
    budget                 numeric(16, 2) check (budget >= 0),
    funding_source         varchar(300),
    programme_action_id    bigint,
    programme_action_label varchar(500),
    check (end_date is null or start_date is null or end_date >= start_date),
    unique (plan_id, number)
);

-- An indicator of the plan: entered values, or computed from a source of the platform (a map
-- indicator for the plan's gmina or powiat, or a programme measure split by powiat).
create table localplans_indicator (
    id            bigint generated always as identity primary key,
    plan_id       bigint         not null references localplans_plan on delete cascade,
    goal_id       bigint         references localplans_goal on delete set null,
    number        int            not null check (number >= 1),
    name          varchar(500)   not null,
    unit          varchar(60)    not null,
    direction     varchar(20)    not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    baseline      numeric(16, 4),
    baseline_year int,
    target        numeric(16, 4) not null,
    target_year   int            not null,
    source        varchar(20)    not null check (source in ('ENTERED', 'MAP', 'MEASURE')),
    source_code   varchar(120),
    check ((source = 'ENTERED') = (source_code is null)),
    check (baseline_year is null or baseline_year <= target_year),
    unique (plan_id, number)
);

-- An entered yearly value of an indicator (ENTERED indicators only).
create table localplans_indicator_value (
    indicator_id  bigint         not null references localplans_indicator on delete cascade,
    year          int            not null,
    value         numeric(16, 4) not null,
    entered_at    timestamptz    not null default now(),
    entered_by    varchar(100)   not null,
    primary key (indicator_id, year)
);

-- The JST's yearly monitoring note on an adopted plan.
create table localplans_yearly_note (
    plan_id     bigint        not null references localplans_plan on delete cascade,
    year        int           not null,
    text        varchar(8000) not null,
    written_at  timestamptz   not null default now(),
    written_by  varchar(100)  not null,
    version     bigint        not null default 0,
    primary key (plan_id, year)
);
