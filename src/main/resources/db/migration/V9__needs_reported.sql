-- Needs reported by local governments, OWES and PES for a gmina. ADMIN publishes them on the map
-- or rejects them with a reason; the submitter's side may edit or withdraw them until then.
create table reported_need (
    id                bigint generated always as identity primary key,
    category          varchar(30)   not null check (category in ('EMPLOYMENT', 'SOCIAL_SERVICES', 'REINTEGRATION',
                          'HOUSING', 'CARE', 'EDUCATION', 'INFRASTRUCTURE', 'OTHER')),
    -- a 7-digit TERYT code of the territory module; no foreign key across the module border,
    -- the service checks it against the current gminas of the region
    gmina_teryt       varchar(7)    not null,
    title             varchar(150)  not null,
    description       varchar(4000) not null,
    status            varchar(20)   not null default 'SUBMITTED'
                          check (status in ('SUBMITTED', 'PUBLISHED', 'REJECTED')),
    -- the reporting organisation of the registry (no foreign key across the module border) and
    -- its name as it was when the need was submitted, so the public list needs no registry lookup
    organisation_id   bigint,
    organisation_name varchar(300),
    submitted_by      varchar(100)  not null,
    submitted_at      timestamptz   not null default now(),
    decided_by        varchar(100),
    decided_at        timestamptz,
    rejection_reason  varchar(1000),
    version           bigint        not null default 0,
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now(),
    constraint reported_need_rejection_has_reason check (status <> 'REJECTED' or rejection_reason is not null),
    constraint reported_need_decision_is_dated check (status = 'SUBMITTED' or decided_at is not null)
);

-- the map's counts per gmina and the gmina page's list read published needs by gmina
create index reported_need_status_gmina on reported_need (status, gmina_teryt, decided_at desc);
-- the list pages: newest first, and a submitter's organisation's own needs
create index reported_need_submitted on reported_need (submitted_at desc, id desc);
create index reported_need_organisation on reported_need (organisation_id, submitted_at desc);
create index reported_need_submitter on reported_need (lower(submitted_by));
