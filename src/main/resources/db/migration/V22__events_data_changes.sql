-- The public home page keeps its events figures and the next public events while the events
-- table is unchanged (topic "events"), like the register's and the map's public answers.
select count_data_changes_of('event', 'events');
