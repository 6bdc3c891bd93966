-- Ten years of a whole country's social economy activity, synthetic and always the same, loaded
-- with bulk SQL after the register has gone through the product's import: statistics for every
-- gmina, the quarterly reports of the 20 OWES (approved, with the aggregates that the approval
-- writes), 20,000 events with 500,000 registrations and 200,000 support records.
-- The random numbers come from setseed(), and every insert draws them in one single-process
-- pass (PostgreSQL runs no INSERT ... SELECT in parallel), so every run writes the same rows.
\set ON_ERROR_STOP on
begin;
select setseed(0.20261125);

create temporary table bench_gmina on commit drop as
    select row_number() over (order by teryt) as n, teryt, name
    from territorial_unit where level = 'GMINA' and not historical;
create temporary table bench_owes on commit drop as
    select row_number() over (order by id) as n, id, name from organisation where kind = 'OWES';
create temporary table bench_pes on commit drop as
    select row_number() over (order by id) as n, id, name, gmina_teryt
    from organisation where kind not in ('OWES', 'JST', 'JSPS', 'IRP', 'BUSINESS', 'SCIENCE', 'OTHER');

-- statistics: 10 years for every gmina, the four indicators GUS publishes for it
insert into statistic_value (code, year, teryt, value)
select code, year, teryt,
       case code
           when 'POPULATION' then 2000 + floor(random() * 60000)
           when 'UNEMPLOYED' then 50 + floor(random() * 3000)
           when 'UNEMPLOYED_PER_100' then round((2 + random() * 12)::numeric, 1)
           else round((20 + random() * 120)::numeric, 1)
       end
from bench_gmina,
     generate_series(2016, 2025) as year,
     unnest(array['POPULATION', 'UNEMPLOYED', 'UNEMPLOYED_PER_100', 'SOCIAL_ASSISTANCE_PER_1000']) as code
order by teryt, year, code;

-- OWES reports: every quarter of 2016-2025 for each OWES, approved
insert into owes_report (template_id, template_code, owes_id, period, period_end, deadline, status, submitted_at,
                         decided_at, decided_by, created_by)
select t.id, 'OWES_QUARTERLY', o.id, y || 'Q' || q,
       (make_date(y, q * 3, 1) + interval '1 month' - interval '1 day')::date,
       (make_date(y, q * 3, 1) + interval '1 month' + interval '19 days')::date,
       'APPROVED',
       make_date(y, q * 3, 1) + interval '1 month' + interval '10 days',
       make_date(y, q * 3, 1) + interval '1 month' + interval '15 days', 'bench', 'bench'
from report_template t, bench_owes o, generate_series(2016, 2025) as y, generate_series(1, 4) as q
where t.code = 'OWES_QUARTERLY' and t.current
order by o.id, y, q;

create temporary table bench_report_numbers on commit drop as
select r.id as report_id,
       s.supported, floor(s.supported * random() * 0.4) as new_pes, floor(random() * 3) as se_new,
       s.jobs_k, s.jobs_m, floor(s.jobs_k * random()) as risk_k, floor(s.jobs_m * random()) as risk_m,
       round((40 + random() * 400)::numeric, 1) as hours, s.trainings,
       s.trainings + floor(random() * s.trainings * 15) as participants,
       floor(random() * 12) as jst, floor(random() * 4) as partnerships
from owes_report r,
     lateral (select 10 + floor(random() * 90 + r.id * 0) as supported, floor(random() * 6 + r.id * 0) as jobs_k,
                     floor(random() * 6 + r.id * 0) as jobs_m, floor(random() * 12 + r.id * 0) as trainings) s
order by r.id;

insert into report_value (report_id, code, cell, number)
select report_id, code, cell, number
from bench_report_numbers,
     lateral (values ('PES_SUPPORTED', '', supported), ('PES_NEW', '', new_pes), ('SE_NEW', '', se_new),
                     ('JOBS_CREATED', '', jobs_k + jobs_m), ('JOBS_CREATED', 'K', jobs_k), ('JOBS_CREATED', 'M', jobs_m),
                     ('JOBS_AT_RISK', '', risk_k + risk_m), ('JOBS_AT_RISK', 'K', risk_k), ('JOBS_AT_RISK', 'M', risk_m),
                     ('CONSULTING_HOURS', '', hours), ('TRAININGS', '', trainings),
                     ('TRAINING_PARTICIPANTS', '', participants),
                     ('TRAINING_PARTICIPANTS', 'K', floor(participants * 0.6)),
                     ('TRAINING_PARTICIPANTS', 'M', participants - floor(participants * 0.6)),
                     ('JST_COOPERATING', '', jst), ('PARTNERSHIPS', '', partnerships)) as v (code, cell, number);

