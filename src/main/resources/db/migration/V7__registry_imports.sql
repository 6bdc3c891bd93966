-- Import jobs of the registry: the uploaded file, its progress and its report, in the database
-- so that any instance behind the load balancer can answer "how far is it?".
create table organisation_import (
    id           bigint generated always as identity primary key,
    -- the importer's username, as the audit trail names actors; no foreign key to another module
    created_by   varchar(100) not null,
    file_name    varchar(255) not null,
    file_content bytea        not null,
    dry_run      boolean      not null,
    mode         varchar(10)  not null check (mode in ('ALL', 'VALID')),
    status       varchar(10)  not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    rows_total   integer,
    rows_done    integer      not null default 0,
    -- OrganisationImportReport with message keys, so it reads in the language of whoever opens it
    report       jsonb,
    -- a problem with the whole file (message key), when status is FAILED
    failure      varchar(200),
    created_at   timestamptz  not null default now(),
    started_at   timestamptz,
    finished_at  timestamptz
);
create index organisation_import_created_by on organisation_import (created_by, created_at desc);
