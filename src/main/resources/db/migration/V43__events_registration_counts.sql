-- The numbers of confirmed and waiting people of each event, kept by a trigger. Every showing of an
-- event counted its registrations, under the event's lock while registering, so an event with a
-- long waiting list slowed every page listing it and every registration for it (bench/faults: the
-- soak's p99 grew from 26 to 38 ms as 35,000 registrations piled up). Now it costs one row.
create table event_registration_count (
    event_id    bigint   primary key references event (id) on delete cascade,
    confirmed   integer  not null default 0,
    waitlisted  integer  not null default 0
);

insert into event_registration_count (event_id, confirmed, waitlisted)
select r.event_id, count(*) filter (where r.status = 'CONFIRMED'), count(*) filter (where r.status = 'WAITLISTED')
from event_registration r group by r.event_id;

-- Registrations of one event are written under the event's row lock, so the counts of one event
-- are never updated by two transactions at once in the usual paths.
create function events_count_registrations() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.status in ('CONFIRMED', 'WAITLISTED') then
        update event_registration_count
           set confirmed = confirmed - (old.status = 'CONFIRMED')::int,
               waitlisted = waitlisted - (old.status = 'WAITLISTED')::int
         where event_id = old.event_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.status in ('CONFIRMED', 'WAITLISTED') then
        insert into event_registration_count as c (event_id, confirmed, waitlisted)
        values (new.event_id, (new.status = 'CONFIRMED')::int, (new.status = 'WAITLISTED')::int)
        on conflict (event_id) do update
            set confirmed = c.confirmed + excluded.confirmed, waitlisted = c.waitlisted + excluded.waitlisted;
    end if;
    return null;
end $$;

create trigger event_registration_counted after insert or delete or update of status, event_id on event_registration
    for each row execute function events_count_registrations();
