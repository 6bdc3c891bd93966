create table audit_entry (
    id          bigserial primary key,
    occurred_at timestamptz  not null default now(),
    actor       varchar(100) not null,
    action      varchar(10)  not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    entity_type varchar(60)  not null,
    entity_id   varchar(60)  not null,
    -- {"field": {"old": ..., "new": ...}}
    changes     jsonb        not null default '{}'::jsonb
);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, occurred_at desc);
create index audit_entry_occurred_idx on audit_entry (occurred_at desc);
create index audit_entry_actor_idx on audit_entry (actor, occurred_at desc);
