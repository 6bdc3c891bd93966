-- Which instance runs an import job, and when it last said so: a job whose instance was killed
-- stops beating and is marked failed by any other instance (OrganisationImportJobs), instead of
-- staying RUNNING forever.
alter table organisation_import add column worker varchar(200);
alter table organisation_import add column heartbeat_at timestamptz;
-- jobs left by an earlier version count as beating when they were last touched
update organisation_import set heartbeat_at = coalesce(started_at, created_at)
where status in ('QUEUED', 'RUNNING');
create index organisation_import_unfinished on organisation_import (heartbeat_at)
    where status in ('QUEUED', 'RUNNING');
