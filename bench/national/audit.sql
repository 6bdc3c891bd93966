-- Tops the audit trail up to :target entries (psql -v target=…) with what years of use leave
-- behind, in the shares the product writes them: registrations, organisations, support records,
-- events, reports, notifications and user accounts (entity types of audit/AuditedTypes), created
-- and then updated, over ten years, by a few dozen actors; each entry's changes as AuditLog
-- stores them ({"field": {"old": …, "new": …}}, personal fields as {"personal": true}).
-- Fixed seed; one statement, so the top-up of two million rows is one bulk insert.
\set ON_ERROR_STOP on
select setseed(0.20261204);
insert into audit_entry (occurred_at, actor, action, entity_type, entity_id, changes)
select now() - interval '10 years' * random(),
       case when random() < 0.3 then 'system' else 'user' || floor(random() * 40) end,
       case when random() < 0.6 then 'CREATE' when random() < 0.95 then 'UPDATE' else 'DELETE' end,
       t.type, floor(random() * t.ids + 1)::text,
       case t.type
           when 'EventRegistration' then jsonb_build_object('email', jsonb_build_object('personal', true),
               'name', jsonb_build_object('personal', true),
               'status', jsonb_build_object('old', null, 'new', 'CONFIRMED'),
               'eventId', jsonb_build_object('old', null, 'new', floor(random() * 20000)))
           else jsonb_build_object('name', jsonb_build_object('old', null, 'new', 'Stowarzyszenie „Bursztyn” nr ' || floor(random() * 100000)),
               'status', jsonb_build_object('old', 'DRAFT', 'new', 'ACTIVE'),
               'street', jsonb_build_object('old', null, 'new', 'ul. Długa ' || floor(random() * 120)),
               'version', jsonb_build_object('old', 1, 'new', 2))
       end
from generate_series(1, greatest(0, :target - (select count(*) from audit_entry))) as n,
     lateral (select case
         when r < 0.45 then 'EventRegistration' when r < 0.70 then 'Organisation'
         when r < 0.82 then 'SupportRecord' when r < 0.90 then 'Event' when r < 0.95 then 'OwesReport'
         when r < 0.99 then 'Notification' else 'UserAccount' end as type,
         case when r < 0.45 then 500000 when r < 0.70 then 100000 when r < 0.82 then 200000
         when r < 0.90 then 20000 when r < 0.95 then 800 when r < 0.99 then 500000 else 200 end as ids
         from (select random() + n * 0 as r) x) t;
analyze audit_entry;