-- what the approval writes: one aggregate row per report and summed indicator
insert into report_aggregate (template_code, period, period_start, period_end, owes_id, code, value, count)
select r.template_code, r.period, (date_trunc('quarter', r.period_end))::date, r.period_end, r.owes_id, v.code,
       v.number, 1
from owes_report r join report_value v on v.report_id = r.id and v.cell = ''
where r.template_code = 'OWES_QUARTERLY';

-- events: 20,000 from January 2016 to December 2026, a third of them by ROPS, the rest by the OWES
create temporary table bench_event on commit drop as
select g,
       floor(random() * 8)::int as type_n,
       floor(random() * 12)::int as topic_n,
       floor(random() * 12)::int as topic2_n,
       1 + floor(random() * (select count(*) from bench_gmina))::int as gmina_n,
       1 + floor(random() * (select count(*) from bench_owes))::int as owes_n,
       random() < 0.33 as by_rops,
       -- every day from 1 January 2016 to 31 December 2026, at 9:00 to 13:00 in the region's time
       timestamp '2016-01-04 09:00' + floor(random() * 4015) * interval '1 day'
           + floor(random() * 5) * interval '1 hour' as starts_local,
       1 + floor(random() * 7)::int as hours,
       case when random() < 0.2 then null else 25 + floor(random() * 40)::int end as capacity,
       random() < 0.04 as cancelled,
       random() < 0.92 as public_event
from generate_series(1, 20000) as g
order by g;

insert into event (type, title, description, organiser_id, organiser_name, starts_at, ends_at, gmina_teryt, venue,
                   capacity, registration_opens_at, registration_closes_at, audience, topics, status,
                   public_event, created_by, created_at, updated_at)
select (array['MEETING', 'WORKSHOP', 'TRAINING', 'SEMINAR', 'CONFERENCE', 'CAMPAIGN', 'STUDY_VISIT',
              'NETWORK_MEETING'])[e.type_n + 1],
       (array['Spotkanie', 'Warsztaty', 'Szkolenie', 'Seminarium', 'Konferencja', 'Kampania', 'Wizyta studyjna',
              'Spotkanie sieciujące'])[e.type_n + 1] || ': ' ||
       (array['podstawy ekonomii społecznej', 'prawo spółdzielni socjalnych', 'księgowość PES',
              'finansowanie zwrotne', 'marketing produktów PES', 'biznesplan', 'reintegracja zawodowa',
              'zamówienia publiczne', 'klauzule społeczne', 'współpraca z samorządem', 'promocja marki',
              'dobre praktyki'])[e.topic_n + 1] || ' (' || gm.name || ') nr ' || e.g,
       'Wydarzenie z zestawu danych benchmarku: program, prowadzący i materiały jak w prawdziwym kalendarzu.',
       case when e.by_rops then null else o.id end,
       case when e.by_rops then 'Regionalny Ośrodek Polityki Społecznej' else o.name end,
       (e.starts_local at time zone 'Europe/Warsaw'),
       (e.starts_local + e.hours * interval '1 hour') at time zone 'Europe/Warsaw',
       gm.teryt, 'Sala konferencyjna, ul. Długa ' || (1 + e.g % 90) || ', ' || gm.name, e.capacity,
       (e.starts_local - interval '30 days') at time zone 'Europe/Warsaw',
       (e.starts_local - interval '1 day') at time zone 'Europe/Warsaw',
       'Przedstawiciele PES, JST i partnerów',
       case when e.topic_n = e.topic2_n then array[t1] else array[t1, t2] end,
       case when e.cancelled then 'CANCELLED' else 'PUBLISHED' end, e.public_event, 'bench',
       (e.starts_local - interval '40 days') at time zone 'Europe/Warsaw',
       (e.starts_local - interval '40 days') at time zone 'Europe/Warsaw'
