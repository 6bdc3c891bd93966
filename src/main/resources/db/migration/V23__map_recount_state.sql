-- The register's change counter (data_change, topic 'registry') as the last full recount of the
-- map's counts saw it. A start finds the counts current when the counter is still that value, and
-- skips a recount whose time grows with the register (issue 17). No row: recount.
create table map_recount (
    single           boolean primary key default true check (single),
    registry_changes bigint  not null
);
