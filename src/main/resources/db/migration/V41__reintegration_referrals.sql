-- Social and vocational reintegration: the places of the reintegration units (CIS, KIS, ZAZ, WTZ,
-- social enterprises) and the referrals of people at risk of exclusion between institutions.
-- A person is never named here: a referral holds only a keyed hash (HMAC-SHA-256 with a secret kept
-- outside the database, see ReintegrationPersonKeys) of the PESEL or of surname + birth date.
-- Organisations are ids of the register with their names, kinds and powiats copied, as the module
-- may not read the register's tables.

-- The places a unit offers, by programme (a CIS's social employment, a WTZ's occupational therapy…).
create table reintegration_unit (
    organisation_id    bigint primary key,
    organisation_name  varchar(500)  not null,
    organisation_kind  varchar(30)   not null,
    gmina_teryt        varchar(7)    not null,
    powiat_teryt       varchar(4)    not null,
    -- the day the unit last confirmed its figures (shown beside them: stale figures mislead)
    updated_on         date          not null,
    updated_at         timestamptz   not null default now(),
    version            bigint        not null default 0,
    demo               boolean       not null default false
);

create table reintegration_capacity (
    organisation_id  bigint        not null references reintegration_unit on delete cascade,
    position         int           not null,
    programme        varchar(200)  not null,
    places           int           not null check (places >= 0 and places <= 100000),
    occupied         int           not null check (occupied >= 0 and occupied <= places),
    waiting          int           not null check (waiting >= 0 and waiting <= 100000),
    primary key (organisation_id, position),
    unique (organisation_id, programme)
);

-- One referral of one person from a sending organisation to a receiving unit.
create table reintegration_referral (
    id                     bigint generated always as identity primary key,
    -- HMAC-SHA-256 (hex) of the person's PESEL or surname + birth date; the same person, the same key
    person_key             char(64)      not null,
    sender_id              bigint        not null,
    sender_name            varchar(500)  not null,
    -- ReferralPartyKind: JSPS, IRP, CIS, KIS, ZAZ, WTZ, SOCIAL_ENTERPRISE
    sender_kind            varchar(30)   not null,
    sender_powiat_teryt    varchar(4)    not null,
    receiver_id            bigint        not null,
    receiver_name          varchar(500)  not null,
    receiver_kind          varchar(30)   not null,
    receiver_powiat_teryt  varchar(4)    not null,
    -- RiskGroup values; at least one
    risk_groups            varchar(40)[] not null check (cardinality(risk_groups) > 0),
    legal_basis            varchar(40)   not null,
    referred_on            date          not null,
    programme_kind         varchar(10)   check (programme_kind in ('IPZS', 'IPR', 'IPD')),
    programme_reference    varchar(100),
    programme_start        date,
    programme_end          date,
    -- free text the sender and the receiver read; the form asks for no identifying data in it
    notes                  varchar(2000),
    state                  varchar(20)   not null check (state in ('SENT', 'RECEIVED', 'ACCEPTED', 'REJECTED',
                               'IN_PROGRAMME', 'COMPLETED', 'INTERRUPTED', 'FOLLOW_UP', 'CANCELLED')),
    -- why it was rejected, interrupted or cancelled
    state_reason           varchar(1000),
    received_on            date,
    -- the day it was accepted or rejected
    answered_on            date,
    accepted_on            date,
    started_on             date,
    ended_on               date,
    -- COMPLETED or INTERRUPTED: how the programme ended (the state moves on to FOLLOW_UP)
    ended_as               varchar(20)   check (ended_as in ('COMPLETED', 'INTERRUPTED')),
    -- ExitOutcome at the end of the programme
    exit_outcome           varchar(40),
    -- the day the referral ended (rejected, cancelled, completed or interrupted): retention counts from it
    closed_on              date,
    created_by             bigint,
    created_at             timestamptz   not null default now(),
    updated_at             timestamptz   not null default now(),
    version                bigint        not null default 0,
    demo                   boolean       not null default false,
    check (programme_end is null or programme_start is null or programme_end >= programme_start)
);
create index reintegration_referral_person on reintegration_referral (person_key);
create index reintegration_referral_sender on reintegration_referral (sender_id, referred_on desc);
create index reintegration_referral_receiver on reintegration_referral (receiver_id, referred_on desc);
create index reintegration_referral_closed on reintegration_referral (closed_on) where closed_on is not null;

-- Every change of state, with its reason, for the history both parties see.
create table reintegration_referral_change (
    id           bigint generated always as identity primary key,
    referral_id  bigint        not null references reintegration_referral on delete cascade,
    from_state   varchar(20),
    to_state     varchar(20)   not null,
    reason       varchar(1000),
    changed_on   date          not null,
    changed_at   timestamptz   not null default now(),
    changed_by   bigint
);
create index reintegration_referral_change_referral on reintegration_referral_change (referral_id, id);

