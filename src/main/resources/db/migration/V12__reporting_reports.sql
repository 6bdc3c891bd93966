-- OWES periodic reports. A template (code) has versions; a report keeps the version it was
-- created with, so editing a template never changes what an old report asked for.
create table report_template (
    id            bigint generated always as identity primary key,
    code          varchar(40)  not null,
    version       int          not null,
    name          varchar(200) not null,
    period_type   varchar(10)  not null check (period_type in ('QUARTER', 'HALF_YEAR', 'YEAR')),
    deadline_days int          not null check (deadline_days between 0 and 365),
    current       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    constraint report_template_code_version unique (code, version)
);
create unique index report_template_current on report_template (code) where current;

create table report_indicator (
    template_id bigint        not null references report_template (id) on delete cascade,
    position    int           not null,
    code        varchar(40)   not null,
    name        varchar(300)  not null,
    unit        varchar(40)   not null default '',
    value_type  varchar(10)   not null check (value_type in ('INTEGER', 'DECIMAL', 'PERCENT', 'TEXT')),
    aggregation varchar(10)   not null check (aggregation in ('SUM', 'AVERAGE', 'NONE')),
    -- labels of the breakdown cells separated by ';' (e.g. 'K;M'), empty without a breakdown
    breakdown   varchar(300)  not null default '',
    primary key (template_id, code)
);

create table report_rule (
    template_id bigint        not null references report_template (id) on delete cascade,
    position    int           not null,
    expression  varchar(500)  not null,
    message     varchar(500)  not null,
    primary key (template_id, position)
);

create table owes_report (
    id              bigint generated always as identity primary key,
    template_id     bigint       not null references report_template (id),
    template_code   varchar(40)  not null,
    -- an OWES organisation of the registry; no foreign key across the module border
    owes_id         bigint       not null,
    period          varchar(6)   not null,
    period_end      date         not null,
    deadline        date         not null,
    status          varchar(10)  not null default 'DRAFT'
                        check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    return_comment  varchar(2000),
    reopen_reason   varchar(2000),
    submitted_at    timestamptz,
    decided_at      timestamptz,
    decided_by      varchar(100),
    version         bigint       not null default 0,
    created_by      varchar(100) not null,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint owes_report_one_per_period unique (owes_id, template_code, period)
);
create index owes_report_template_period on owes_report (template_code, period, status);
create index owes_report_deadline on owes_report (deadline) where status in ('DRAFT', 'RETURNED');

-- the day a reminder went to an OWES about a period's report, so it gets at most one a day
create table report_reminder (
    owes_id       bigint      not null,
    template_code varchar(40) not null,
    period        varchar(6)  not null,
    sent_on       date        not null,
    primary key (owes_id, template_code, period)
);

-- one value per indicator, and per breakdown cell ('' is the indicator's total)
create table report_value (
    report_id   bigint        not null references owes_report (id) on delete cascade,
    code        varchar(40)   not null,
    cell        varchar(40)   not null default '',
    number      numeric(18, 4),
    text        varchar(4000),
    -- why the OWES entered a value other than the one another module knows
    comment     varchar(1000),
    primary key (report_id, code, cell)
);

-- ROPS's comments per indicator when returning a report
create table report_review_comment (
    report_id   bigint        not null references owes_report (id) on delete cascade,
    code        varchar(40)   not null,
    comment     varchar(2000) not null,
    primary key (report_id, code)
);

create table report_attachment (
    id           bigint generated always as identity primary key,
    report_id    bigint       not null references owes_report (id) on delete cascade,
    filename     varchar(255) not null,
    size         int          not null,
    content      bytea        not null,
    uploaded_by  varchar(100) not null,
    uploaded_at  timestamptz  not null default now()
);
create index report_attachment_report on report_attachment (report_id);

-- Approved values per OWES, template and period (quarters, or the template's own periods),
-- written when a report is approved and removed when it is reopened: the regional view sums
-- these rows and never reads the reports.
create table report_aggregate (
    template_code varchar(40)    not null,
    period        varchar(6)     not null,
    period_start  date           not null,
    period_end    date           not null,
    owes_id       bigint         not null,
    code          varchar(40)    not null,
    value         numeric(18, 4) not null,
    count         int            not null default 1,
    primary key (template_code, period, owes_id, code)
);
create index report_aggregate_range on report_aggregate (template_code, period_start, period_end);

insert into report_template (code, version, name, period_type, deadline_days)
values ('OWES_QUARTERLY', 1, 'Sprawozdanie kwartalne OWES', 'QUARTER', 20);

insert into report_indicator (template_id, position, code, name, unit, value_type, aggregation, breakdown)
select t.id, i.position, i.code, i.name, i.unit, i.value_type, 'SUM', i.breakdown
from report_template t,
     (values (1, 'PES_SUPPORTED', 'Liczba PES objętych wsparciem', 'szt.', 'INTEGER', ''),
             (2, 'PES_NEW', 'Liczba nowych PES objętych wsparciem', 'szt.', 'INTEGER', ''),
             (3, 'SE_NEW', 'Liczba nowo utworzonych przedsiębiorstw społecznych', 'szt.', 'INTEGER', ''),
             (4, 'JOBS_CREATED', 'Liczba utworzonych miejsc pracy', 'etaty', 'INTEGER', 'K;M'),
             (5, 'JOBS_AT_RISK', 'W tym dla osób zagrożonych wykluczeniem społecznym', 'etaty', 'INTEGER', 'K;M'),
             (6, 'CONSULTING_HOURS', 'Liczba godzin doradztwa', 'godz.', 'DECIMAL', ''),
             (7, 'TRAININGS', 'Liczba szkoleń', 'szt.', 'INTEGER', ''),
             (8, 'TRAINING_PARTICIPANTS', 'Liczba uczestników szkoleń', 'os.', 'INTEGER', 'K;M'),
             (9, 'JST_COOPERATING', 'Liczba JST współpracujących z OWES', 'szt.', 'INTEGER', ''),
             (10, 'PARTNERSHIPS', 'Liczba zawartych partnerstw', 'szt.', 'INTEGER', ''))
         as i (position, code, name, unit, value_type, breakdown)
where t.code = 'OWES_QUARTERLY';

insert into report_rule (template_id, position, expression, message)
select t.id, r.position, r.expression, r.message
from report_template t,
     (values (1, 'JOBS_AT_RISK <= JOBS_CREATED',
                 'Liczba miejsc pracy dla osób zagrożonych wykluczeniem nie może przekraczać liczby utworzonych miejsc pracy.'),
             (2, 'PES_NEW <= PES_SUPPORTED',
                 'Liczba nowych PES nie może przekraczać liczby wszystkich PES objętych wsparciem.'),
             (3, 'TRAINING_PARTICIPANTS >= TRAININGS or TRAININGS == 0',
                 'Każde szkolenie musi mieć co najmniej jednego uczestnika.'))
         as r (position, expression, message)
where t.code = 'OWES_QUARTERLY';
