-- Cooperation networks of PES, their members over time, the events that were their meetings,
-- ties between organisations (declared by people; derived ones are computed from the calendar,
-- support records and memberships at read time and never stored) and the cooperation offers board.
-- Organisations are the register's ids and events the calendar's: other modules' tables are not
-- referenced, only their ids kept.

create table network (
    id             bigint generated always as identity primary key,
    name           varchar(300)  not null,
    kind           varchar(30)   not null check (kind in ('PES_BRANCH', 'PES_THEME', 'REINTEGRATION', 'OWES',
                                     'CROSS_SECTOR', 'OTHER')),
    description    varchar(8000),
    -- the territory: the whole region, a subregion or a set of powiats (4-digit TERYT codes)
    territory      varchar(20)   not null default 'REGION' check (territory in ('REGION', 'SUBREGION', 'POWIATS')),
    subregion_id   bigint,
    powiat_teryts  varchar(4)[]  not null default '{}',
    coordinator_id bigint,
    founded_on     date,
    ended_on       date,
    status         varchar(20)   not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED', 'ENDED')),
    public_network boolean       not null default true,
    created_by     varchar(100)  not null,
    version        bigint        not null default 0,
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now(),
    constraint network_dates check (ended_on is null or founded_on is null or ended_on >= founded_on)
);
create index network_kind on network (kind, status);
create index network_coordinator on network (coordinator_id);

-- a membership is never deleted: leaving sets left_on, so who belonged when stays known
create table network_member (
    id              bigint generated always as identity primary key,
    network_id      bigint        not null references network on delete cascade,
    organisation_id bigint        not null,
    role            varchar(20)   not null check (role in ('COORDINATOR', 'MEMBER', 'OBSERVER', 'PARTNER')),
    joined_on       date          not null,
    left_on         date,
    created_by      varchar(100)  not null,
    created_at      timestamptz   not null default now(),
    constraint network_member_dates check (left_on is null or left_on >= joined_on)
);
create unique index network_member_current on network_member (network_id, organisation_id) where left_on is null;
create index network_member_organisation on network_member (organisation_id, joined_on);

-- an event of the calendar (type NETWORK_MEETING) that was a meeting of the network
create table network_meeting (
    network_id bigint       not null references network on delete cascade,
    event_id   bigint       not null,
    linked_by  varchar(100) not null,
    linked_at  timestamptz  not null default now(),
    primary key (network_id, event_id)
);
create unique index network_meeting_event on network_meeting (event_id);

create table tie (
    id                          bigint generated always as identity primary key,
    from_organisation_id        bigint        not null,
    to_organisation_id          bigint        not null,
    kind                        varchar(30)   not null check (kind in ('SUPPLY_CONTRACT', 'COOPERATION_AGREEMENT',
                                                  'MENTORING', 'RESEARCH_PROJECT', 'VOLUNTEERING', 'SPONSORSHIP',
                                                  'JOINT_EVENT', 'OTHER')),
    -- from is the buyer and to the supplier (or the giver and the receiver) when it matters
    directed                    boolean       not null default false,
    starts_on                   date          not null,
    ends_on                     date,
    value_pln                   numeric(14, 2) check (value_pln is null or value_pln >= 0),
    description                 varchar(4000),
    evidence_url                varchar(500),
    -- the side that entered the tie; the other side (or ROPS) confirms it
    entered_for_organisation_id bigint,
    confirmed                   boolean       not null default false,
    confirmed_by                varchar(100),
    confirmed_at                timestamptz,
    withdrawn                   boolean       not null default false,
    created_by                  varchar(100)  not null,
    version                     bigint        not null default 0,
    created_at                  timestamptz   not null default now(),
    updated_at                  timestamptz   not null default now(),
    constraint tie_not_self check (from_organisation_id <> to_organisation_id),
    constraint tie_dates check (ends_on is null or ends_on >= starts_on)
);
create index tie_from on tie (from_organisation_id, starts_on);
create index tie_to on tie (to_organisation_id, starts_on);
create index tie_dates on tie (starts_on, ends_on) where confirmed and not withdrawn;

create table cooperation_offer (
    id              bigint generated always as identity primary key,
    -- NEED: a business, science partner or JST looks for a supplier; OFFER: a PES offers
    side            varchar(10)   not null check (side in ('NEED', 'OFFER')),
    organisation_id bigint        not null,
    category        varchar(30)   not null,
    title           varchar(200)  not null,
    description     varchar(4000),
    -- a gmina (7 digits) or a powiat (4 digits); null: the whole region
    area_teryt      varchar(7),
    deadline        date,
    notify_matches  boolean       not null default false,
    status          varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    closed_at       timestamptz,
    led_to_tie      boolean,
    tie_id          bigint references tie on delete set null,
    created_by      varchar(100)  not null,
    version         bigint        not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now()
);
create index cooperation_offer_open on cooperation_offer (status, side, category);
create index cooperation_offer_organisation on cooperation_offer (organisation_id);

-- cached graphs and public answers see every change of these tables (topic "networks")
select count_data_changes_of(t.table_name, 'networks')
from (values ('network'), ('network_member'), ('network_meeting'), ('tie'), ('cooperation_offer')) as t (table_name);
