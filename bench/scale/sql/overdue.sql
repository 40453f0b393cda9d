-- GET /api/collaboratives/{id}/overdue-metrics: values due and not reported, longest overdue first
-- (first page of 20, and the total)
with due as (
  select t.organization_id, m.id as measure_id, m.key, p.period,
         (p.period + interval '1 month' + make_interval(days => m.due_day - 1))::date as due_date
  from team t
  join measure m on m.collaborative_id = t.collaborative_id
  cross join lateral generate_series(date_trunc('month', t.enrolled_at)::date, date_trunc('month', current_date)::date,
                                     interval '1 month') p(period)
  where t.collaborative_id = ':collaborative'::uuid),
missing as (
  select d.* from due d
  where d.due_date < current_date
    and not exists (select 1 from metric_value v where v.measure_id = d.measure_id
                    and v.organization_id = d.organization_id and v.period = d.period))
select (select json_agg(row_to_json(x)) from (select organization_id, key, period, due_date, current_date - due_date as days
                                               from missing order by due_date, key limit 20) x),
       (select count(*) from missing);
