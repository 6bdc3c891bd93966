-- Derived ties come from support records as well as from the calendar (topic "events", V22):
-- a cached graph must see a new support record, so support_record counts its changes too.
select count_data_changes_of('support_record', 'support');
