-- Support given by an OWES to a PES (consulting, mentoring, training, study visits). Both are
-- organisations of the registry (no foreign keys across the module border); their names and the
-- PES's gmina are kept as they were when the record was saved, so lists and coverage counts need
-- no registry lookup and a PES that moves later does not move its past support.
create table support_record (
    id                bigint generated always as identity primary key,
    organisation_id   bigint        not null,
    organisation_name varchar(300)  not null,
    owes_id           bigint        not null,
    owes_name         varchar(300)  not null,
    -- a 7-digit TERYT code of the territory module; null when the PES had no address
    gmina_teryt       varchar(7),
    adviser           varchar(200)  not null,
    support_date      date          not null,
    hours             numeric(4, 2) not null check (hours > 0 and hours <= 24),
    form              varchar(20)   not null check (form in ('CONSULTING', 'MENTORING', 'TRAINING', 'STUDY_VISIT')),
    topic             varchar(30)   not null check (topic in ('LEGAL', 'ACCOUNTING', 'MARKETING', 'BUSINESS_PLAN',
                          'REINTEGRATION', 'PUBLIC_PROCUREMENT', 'OTHER')),
    notes             varchar(4000),
    created_by        varchar(100)  not null,
    version           bigint        not null default 0,
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now()
);

create index support_record_date on support_record (support_date, id);
create index support_record_organisation on support_record (organisation_id, support_date);
create index support_record_owes on support_record (owes_id, support_date);
create index support_record_gmina on support_record (gmina_teryt, support_date);
