-- GET /api/collaboratives/{id}/run-charts?organizationId=: one team's series of every measure, with
-- each measure's median
select json_agg(json_build_object('key', m.key, 'median', s.median, 'points', s.points) order by m.key)
from measure m
cross join lateral (
  select percentile_cont(0.5) within group (order by coalesce(v.value, v.numerator / nullif(v.denominator, 0))) as median,
         json_agg(json_build_array(v.period, v.value, v.numerator, v.denominator) order by v.period) as points
  from metric_value v where v.measure_id = m.id and v.organization_id = ':organization'::uuid) s
where m.collaborative_id = ':collaborative'::uuid;
