-- The short evaluation a participant fills in after an event they attended: one per registration.
create table event_evaluation (
    id              bigint generated always as identity primary key,
    registration_id bigint        not null unique references event_registration on delete cascade,
    event_id        bigint        not null references event on delete cascade,
    overall         smallint      not null check (overall between 1 and 5),
    usefulness      smallint      not null check (usefulness between 1 and 5),
    organisation    smallint      not null check (organisation between 1 and 5),
    comment         varchar(2000),
    submitted_at    timestamptz   not null default now()
);

create index event_evaluation_event on event_evaluation (event_id, submitted_at);

-- when the link to the evaluation was e-mailed to the attendee, so nobody gets it twice
alter table event_registration add column evaluation_requested_at timestamptz;
