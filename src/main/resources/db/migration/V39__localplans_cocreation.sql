-- Co-creation of a local plan: each text section (its current text and every saved version), and
-- comments on a section by ROPS, the OWES or, in consultation, PES of the area, optionally with a
-- suggested wording that the authors accept (a new version) or reject with a reason. Authors are
-- kept as user ids with their organisation; names are read from the accounts when shown, so an
-- erased account leaves no name behind here.
create table localplans_section (
    plan_id      bigint        not null references localplans_plan on delete cascade,
    section_key  varchar(30)   not null,
    text         text          not null default '',
    version_no   int           not null default 0,
    updated_at   timestamptz   not null default now(),
    updated_by   bigint,
    primary key (plan_id, section_key)
);

create table localplans_section_version (
    id           bigint generated always as identity primary key,
    plan_id      bigint        not null references localplans_plan on delete cascade,
    section_key  varchar(30)   not null,
    version_no   int           not null check (version_no >= 1),
    text         text          not null,
    saved_at     timestamptz   not null default now(),
    saved_by     bigint,
    saved_by_organisation_id bigint,
    -- the accepted comment whose suggestion this version is, null for an edit by an author
    from_comment_id bigint,
    unique (plan_id, section_key, version_no)
);

create table localplans_comment (
    id                  bigint generated always as identity primary key,
    plan_id             bigint        not null references localplans_plan on delete cascade,
    section_key         varchar(30)   not null,
    -- the section version the comment was written on
    section_version_no  int           not null,
    author_id           bigint,
    author_role         varchar(20)   not null,
    author_organisation_id   bigint,
    author_organisation_name varchar(500),
    text                varchar(4000) not null,
    suggested_text      text,
    status              varchar(20)   not null check (status in ('OPEN', 'ACCEPTED', 'REJECTED')),
    decision_reason     varchar(2000),
    decided_by          bigint,
    decided_at          timestamptz,
    created_at          timestamptz   not null default now(),
    version             bigint        not null default 0,
    check (status <> 'REJECTED' or decision_reason is not null)
);
create index localplans_comment_plan on localplans_comment (plan_id, section_key, created_at);
create index localplans_comment_open on localplans_comment (plan_id) where status = 'OPEN';
create index localplans_comment_author on localplans_comment (author_id);
