-- E-mails are written here in the transaction of the change they announce and sent after it
-- commits, so a rolled-back change mails nobody and a mail server outage loses nothing.
create table notification (
    id              bigserial primary key,
    recipient       varchar(254)  not null,
    subject         varchar(500)  not null,
    body            text          not null,
    status          varchar(10)   not null default 'QUEUED' check (status in ('QUEUED', 'SENT', 'FAILED')),
    attempts        integer       not null default 0,
    last_error      varchar(1000),
    note            varchar(200),
    next_attempt_at timestamptz   not null default now(),
    created_at      timestamptz   not null default now(),
    sent_at         timestamptz
);
create index notification_due_idx on notification (next_attempt_at) where status = 'QUEUED';
create index notification_created_idx on notification (created_at desc, id desc);
create index notification_recipient_idx on notification (lower(recipient));
