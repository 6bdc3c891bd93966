-- Procurements of public buyers (JST, JSPS, other public bodies) with the social clauses of the
-- Public Procurement Law per lot and each lot's outcome, and public tasks commissioned to NGOs and
-- PES in open calls. The buyer's, contractor's and winner's facts the measures group by are copied
-- from the register on every write, so that the measures need no other module's table.
create table publicservices_procurement (
    id                   bigint generated always as identity primary key,
    buyer_id             bigint         not null,
    buyer_name           varchar(500)   not null,
    buyer_kind           varchar(40)    not null,
    -- the buyer's seat: the JST a procurement counts for on the map and its page
    buyer_gmina_teryt    varchar(7),
    buyer_powiat_teryt   varchar(4),
    title                varchar(500)   not null,
    notice_number        varchar(60),
    ocds_id              varchar(120),
    cpv_codes            varchar(10)[]  not null default '{}',
    estimated_value      numeric(16, 2) check (estimated_value >= 0),
    awarded_value        numeric(16, 2) check (awarded_value >= 0),
    value_comment        varchar(1000),
    procedure            varchar(40)    not null,
    notice_date          date           not null,
    bid_deadline         date,
    -- where the contract is performed (defaults to the buyer's gmina)
    gmina_teryt          varchar(7),
    source               varchar(20)    not null default 'MANUAL',
    created_at           timestamptz    not null default now(),
    updated_at           timestamptz    not null default now(),
    version              bigint         not null default 0,
    title_search         text generated always as (registry_search_text(title)) stored,
    check (bid_deadline is null or bid_deadline >= notice_date)
);
create unique index publicservices_procurement_ocds on publicservices_procurement (ocds_id) where ocds_id is not null;
create unique index publicservices_procurement_notice on publicservices_procurement (notice_number) where notice_number is not null;
create index publicservices_procurement_buyer on publicservices_procurement (buyer_id, notice_date desc);
create index publicservices_procurement_year on publicservices_procurement (notice_date);
create index publicservices_procurement_deadline on publicservices_procurement (bid_deadline);
create index publicservices_procurement_gmina on publicservices_procurement (buyer_gmina_teryt);
create index publicservices_procurement_title_trgm on publicservices_procurement using gin (title_search gin_trgm_ops);

-- A lot (a procurement not divided into lots has one, number 1) with its clauses and outcome.
create table publicservices_lot (
    id                        bigint generated always as identity primary key,
    procurement_id            bigint         not null references publicservices_procurement on delete cascade,
    number                    int            not null check (number >= 1),
    title                     varchar(500),
    estimated_value           numeric(16, 2) check (estimated_value >= 0),
    -- art. 94: reserved for contractors integrating socially marginalised persons; for whom
    reserved_art94            varchar(40),
    -- art. 95: employment contracts required for the work described
    employment_contract_art95 boolean        not null default false,
    -- art. 96(2)(2): employment of persons of a listed group, how many, for how many months
    employment_art96_group    varchar(40),
    employment_art96_persons  int            check (employment_art96_persons > 0),
    employment_art96_months   int            check (employment_art96_months > 0),
    -- a social award criterion and its weight in %
    social_criterion_weight   numeric(5, 2)  check (social_criterion_weight > 0 and social_criterion_weight <= 100),
    -- the light regime for social services (art. 359) and its reservation (art. 361)
    social_services_art359    boolean        not null default false,
    reserved_art361           boolean        not null default false,
    has_clause                boolean generated always as (
        reserved_art94 is not null or employment_contract_art95 or employment_art96_group is not null
        or social_criterion_weight is not null or reserved_art361) stored,
    result                    varchar(20)    not null default 'PENDING',
    bids_received             int            check (bids_received >= 0),
    pes_bid                   boolean,
    social_enterprise_bid     boolean,
    contractor_id             bigint,
    contractor_name           varchar(500),
    contractor_nip            varchar(10),
    -- copied from the register at the contract's start (or the award)
    contractor_pes            boolean        not null default false,
    contractor_social_enterprise boolean     not null default false,
    contract_value            numeric(16, 2) check (contract_value >= 0),
    contract_start            date,
    contract_end              date,
    -- reported by the buyer: persons actually employed through the art. 96 clause
    persons_employed          int            check (persons_employed >= 0),
    unique (procurement_id, number),
    check (contract_end is null or contract_start is null or contract_end >= contract_start)
);
create index publicservices_lot_procurement on publicservices_lot (procurement_id, number);
create index publicservices_lot_contractor on publicservices_lot (contractor_id) where contractor_id is not null;

-- A public task commissioned by a JST to an NGO or PES after an open call (art. 11-13 of the Act on
-- public benefit activity and volunteering).
create table publicservices_public_task (
    id                  bigint generated always as identity primary key,
    jst_id              bigint         not null,
    jst_name            varchar(500)   not null,
    jst_gmina_teryt     varchar(7),
    jst_powiat_teryt    varchar(4),
    call_title          varchar(500)   not null,
    call_number         varchar(60),
    area                varchar(40)    not null,
    call_date           date           not null,
    offer_deadline      date,
    amount              numeric(16, 2) not null check (amount >= 0),
    winner_id           bigint,
    winner_name         varchar(500),
    winner_nip          varchar(10),
    winner_pes          boolean        not null default false,
    period_start        date,
    period_end          date,
    created_at          timestamptz    not null default now(),
    updated_at          timestamptz    not null default now(),
    version             bigint         not null default 0,
    call_title_search   text generated always as (registry_search_text(call_title)) stored,
    check (offer_deadline is null or offer_deadline >= call_date),
    check (period_end is null or period_start is null or period_end >= period_start)
);
create index publicservices_public_task_jst on publicservices_public_task (jst_id, call_date desc);
create index publicservices_public_task_year on publicservices_public_task (call_date);
create index publicservices_public_task_deadline on publicservices_public_task (offer_deadline);
create index publicservices_public_task_winner on publicservices_public_task (winner_id) where winner_id is not null;

-- Public measures and pages are cached while these tables are unchanged.
select count_data_changes_of(t.table_name, 'publicservices')
from (values ('publicservices_procurement'), ('publicservices_lot'), ('publicservices_public_task')) as t (table_name);
