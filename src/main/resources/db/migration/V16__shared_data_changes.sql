-- How often the tables behind each module's answers have changed. A cached answer (a search
-- page, a map layer, a regional aggregate) is reused only while the sum of its topics' counters
-- is the one it was computed at. The counters are raised by statement triggers inside the
-- writing transaction and become visible with its commit, so whoever writes (the application,
-- an import, SQL typed by hand) no cache outlives the data it was computed from.
create table data_change (
    topic   varchar(40) primary key,
    changes bigint      not null default 0
);

create function count_data_change() returns trigger language plpgsql as $$
begin
    update data_change set changes = changes + 1 where topic = tg_argv[0];
    return null;
end
$$;

-- each module's tables under the module's name
create function count_data_changes_of(table_name text, topic text) returns void language plpgsql as $$
begin
    insert into data_change (topic) values (topic) on conflict do nothing;
    execute format('create trigger %I after insert or update or delete on %I '
                   || 'for each statement execute function count_data_change(%L)',
                   table_name || '_data_change', table_name, topic);
    execute format('create trigger %I after truncate on %I for each statement execute function count_data_change(%L)',
                   table_name || '_data_truncate', table_name, topic);
end
$$;

select count_data_changes_of(t.table_name, t.topic)
from (values ('organisation', 'registry'), ('organisation_field', 'registry'), ('field_of_activity', 'registry'),
             ('territorial_unit', 'territory'), ('subregion', 'territory'), ('subregion_powiat', 'territory'),
             ('indicator_definition', 'statistics'), ('statistic_value', 'statistics'),
             ('reported_need', 'needs'),
             ('map_gmina_resource', 'map'), ('map_priority_weight', 'map'),
             ('report_template', 'reporting'), ('report_indicator', 'reporting'), ('owes_report', 'reporting'),
             ('report_value', 'reporting'), ('report_aggregate', 'reporting')) as t (table_name, topic);
