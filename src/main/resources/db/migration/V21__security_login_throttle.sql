-- Failed sign-ins are slowed down per account and per account and client address, with delays
-- that grow with each attempt; the count is raised before the password is checked, in one
-- statement, so parallel attempts cannot get past the limit. Keys hold a keyed hash of the
-- address, never the address itself.
create table login_throttle (
    key             varchar(300) primary key,
    attempts        integer      not null,
    last_attempt_at timestamptz  not null,
    blocked_until   timestamptz
);
create index login_throttle_last_attempt on login_throttle (last_attempt_at);

-- Addresses (keyed hashes) from which an account signed in, so that its owner keeps getting in
-- while the account is attacked from elsewhere.
create table login_known_address (
    username_key    varchar(100) not null,
    address_hash    varchar(64)  not null,
    last_success_at timestamptz  not null,
    primary key (username_key, address_hash)
);
create index login_known_address_last_success on login_known_address (last_success_at);

-- replaced by login_throttle: a lock per typed name let anyone keep "admin" locked out
drop table login_failure;
