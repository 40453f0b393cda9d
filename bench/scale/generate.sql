-- The read benchmark's deployment, written straight into a migrated, empty database in seconds
-- (bench/scale-data.sh runs it; psql variables :teams and :months, e.g. 200 and 36):
--   one ACTIVE learning collaborative ("Scale Collaborative") with :teams enrolled teams (four roster
--   members each), 25 monthly measures and :months months of values (10 % corrected once, the last
--   two months partly missing: one overdue, one not yet due), three learning sessions with attendance, a weekly call series
--   with its calls and attendance; 50 other collaboratives; 300 organisations (more when :teams needs).
-- People are the demo realm's: farah.lead (faculty1) leads the collaborative, ada.admin is admin,
-- rita.rivers (riverside.leader) is senior leader of the first team's organisation. They are bound to
-- their Keycloak accounts by verified e-mail at their first request, as invited people are.
\set ON_ERROR_STOP on
begin;

create temporary table p as
select :teams::int as teams, :months::int as months,
       (date_trunc('month', current_date) - make_interval(months => :months))::date as first_period,
       greatest(300, :teams::int) as orgs;

insert into app_user (id, email, name, created_at) values
  ('00000000-0000-4000-a000-000000000001', 'farah.lead@example.org', 'Farah Lead', now()),
  ('00000000-0000-4000-a000-000000000002', 'ada.admin@example.org', 'Ada Admin', now()),
  ('00000000-0000-4000-a000-000000000003', 'rita.rivers@riverside.example.org', 'Rita Rivers', now());