from bench_event e
     join bench_gmina gm on gm.n = e.gmina_n
     join bench_owes o on o.n = e.owes_n,
     lateral (select (array['ES_BASICS', 'LEGAL', 'ACCOUNTING', 'FINANCING', 'MARKETING', 'BUSINESS_PLAN',
                            'REINTEGRATION', 'PUBLIC_PROCUREMENT', 'SOCIAL_CLAUSES', 'COOPERATION', 'PROMOTION',
                            'OTHER'])[e.topic_n + 1] as t1,
                     (array['ES_BASICS', 'LEGAL', 'ACCOUNTING', 'FINANCING', 'MARKETING', 'BUSINESS_PLAN',
                            'REINTEGRATION', 'PUBLIC_PROCUREMENT', 'SOCIAL_CLAUSES', 'COOPERATION', 'PROMOTION',
                            'OTHER'])[e.topic2_n + 1] as t2) topics
order by e.g;

-- registrations: 25 per event on average (500,000), 40% from organisations of the register
create temporary table bench_event_n on commit drop as
    select row_number() over (order by id) as n, id, starts_at, ends_at, capacity from event;

create temporary table bench_registration on commit drop as
select g,
       1 + floor(random() * 20000)::int as event_n,
       case when random() < 0.4 then 1 + floor(random() * (select count(*) from bench_pes))::int end as pes_n,
       floor(random() * 28)::int as days_before,
       random() as fate
from generate_series(1, 500000) as g
order by g;

insert into event_registration (event_id, name, email, organisation_id, organisation_name, consent_at,
                                consent_version, status, token, language, registered_at, cancelled_at, attended,
                                attendance_marked_at)
select ev.id, 'Uczestnik Benchmarku ' || r.g, 'uczestnik' || r.g || '@example.pl', p.id, p.name,
       ev.starts_at - (r.days_before + 2) * interval '1 day', '2026-1',
       case when r.fate < 0.05 then 'CANCELLED'
            when ev.capacity is not null and row_number() over (partition by ev.id order by r.g) > ev.capacity
                then 'WAITLISTED'
            else 'CONFIRMED' end,
       md5('bench-registration-' || r.g)::uuid, 'pl',
       ev.starts_at - (r.days_before + 2) * interval '1 day',
       case when r.fate < 0.05 then ev.starts_at - interval '1 day' end,
       r.fate >= 0.05 and r.fate < 0.85 and ev.ends_at < timestamptz '2026-11-25 00:00+01',
       case when r.fate >= 0.05 and r.fate < 0.85 and ev.ends_at < timestamptz '2026-11-25 00:00+01'
            then ev.ends_at end
from bench_registration r
     join bench_event_n ev on ev.n = r.event_n
     left join bench_pes p on p.n = r.pes_n
order by r.g;

-- support: 200,000 records of consulting, mentoring, training and study visits for PES
create temporary table bench_support on commit drop as
select g,
       1 + floor(random() * (select count(*) from bench_pes))::int as pes_n,
       1 + floor(random() * (select count(*) from bench_owes))::int as owes_n,
       1 + floor(random() * 60)::int as adviser,
       floor(random() * 3975)::int as day,
       1 + floor(random() * 14)::int as half_hours,
       floor(random() * 4)::int as form_n,
       floor(random() * 7)::int as topic_n
from generate_series(1, 200000) as g
order by g;

insert into support_record (organisation_id, organisation_name, owes_id, owes_name, gmina_teryt, adviser,
                            support_date, hours, form, topic, created_by)
select p.id, p.name, o.id, o.name, p.gmina_teryt, 'Doradca ' || s.adviser, date '2016-01-04' + s.day,
       s.half_hours / 2.0,
       (array['CONSULTING', 'MENTORING', 'TRAINING', 'STUDY_VISIT'])[s.form_n + 1],
       (array['LEGAL', 'ACCOUNTING', 'MARKETING', 'BUSINESS_PLAN', 'REINTEGRATION', 'PUBLIC_PROCUREMENT',
              'OTHER'])[s.topic_n + 1],
       'bench'
from bench_support s
     join bench_pes p on p.n = s.pes_n
     join bench_owes o on o.n = s.owes_n
order by s.g;

commit;
analyze;
select (select count(*) from statistic_value) as statistics, (select count(*) from owes_report) as owes_reports,
       (select count(*) from event) as events, (select count(*) from event_registration) as registrations,
       (select count(*) from support_record) as support_records;
