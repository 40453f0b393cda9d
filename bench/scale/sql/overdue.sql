-- GET /api/collaboratives/{id}/overdue-metrics: values due and not reported that can still be
-- (not locked), longest overdue first (first page of 20), and the total
with p as (
  select generate_series(date_trunc('month', current_date) - make_interval(months => :months - 1),
                         date_trunc('month', current_date), interval '1 month')::date as period),
cell as (
  select m.id as measure_id, m.key, p.period,
         (p.period + interval '1 month')::date + (m.due_day - 1) as due,
         (p.period + interval '1 month')::date - 1 + m.lock_after_days as locks
  from measure m cross join p where m.collaborative_id = ':collaborative'::uuid),
missing as (
  select t.organization_id, o.name, c.key, c.period, c.due
  from team t join organization o on o.id = t.organization_id cross join cell c
  where t.collaborative_id = ':collaborative'::uuid and c.due < current_date and c.locks >= current_date
    and (select count(*) from (select 1 from metric_value v where v.measure_id = c.measure_id
                    and v.organization_id = t.organization_id and v.period = c.period limit 1) f) = 0)
select (select json_agg(row_to_json(x)) from (select organization_id, name, key, period, due, current_date - due as days
                                               from missing order by due, lower(name), key limit 20) x),
       (select count(*) from missing);
