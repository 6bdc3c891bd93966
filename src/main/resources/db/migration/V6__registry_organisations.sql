-- Accent-insensitive search: "spoldzielnia" must find "Spółdzielnia". unaccent and pg_trgm are
-- trusted extensions, so the database owner may create them on an external server too.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes this
-- wrapper safe to declare IMMUTABLE, which a generated column and an index require.
create function registry_search_text(value text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

create table field_of_activity (
    code     varchar(40) primary key,
    name_pl  varchar(120) not null,
    name_en  varchar(120) not null,
    position int not null
);

insert into field_of_activity (code, name_pl, name_en, position) values
    ('CATERING', 'Gastronomia i catering', 'Catering and food service', 1),
    ('CLEANING', 'Sprzątanie i usługi porządkowe', 'Cleaning and facility services', 2),
    ('CONSTRUCTION', 'Budownictwo i remonty', 'Construction and renovation', 3),
    ('GREENERY', 'Utrzymanie zieleni', 'Landscaping and green areas', 4),
    ('CARE', 'Usługi opiekuńcze', 'Care services', 5),
    ('EDUCATION', 'Edukacja i szkolenia', 'Education and training', 6),
    ('CULTURE', 'Kultura, sport i rekreacja', 'Culture, sport and recreation', 7),
    ('TOURISM', 'Turystyka i hotelarstwo', 'Tourism and accommodation', 8),
    ('CRAFTS', 'Rękodzieło i wytwórczość', 'Crafts and small manufacturing', 9),
    ('FOOD_PROCESSING', 'Rolnictwo i przetwórstwo żywności', 'Agriculture and food processing', 10),
    ('OFFICE', 'Usługi biurowe i poligraficzne', 'Office and printing services', 11),
    ('TRANSPORT', 'Transport i logistyka', 'Transport and logistics', 12),
    ('IT', 'Usługi informatyczne', 'IT services', 13),
    ('REINTEGRATION', 'Reintegracja społeczna i zawodowa', 'Social and vocational reintegration', 14),
    ('HEALTH', 'Zdrowie i rehabilitacja', 'Health and rehabilitation', 15),
    ('ENVIRONMENT', 'Ochrona środowiska i recykling', 'Environment and recycling', 16),
    ('SOCIAL_SERVICES', 'Usługi społeczne i pomoc', 'Social services and assistance', 17),
    ('OTHER', 'Inna działalność', 'Other activity', 18);

create table organisation (
    id                        bigint generated always as identity primary key,
    name                      varchar(300) not null,
    short_name                varchar(100),
    kind                      varchar(40)  not null,
    nip                       varchar(10),
    regon                     varchar(14),
    krs                       varchar(10),
    -- a 7-digit TERYT code of the territory module; no foreign key across the module border,
    -- the service checks it and territory never deletes a unit that records point to
    gmina_teryt               varchar(7),
    powiat_teryt              varchar(4) generated always as (left(gmina_teryt, 4)) stored,
    street                    varchar(200),
    postal_code               varchar(6),
    town                      varchar(100),
    email                     varchar(254),
    phone                     varchar(40),
    website                   varchar(300),
    description               text,
    employees                 integer check (employees >= 0),
    employees_at_risk         integer check (employees_at_risk >= 0),
    reintegration_places      integer check (reintegration_places >= 0),
    social_enterprise_decision varchar(100),
    social_enterprise_since   date,
    social_enterprise_until   date,
    owes_id                   bigint references organisation (id),
    owes_set_by_hand          boolean not null default false,
    status                    varchar(20) not null default 'ACTIVE',
    search_text               text generated always as (registry_search_text(
                                  name || ' ' || coalesce(short_name, '') || ' ' || coalesce(town, ''))) stored,
    version                   bigint not null default 0,
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now(),
    constraint organisation_kind_known check (kind in ('SOCIAL_COOPERATIVE', 'CIS', 'KIS', 'ZAZ', 'WTZ',
        'WORK_COOPERATIVE', 'DISABLED_COOPERATIVE', 'AGRICULTURAL_COOPERATIVE', 'NGO', 'CHURCH_ENTITY',
        'RURAL_HOUSEWIVES_CIRCLE', 'NONPROFIT_COMPANY', 'OWES', 'JST', 'JSPS', 'IRP', 'BUSINESS', 'SCIENCE', 'OTHER')),
    constraint organisation_status_known check (status in ('ACTIVE', 'SUSPENDED', 'CLOSED')),
    constraint organisation_social_enterprise_dates check (social_enterprise_until is null
        or social_enterprise_since is null or social_enterprise_until >= social_enterprise_since)
);

create unique index organisation_nip_unique on organisation (nip) where nip is not null;
create unique index organisation_regon_unique on organisation (regon) where regon is not null;
create unique index organisation_krs_unique on organisation (krs) where krs is not null;
create index organisation_search_trgm on organisation using gin (search_text gin_trgm_ops);
create index organisation_name_sort on organisation (lower(name), id);
create index organisation_gmina on organisation (gmina_teryt);
create index organisation_powiat on organisation (powiat_teryt);
create index organisation_kind on organisation (kind);
create index organisation_owes on organisation (owes_id);

create table organisation_field (
    organisation_id bigint not null references organisation (id) on delete cascade,
    field_code      varchar(40) not null references field_of_activity (code),
    primary key (organisation_id, field_code)
);
create index organisation_field_code on organisation_field (field_code);

create table contact_person (
    id              bigint generated always as identity primary key,
    organisation_id bigint not null references organisation (id),
    name            varchar(200) not null,
    function        varchar(200),
    email           varchar(254),
    phone           varchar(40),
    consent_date    date not null,
    consent_scope   varchar(500) not null,
    version         bigint not null default 0
);
create index contact_person_organisation on contact_person (organisation_id);

-- A user's organisation must exist; organisations are closed, never deleted, so this never
-- blocks anything but a typing error.
alter table user_account add constraint user_account_organisation_fk
    foreign key (organisation_id) references organisation (id);
