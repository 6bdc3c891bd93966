-- Today's register counts per gmina, kept by the map module on every registry change (one row
-- per gmina and indicator; a missing row means zero), so that the map never scans the register
-- per request.
create table map_gmina_resource (
    gmina_teryt varchar(7)     not null,
    code        varchar(40)    not null,
    value       numeric(14, 2) not null,
    updated_at  timestamptz    not null default now(),
    primary key (gmina_teryt, code)
);

-- Weights of the priority index, set by ADMIN. A need adds weight × z-score to a gmina's score,
-- a resource subtracts it; weight 0 leaves the indicator out.
create table map_priority_weight (
    code       varchar(40)   primary key,
    weight     numeric(5, 2) not null check (weight >= 0 and weight <= 10),
    updated_at timestamptz   not null default now(),
    updated_by varchar(100)
);

insert into map_priority_weight (code, weight) values
    ('UNEMPLOYED_PER_100', 1.0),
    ('SOCIAL_ASSISTANCE_PER_1000', 1.0),
    ('NEEDS_REPORTED', 0.5),
    ('PES_PER_10K', 1.0);
