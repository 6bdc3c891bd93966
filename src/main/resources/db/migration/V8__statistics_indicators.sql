-- The indicator catalogue of the map, the imported public statistics, and uploaded statistics files
-- kept between their dry run and the confirmation.
create table indicator_definition (
    code        varchar(40)  primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name_pl     varchar(150) not null,
    name_en     varchar(150) not null,
    unit_pl     varchar(60)  not null default '',
    unit_en     varchar(60)  not null default '',
    source      varchar(200) not null default '',
    category    varchar(10)  not null check (category in ('RESOURCE', 'NEED')),
    aggregation varchar(30)  not null check (aggregation in ('SUM', 'POPULATION_WEIGHTED_MEAN')),
    -- computed from the register (or reported needs) for the current year; only built-in ones are
    live        boolean      not null default false,
    built_in    boolean      not null default false,
    -- labels of GUS Bank Danych Lokalnych variables that mean this indicator, one per line
    bdl_names   text         not null default '',
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     bigint       not null default 0,
    check (built_in or not live)
);

insert into indicator_definition (code, name_pl, name_en, unit_pl, unit_en, source, category, aggregation, live,
                                  built_in, bdl_names) values
    ('PES_ACTIVE', 'Aktywne PES', 'Active PES', 'liczba', 'count', 'Rejestr PES Koordynatora ES',
     'RESOURCE', 'SUM', true, true, ''),
    ('PES_PER_10K', 'PES na 10 tys. mieszkańców', 'PES per 10,000 inhabitants', 'na 10 tys. mieszkańców',
     'per 10,000 inhabitants', 'Rejestr PES Koordynatora ES; GUS, Bank Danych Lokalnych',
     'RESOURCE', 'POPULATION_WEIGHTED_MEAN', true, true, ''),
    ('SOCIAL_ENTERPRISES', 'Przedsiębiorstwa społeczne', 'Social enterprises', 'liczba', 'count',
     'Rejestr PES Koordynatora ES', 'RESOURCE', 'SUM', true, true, ''),
    ('REINTEGRATION_PLACES', 'Miejsca reintegracyjne w CIS, KIS, ZAZ i WTZ',
     'Reintegration places in CIS, KIS, ZAZ and WTZ', 'miejsca', 'places', 'Rejestr PES Koordynatora ES',
     'RESOURCE', 'SUM', true, true, ''),
    ('PES_JOBS', 'Miejsca pracy w PES', 'Jobs in PES', 'osoby', 'persons', 'Rejestr PES Koordynatora ES',
     'RESOURCE', 'SUM', true, true, ''),
    ('PES_JOBS_AT_RISK', 'Zatrudnieni w PES zagrożeni wykluczeniem społecznym',
     'PES employees at risk of social exclusion', 'osoby', 'persons', 'Rejestr PES Koordynatora ES',
     'RESOURCE', 'SUM', true, true, ''),
    ('POPULATION', 'Ludność', 'Population', 'osoby', 'persons', 'GUS, Bank Danych Lokalnych',
     'NEED', 'SUM', false, true, E'ludność ogółem\nludność\nludność według miejsca zamieszkania ogółem'),
    ('UNEMPLOYED', 'Bezrobotni zarejestrowani', 'Registered unemployed', 'osoby', 'persons',
     'GUS, Bank Danych Lokalnych', 'NEED', 'SUM', false, true,
     E'bezrobotni zarejestrowani ogółem\nbezrobotni zarejestrowani\nbezrobotni ogółem'),
    ('UNEMPLOYED_PER_100', 'Bezrobotni zarejestrowani na 100 osób w wieku produkcyjnym',
     'Registered unemployed per 100 working-age inhabitants', 'na 100 osób w wieku produkcyjnym',
     'per 100 working-age inhabitants', 'GUS, Bank Danych Lokalnych', 'NEED', 'POPULATION_WEIGHTED_MEAN', false,
     true, E'udział bezrobotnych zarejestrowanych w liczbie ludności w wieku produkcyjnym\nbezrobotni zarejestrowani na 100 osób w wieku produkcyjnym'),
    ('SOCIAL_ASSISTANCE_PER_1000', 'Beneficjenci pomocy społecznej na 1000 mieszkańców',
     'Social assistance beneficiaries per 1,000 inhabitants', 'na 1000 mieszkańców', 'per 1,000 inhabitants',
     'GUS, Bank Danych Lokalnych', 'NEED', 'POPULATION_WEIGHTED_MEAN', false, true,
     E'beneficjenci pomocy społecznej na 1000 mieszkańców\nbeneficjenci pomocy społecznej na 1000 ludności'),
    ('NEEDS_REPORTED', 'Zgłoszone potrzeby', 'Reported needs', 'liczba', 'count', 'Zgłoszenia potrzeb',
     'NEED', 'SUM', true, true, '');

create table statistic_value (
    code        varchar(40)   not null references indicator_definition (code) on delete cascade,
    year        integer       not null check (year between 1990 and 2200),
    -- 7-digit gmina, 4-digit powiat or 2-digit voivodeship; no foreign key to another module's table
    teryt       varchar(7)    not null check (teryt ~ '^[0-9]{2}([0-9]{2}([0-9]{3})?)?$'),
    value       numeric       not null,
    imported_at timestamptz   not null default now(),
    primary key (code, year, teryt)
);
create index statistic_value_teryt on statistic_value (teryt, code, year);

-- An uploaded statistics file between its dry run and its confirmation; purged after a day.
create table statistics_import (
    id         bigint generated always as identity primary key,
    file_name  varchar(255) not null,
    content    bytea        not null,
    layout     varchar(10)  not null check (layout in ('LONG', 'BDL')),
    -- the indicator chosen in the form for BDL columns that name none
    indicator  varchar(40),
    -- the importer's username, as the audit trail names actors; no foreign key to another module
    created_by varchar(100) not null,
    created_at timestamptz  not null default now(),
    applied_at timestamptz,
    status     varchar(10)  not null check (status in ('CHECKED', 'APPLIED')),
    -- the report with message keys, so it reads in the language of whoever opens it
    report     jsonb        not null
);
create index statistics_import_created_at on statistics_import (created_at);
