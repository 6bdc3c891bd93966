-- One row per scheduled job (ShedLock): the instance that updates a job's row while lock_until
-- has passed runs the job; the others skip that run. Times are the database's (UTC), so clocks
-- of the instances never need to agree.
create table scheduled_job_lock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
