-- GET /api/collaboratives/{id}/metric-completeness: the first page (20 teams by name) of team x measure
-- x period over the range (:months months back from this one) with each cell's state, the number of
-- teams, and how many teams owe a value (due, not locked, no value); a value's first report is kept
-- on it (first_reported_at)
with p as (
  select generate_series(date_trunc('month', current_date) - make_interval(months => :months - 1),
                         date_trunc('month', current_date), interval '1 month')::date as period),
teams as (
  select t.organization_id, o.name from team t join organization o on o.id = t.organization_id
  where t.collaborative_id = ':collaborative'::uuid),
page as (select * from teams order by lower(name), organization_id limit 20),
cell as (
  select m.id as measure_id, m.key, p.period,
         (p.period + interval '1 month')::date + (m.due_day - 1) as due,
         (p.period + interval '1 month')::date - 1 + m.lock_after_days as locks
  from measure m cross join p where m.collaborative_id = ':collaborative'::uuid),
owing as (
  select count(distinct t.organization_id) as n from teams t cross join cell c
  where c.due < current_date and c.locks >= current_date
    and (select count(*) from (select 1 from metric_value v where v.measure_id = c.measure_id
                    and v.organization_id = t.organization_id and v.period = c.period limit 1) f) = 0)
select json_build_object(
  'total', (select count(*) from teams),
  'overdueTeams', (select n from owing),
  'cells', (select json_agg(json_build_array(pg.organization_id, c.key, c.period,
              case when v.measure_id is not null and v.first_reported_at::date > c.due then 'LATE'
                   when v.measure_id is not null then 'REPORTED'
                   when current_date <= c.due then 'NOT_DUE'
                   when current_date > c.locks then 'LOCKED'
                   else 'MISSING' end))
            from page pg cross join cell c
            left join metric_value v on v.measure_id = c.measure_id
                 and v.organization_id = pg.organization_id and v.period = c.period));
