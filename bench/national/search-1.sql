-- What the product runs for a visitor's search of one word, GET /api/v1/organisations?q=…: the
-- capped count and the first page of OrganisationRepository.search (through the name index
-- when more than the cap of 1,000 match, else the matches materialized and sorted), its where() for an anonymous visitor
-- (active PES only) and its COLUMNS, sorted by name, 25 a page. bench/run runs it with pgbench in
-- prepared mode; keep it the same as that Java code (the list of PES kinds is Kind.pesKinds()).
-- The first select, the query drawn from the 1,000 of the run, is pgbench's own and not the product's.
\set i random(1, :queries1)
select w0 from bench_query1 where id = :i \gset
select count(*) as n from (select 1 from organisation o where true and o.status = 'ACTIVE' and o.kind in ('SOCIAL_COOPERATIVE', 'CIS', 'KIS', 'ZAZ', 'WTZ', 'WORK_COOPERATIVE', 'DISABLED_COOPERATIVE', 'AGRICULTURAL_COOPERATIVE', 'NGO', 'CHURCH_ENTITY', 'RURAL_HOUSEWIVES_CIRCLE', 'NONPROFIT_COMPANY')
    and (true and o.search_text like registry_search_text(:w0))
    limit 1001) c \gset
\if :n > 1000
select o.id, o.name, o.short_name, o.kind, o.nip, o.regon, o.krs, o.gmina_teryt, o.street, o.postal_code,
       o.town, o.email, o.phone, o.website, o.description,
       array(select f.field_code from organisation_field f where f.organisation_id = o.id
             order by f.field_code) as fields,
       o.employees, o.employees_at_risk, o.reintegration_places, o.social_enterprise_decision,
       o.social_enterprise_since, o.social_enterprise_until, o.owes_id, o.owes_set_by_hand, o.status,
       o.version, o.created_at, o.updated_at
from organisation o where true and o.status = 'ACTIVE' and o.kind in ('SOCIAL_COOPERATIVE', 'CIS', 'KIS', 'ZAZ', 'WTZ', 'WORK_COOPERATIVE', 'DISABLED_COOPERATIVE', 'AGRICULTURAL_COOPERATIVE', 'NGO', 'CHURCH_ENTITY', 'RURAL_HOUSEWIVES_CIRCLE', 'NONPROFIT_COMPANY')
    and (true and o.search_text like registry_search_text(:w0))
order by lower(o.name), o.id limit 25 offset 0;
\elif :n > 0
with matches as materialized (select o.* from organisation o where true and o.status = 'ACTIVE' and o.kind in ('SOCIAL_COOPERATIVE', 'CIS', 'KIS', 'ZAZ', 'WTZ', 'WORK_COOPERATIVE', 'DISABLED_COOPERATIVE', 'AGRICULTURAL_COOPERATIVE', 'NGO', 'CHURCH_ENTITY', 'RURAL_HOUSEWIVES_CIRCLE', 'NONPROFIT_COMPANY')
    and (true and o.search_text like registry_search_text(:w0)))
select o.id, o.name, o.short_name, o.kind, o.nip, o.regon, o.krs, o.gmina_teryt, o.street, o.postal_code,
       o.town, o.email, o.phone, o.website, o.description,
       array(select f.field_code from organisation_field f where f.organisation_id = o.id
             order by f.field_code) as fields,
       o.employees, o.employees_at_risk, o.reintegration_places, o.social_enterprise_decision,
       o.social_enterprise_since, o.social_enterprise_until, o.owes_id, o.owes_set_by_hand, o.status,
       o.version, o.created_at, o.updated_at
from matches o
order by lower(o.name), o.id limit 25 offset 0;
\endif
