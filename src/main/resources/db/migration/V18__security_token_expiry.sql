-- A personal API token lives for a period its owner picks when creating it (a year unless they
-- choose otherwise); tokens made before expiry existed get a year from their creation.
alter table api_token add column expires_at timestamptz;
update api_token set expires_at = created_at + interval '1 year';
alter table api_token alter column expires_at set not null;
alter table api_token alter column expires_at set default now() + interval '1 year';