-- The follow-ups 3, 6 and 12 months after the end, made when the outcome at exit is recorded.
create table reintegration_follow_up (
    referral_id       bigint        not null references reintegration_referral on delete cascade,
    moment            varchar(10)   not null check (moment in ('MONTHS_3', 'MONTHS_6', 'MONTHS_12')),
    due_on            date          not null,
    outcome           varchar(40),
    recorded_on       date,
    recorded_by       bigint,
    -- claimed by the reminder job before it e-mails the receiving unit, so one reminder per follow-up
    reminder_sent_at  timestamptz,
    primary key (referral_id, moment)
);
create index reintegration_follow_up_due on reintegration_follow_up (due_on) where outcome is null;

-- Who read which referral, when and how (a page, a list, the API); ADMIN reads it. No FK: the log
-- outlives a referral erased by retention or on request, until it is itself past retention.
create table reintegration_read (
    id           bigint generated always as identity primary key,
    referral_id  bigint        not null,
    user_id      bigint        not null,
    channel      varchar(10)   not null check (channel in ('PAGE', 'LIST', 'API')),
    read_at      timestamptz   not null default now()
);
create index reintegration_read_at on reintegration_read (read_at desc);
create index reintegration_read_referral on reintegration_read (referral_id);
create index reintegration_read_user on reintegration_read (user_id, read_at desc);

-- One anonymous row per referral for the aggregates: no person key, no notes, no dates finer than
-- the quarter. Kept by the triggers below on every write of a referral or its 12-month follow-up;
-- it stays when the referral is erased (retention, a person's request), so yearly counts never change.
create table reintegration_statistic (
    id                     bigint generated always as identity primary key,
    referral_id            bigint unique references reintegration_referral on delete set null,
    year                   int           not null,
    quarter                int           not null check (quarter between 1 and 4),
    sender_id              bigint        not null,
    sender_kind            varchar(30)   not null,
    sender_powiat_teryt    varchar(4)    not null,
    receiver_id            bigint        not null,
    receiver_kind          varchar(30)   not null,
    receiver_powiat_teryt  varchar(4)    not null,
    accepted               boolean       not null,
    completed              boolean       not null,
    exit_outcome           varchar(40),
    outcome_12_months      varchar(40),
    demo                   boolean       not null default false
);
create index reintegration_statistic_year on reintegration_statistic (year, quarter);

create function reintegration_keep_statistic() returns trigger language plpgsql as $$
begin
    insert into reintegration_statistic (referral_id, year, quarter, sender_id, sender_kind, sender_powiat_teryt,
            receiver_id, receiver_kind, receiver_powiat_teryt, accepted, completed, exit_outcome, demo)
    values (new.id, extract(year from new.referred_on), extract(quarter from new.referred_on), new.sender_id,
            new.sender_kind, new.sender_powiat_teryt, new.receiver_id, new.receiver_kind, new.receiver_powiat_teryt,
            new.accepted_on is not null, coalesce(new.ended_as = 'COMPLETED', false), new.exit_outcome, new.demo)
    on conflict (referral_id) do update set year = excluded.year, quarter = excluded.quarter,
            sender_id = excluded.sender_id, sender_kind = excluded.sender_kind,
            sender_powiat_teryt = excluded.sender_powiat_teryt, receiver_id = excluded.receiver_id,
            receiver_kind = excluded.receiver_kind, receiver_powiat_teryt = excluded.receiver_powiat_teryt,
            accepted = excluded.accepted, completed = excluded.completed, exit_outcome = excluded.exit_outcome,
            demo = excluded.demo;
    return new;
end $$;

create trigger reintegration_referral_statistic after insert or update on reintegration_referral
    for each row execute function reintegration_keep_statistic();

create function reintegration_keep_outcome_12() returns trigger language plpgsql as $$
begin
    if new.moment = 'MONTHS_12' then
        update reintegration_statistic set outcome_12_months = new.outcome where referral_id = new.referral_id;
    end if;
    return new;
end $$;

create trigger reintegration_follow_up_statistic after insert or update on reintegration_follow_up
    for each row execute function reintegration_keep_outcome_12();

-- The fingerprint (an HMAC of a fixed text) of the person-key secret the data was written with: an
-- instance started with another secret (a lost key file, a restore without it) refuses to start
-- instead of giving the same people new keys. It is not the secret and does not reveal it.
create table reintegration_key_check (
    id           int primary key check (id = 1),
    fingerprint  char(64)     not null,
    created_at   timestamptz  not null default now()
);

-- Aggregates, the cooperation map and free places are cached while these tables are unchanged.
select count_data_changes_of('reintegration_statistic', 'reintegration');
select count_data_changes_of('reintegration_capacity', 'reintegration');
select count_data_changes_of('reintegration_unit', 'reintegration');
