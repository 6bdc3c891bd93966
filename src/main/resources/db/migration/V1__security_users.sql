create table user_account (
    id                  bigserial primary key,
    username            varchar(100) not null,
    display_name        varchar(200) not null,
    email               varchar(254) not null,
    role                varchar(20)  not null check (role in ('ADMIN', 'OWES', 'PES', 'PARTNER', 'COMMITTEE')),
    organisation_id     bigint,
    enabled             boolean      not null default true,
    password_hash       varchar(200) not null,
    password_changed_at timestamptz  not null default now(),
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             integer      not null default 0
);
create unique index user_account_username_key on user_account (lower(username));
create index user_account_role_idx on user_account (role);
create index user_account_organisation_idx on user_account (organisation_id);

-- Failed logins are counted per typed user name, existing or not, so that the lock message
-- never tells whether an account exists.
create table login_failure (
    username_key    varchar(100) primary key,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz
);

create table api_token (
    id           bigserial primary key,
    user_id      bigint       not null references user_account (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   char(64)     not null unique,
    token_prefix varchar(12)  not null,
    created_at   timestamptz  not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id);
