-- The coverage of the region by local plans (the coverage page and API, the map's layers of plans)
-- is kept while the plans are unchanged (topic "localplans"), like the other modules' public answers.
select count_data_changes_of('localplans_plan', 'localplans');
