-- Events of the programme and the registrations of their participants. The organiser is an
-- organisation of the registry (no foreign key across the module border); null means ROPS.
create table event (
    id                     bigint generated always as identity primary key,
    type                   varchar(20)   not null check (type in ('MEETING', 'WORKSHOP', 'TRAINING', 'SEMINAR',
                               'CONFERENCE', 'CAMPAIGN', 'STUDY_VISIT', 'NETWORK_MEETING')),
    title                  varchar(200)  not null,
    description            varchar(8000),
    organiser_id           bigint,
    -- the organiser's name when the event was saved, so the calendar needs no registry lookup
    organiser_name         varchar(300)  not null,
    starts_at              timestamptz   not null,
    ends_at                timestamptz   not null,
    -- a 7-digit TERYT code of the territory module; null for an event held only online
    gmina_teryt            varchar(7),
    venue                  varchar(300),
    online_url             varchar(500),
    -- null: no limit on the number of participants
    capacity               integer       check (capacity is null or capacity > 0),
    registration_opens_at  timestamptz,
    registration_closes_at timestamptz,
    audience               varchar(500),
    topics                 varchar(30)[] not null default '{}',
    status                 varchar(20)   not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'CANCELLED')),
    public_event           boolean       not null default true,
    -- reach of a social campaign
    people_reached         integer       check (people_reached is null or people_reached >= 0),
    materials_distributed  integer       check (materials_distributed is null or materials_distributed >= 0),
    created_by             varchar(100)  not null,
    version                bigint        not null default 0,
    created_at             timestamptz   not null default now(),
    updated_at             timestamptz   not null default now(),
    constraint event_ends_after_start check (ends_at >= starts_at),
    constraint event_has_place check (gmina_teryt is not null or online_url is not null)
);

create index event_starts on event (starts_at, id);
create index event_organiser on event (organiser_id, starts_at);
create index event_gmina on event (gmina_teryt, starts_at);

create table event_registration (
    id                  bigint generated always as identity primary key,
    event_id            bigint        not null references event on delete cascade,
    name                varchar(200)  not null,
    email               varchar(254)  not null,
    -- the organisation picked from the registry, if any, and the name as typed or picked
    organisation_id     bigint,
    organisation_name   varchar(300),
    accessibility_needs varchar(1000),
    -- when the person agreed to the processing of personal data, and to which version of the text
    consent_at          timestamptz   not null,
    consent_version     varchar(20)   not null,
    status              varchar(20)   not null check (status in ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    -- the secret in the participant's links (cancellation, evaluation); never shown to organisers
    token               uuid          not null unique,
    -- the language the participant registered in; their e-mails are written in it
    language            varchar(5)    not null default 'pl',
    registered_at       timestamptz   not null default now(),
    promoted_at         timestamptz,
    cancelled_at        timestamptz,
    attended            boolean       not null default false,
    attendance_marked_at timestamptz,
    reminder_sent_at    timestamptz,
    version             bigint        not null default 0
);

-- one live registration per e-mail address and event; a cancelled one may register again
create unique index event_registration_one_per_email on event_registration (event_id, lower(email))
    where status <> 'CANCELLED';
create index event_registration_event on event_registration (event_id, status, registered_at, id);
create index event_registration_organisation on event_registration (organisation_id) where attended;