-- organisations and their senior leaders (the first one's is Rita)
insert into organization (id, name, city, region, country_code, created_at, updated_at)
select md5('org' || i)::uuid, 'Scale Organisation ' || i, 'City ' || (i % 40), 'Region ' || (i % 8), 'US',
       now(), now()
from p, generate_series(1, p.orgs) i;

insert into app_user (id, email, name, created_at)
select md5('leader' || i)::uuid, 'leader' || i || '@scale.example.org', 'Leader ' || i, now()
from p, generate_series(2, p.orgs) i;

insert into membership (id, organization_id, user_id, role, invited_at, updated_at)
select md5('membership' || i)::uuid, md5('org' || i)::uuid,
       case when i = 1 then '00000000-0000-4000-a000-000000000003'::uuid else md5('leader' || i)::uuid end,
       'SENIOR_LEADER', now(), now()
from p, generate_series(1, p.orgs) i;

-- the collaborative, and 50 others in every phase
insert into collaborative (id, title, practice, description, kind, phase, applications_open_at,
                           applications_close_at, start_date, end_date, capacity, min_clinicians,
                           created_by, created_at, updated_at)
select md5('collaborative0')::uuid, 'Scale Collaborative', 'TF-CBT', 'The read benchmark''s collaborative',
       'LEARNING_COLLABORATIVE', 'ACTIVE', p.first_period - 90, p.first_period - 60, p.first_period,
       (p.first_period + make_interval(months => p.months + 12))::date, p.teams, 2,
       '00000000-0000-4000-a000-000000000001', now(), now()
from p;
insert into collaborative (id, title, practice, description, kind, phase, start_date, end_date, capacity,
                           min_clinicians, created_by, created_at, updated_at)
select md5('collaborative' || i)::uuid, 'Other Collaborative ' || i, 'CPP', null,
       case when i % 5 = 0 then 'LEARNING_COMMUNITY' else 'LEARNING_COLLABORATIVE' end,
       (array['DRAFT','ANNOUNCED','APPLICATIONS_OPEN','REVIEW','PRE_WORK','ACTIVE','SUSTAINING'])[1 + i % 7],
       current_date + i, current_date + 365 + i, 20, 2, '00000000-0000-4000-a000-000000000001', now(), now()
from generate_series(1, 50) i;
insert into faculty_assignment (collaborative_id, user_id, lead, assigned_at, updated_at)
select md5('collaborative' || i)::uuid, '00000000-0000-4000-a000-000000000001', true, now(), now()
from generate_series(0, 50) i;

-- accepted applications and their teams
insert into application (id, collaborative_id, organization_id, status, submitted_at, decided_at, cds_agreed,
                         created_at, updated_at)
select md5('application' || i)::uuid, md5('collaborative0')::uuid, md5('org' || i)::uuid, 'ACCEPTED',
       p.first_period - 70, p.first_period - 40, true, p.first_period - 80, p.first_period - 40
from p, generate_series(1, p.teams) i;
insert into team (id, collaborative_id, organization_id, application_id, enrolled_at)
select md5('team' || i)::uuid, md5('collaborative0')::uuid, md5('org' || i)::uuid, md5('application' || i)::uuid,
       p.first_period - 40
from p, generate_series(1, p.teams) i;
insert into roster_member (id, team_id, role, name, email, title, fte, start_date)
select md5('roster' || i || '-' || r)::uuid, md5('team' || i)::uuid,
       (array['SENIOR_LEADER','SUPERVISOR','CLINICIAN','CLINICIAN'])[r],
       'Member ' || i || '-' || r, 'member' || i || '-' || r || '@scale.example.org', null, 1.0, p.first_period - 40
from p, generate_series(1, p.teams) i, generate_series(1, 4) r;

-- 25 measures, every type (a PROPORTION is stored as numerator, denominator and their quotient)
insert into measure (id, collaborative_id, key, name, definition, type, unit, direction, target, due_day,
                     lock_after_days, created_at, updated_at, numerator, denominator)
select md5('measure' || m)::uuid, md5('collaborative0')::uuid, 'measure_' || m, 'Measure ' || m, 'Benchmark measure',
       (array['COUNT','PROPORTION','MEAN','RATE'])[1 + m % 4], null,
       case when m % 3 = 0 then 'DECREASE' else 'INCREASE' end, null, 15, 45, now(), now(),
       case when m % 4 = 1 then 'numerator' end, case when m % 4 = 1 then 'denominator' end
from generate_series(1, 25) m;

-- values: every team, measure and month, except: the month before last is missing for every third
-- team (overdue: its due day has passed), and last month (not due yet) reported by half the teams
insert into metric_value (measure_id, organization_id, period, value, numerator, denominator, source,
                          updated_by, updated_at, first_reported_at)
select md5('measure' || m)::uuid, md5('org' || i)::uuid, (p.first_period + make_interval(months => k))::date,
       case when m % 4 = 1 then round(((i + m + k) % 40) / 40.0, 6) else (i * 7 + m * 3 + k) % 50 end,
       case when m % 4 = 1 then (i + m + k) % 40 end,
       case when m % 4 = 1 then 40 end,
       case when i % 2 = 0 then 'API' else 'WEB' end, 'bench',
       (p.first_period + make_interval(months => k + 1, days => (i % 20)))::timestamptz,
       (p.first_period + make_interval(months => k + 1, days => (i % 20)))::timestamptz
from p, generate_series(1, p.teams) i, generate_series(1, 25) m, generate_series(0, p.months - 1) k
where not ((k = p.months - 2 and i % 3 = 0) or (k = p.months - 1 and i % 2 = 0));

-- revisions: the first report of each value, and one correction of every tenth
insert into metric_value_revision (measure_id, organization_id, period, new_value, new_numerator,
                                   new_denominator, source, actor, at)
select measure_id, organization_id, period, value, numerator, denominator, source, 'bench', updated_at
from metric_value;
insert into metric_value_revision (measure_id, organization_id, period, old_value, old_numerator,
                                   old_denominator, new_value, new_numerator, new_denominator, source, actor, at)
select measure_id, organization_id, period, value, numerator, denominator, value, numerator, denominator, source,
       'bench', updated_at + interval '3 days'
from metric_value
where hashtext(measure_id::text || organization_id::text || period::text) % 10 = 0;

-- three learning sessions (two held) and attendance of every roster member at the held ones
insert into learning_session (id, collaborative_id, number, title, start_date, end_date, time_zone, mode,
                              location, created_at, updated_at)
select md5('session' || n)::uuid, md5('collaborative0')::uuid, n, 'Learning Session ' || n,
       (p.first_period + make_interval(months => (n - 1) * greatest(1, p.months / 2)) + interval '20 days')::date,
       (p.first_period + make_interval(months => (n - 1) * greatest(1, p.months / 2)) + interval '21 days')::date,
       'America/Chicago', case when n = 2 then 'VIRTUAL' else 'IN_PERSON' end, 'Chicago', now(), now()
from p, generate_series(1, 3) n;
insert into session_attendance (id, learning_session_id, roster_member_id, team_id, status, note, recorded_at,
                                recorded_by, recorded_by_name)
select md5('attendance' || n || '-' || i || '-' || r)::uuid, md5('session' || n)::uuid,
       md5('roster' || i || '-' || r)::uuid, md5('team' || i)::uuid,
       case when (i + r + n) % 9 = 0 then 'ABSENT' when (i + r) % 13 = 0 then 'PARTIAL' else 'PRESENT' end,
       case when (i + r + n) % 9 <> 0 and (i + r) % 13 = 0 then 'Left after the first day' end, now(), '00000000-0000-4000-a000-000000000001', 'Farah Lead'
from p, generate_series(1, 2) n, generate_series(1, p.teams) i, generate_series(1, 4) r;

-- a weekly consultation call series over the whole period, its calls (past ones held) and attendance
insert into call_series (id, collaborative_id, kind, topic, weekday, start_time, time_zone, start_date,
                         interval_weeks, until_date, duration_minutes, facilitator_user_id, audience, mode,
                         join_url, created_at, updated_at)
select md5('series')::uuid, md5('collaborative0')::uuid, 'CONSULTATION', 'Weekly consultation', 'TUESDAY',
       '12:00', 'America/Chicago', p.first_period, 1, (p.first_period + make_interval(months => p.months + 2))::date,
       60, '00000000-0000-4000-a000-000000000001', 'COLLABORATIVE', 'VIDEO', 'https://meet.example.org/weekly',
       now(), now()
from p;
insert into scheduled_call (id, collaborative_id, series_id, kind, topic, local_start, time_zone, starts_at,
                            ends_at, duration_minutes, facilitator_user_id, audience, mode, join_url, state,
                            created_at, updated_at)
select md5('call' || w)::uuid, md5('collaborative0')::uuid, md5('series')::uuid, 'CONSULTATION',
       'Weekly consultation', d + time '12:00', 'America/Chicago',
       (d + time '12:00') at time zone 'America/Chicago', (d + time '13:00') at time zone 'America/Chicago', 60,
       '00000000-0000-4000-a000-000000000001', 'COLLABORATIVE', 'VIDEO', 'https://meet.example.org/weekly',
       case when d < current_date then 'HELD' else 'SCHEDULED' end, now(), now()
from p, generate_series(0, (p.months + 2) * 52 / 12) w,
     lateral (select (p.first_period + (7 - extract(isodow from p.first_period)::int + 2) % 7 + 7 * w)::date as d) x;
insert into call_attendance (id, call_id, roster_member_id, organization_id, status, recorded_at, recorded_by,
                             recorded_by_name)
select md5('callattendance' || w || '-' || i)::uuid, c.id, md5('roster' || i || '-3')::uuid, md5('org' || i)::uuid,
       case when (i + w) % 4 = 0 then 'ABSENT' else 'PRESENT' end, c.starts_at,
       '00000000-0000-4000-a000-000000000001', 'Farah Lead'
from p, generate_series(0, (p.months + 2) * 52 / 12) w
join scheduled_call c on c.id = md5('call' || w)::uuid and c.state = 'HELD',
     generate_series(1, p.teams) i;

commit;
-- statistics and the visibility map: scale-data.sh vacuums (analyze) after this script
select (select count(*) from team) teams, (select count(*) from measure) measures,
       (select count(*) from metric_value) metric_values, (select count(*) from metric_value_revision) revisions,
       (select count(*) from organization) organisations, (select count(*) from collaborative) collaboratives,
       (select count(*) from session_attendance) session_attendance, (select count(*) from scheduled_call) calls,
       (select count(*) from call_attendance) call_attendance;
