-- Which modules have loaded their part of the fictional demo data set, so that each loads it once.
create table demo_data_set (
    module    varchar(60) primary key,
    loaded_at timestamptz not null default now()
);
