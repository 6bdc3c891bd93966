-- TERYT units of the configured region. Units are never deleted: records of other modules point
-- to them by code, so a unit that leaves the official register is only marked historical.
create table territorial_unit (
    teryt        varchar(7)   primary key,
    name         varchar(120) not null,
    level        varchar(12)  not null check (level in ('VOIVODESHIP', 'POWIAT', 'GMINA')),
    gmina_type   varchar(12)  check (gmina_type in ('URBAN', 'RURAL', 'URBAN_RURAL')),
    parent_teryt varchar(7)   references territorial_unit (teryt),
    historical   boolean      not null default false,
    -- GeoJSON geometry (Polygon or MultiPolygon, WGS84); no PostGIS needed to store and serve it
    boundary     jsonb,
    updated_at   timestamptz  not null default now(),
    constraint territorial_unit_type_of_gmina check ((level = 'GMINA') = (gmina_type is not null))
);
create index territorial_unit_parent_idx on territorial_unit (parent_teryt);
create index territorial_unit_level_idx on territorial_unit (level, teryt);

create table subregion (
    id                   bigint generated always as identity primary key,
    name                 varchar(120) not null unique,
    -- an organisation of the registry module; no foreign key, that table belongs to another module
    owes_organisation_id bigint,
    version              integer      not null default 0,
    updated_at           timestamptz  not null default now()
);

create table subregion_powiat (
    subregion_id bigint     not null references subregion (id) on delete cascade,
    powiat_teryt varchar(7) not null references territorial_unit (teryt),
    primary key (subregion_id, powiat_teryt),
    -- a powiat is served by at most one subregion
    constraint subregion_powiat_once unique (powiat_teryt)
);
