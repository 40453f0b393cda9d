-- GET /api/collaboratives/{id}/metric-completeness: every team x measure x period of the range
-- (:months months back from this one) with its state: reported on time, late, missing (overdue),
-- not due yet; a value's first report is the earliest revision
with periods as (
  select generate_series(date_trunc('month', current_date) - make_interval(months => :months - 1),
                         date_trunc('month', current_date), interval '1 month')::date as period),
first_report as (
  select r.measure_id, r.organization_id, r.period, min(r.at) as at
  from metric_value_revision r join measure m on m.id = r.measure_id
  where m.collaborative_id = ':collaborative'::uuid and r.period >= (select min(period) from periods)
  group by 1, 2, 3)
select json_agg(json_build_array(t.organization_id, m.key, p.period,
         case when v.measure_id is null and (p.period + interval '1 month' + make_interval(days => m.due_day - 1)) < now() then 'MISSING'
              when v.measure_id is null then 'NOT_DUE'
              when f.at > (p.period + interval '1 month' + make_interval(days => m.due_day - 1)) then 'LATE'
              else 'ON_TIME' end))
from team t
cross join measure m
cross join periods p
left join metric_value v on v.measure_id = m.id and v.organization_id = t.organization_id and v.period = p.period
left join first_report f on f.measure_id = m.id and f.organization_id = t.organization_id and f.period = p.period
where t.collaborative_id = ':collaborative'::uuid and m.collaborative_id = ':collaborative'::uuid;
