-- Secrets of the installation that every instance must share (HMAC keys), made on first start.
create table installation_secret (
    name       varchar(50)  primary key,
    value      varchar(200) not null,
    created_at timestamptz  not null default now()
);

-- Rate limit buckets (Bucket4j's PostgreSQL layout), one per limit and client address or user,
-- so all instances count against the same bucket. expires_at: epoch milliseconds after which a
-- bucket is full again and its row may go.
create table rate_limit_bucket (
    id         varchar(200) primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires on rate_limit_bucket (expires_at);

-- Solved proof-of-work challenges, kept until they expire, so that one solution is used once.
create table challenge_spent (
    signature  varchar(200) primary key,
    expires_at timestamptz  not null
);
create index challenge_spent_expires on challenge_spent (expires_at);
