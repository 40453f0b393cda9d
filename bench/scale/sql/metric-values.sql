-- GET /api/collaboratives/{id}/metric-values?size=100: the first page of values, and the total
select json_agg(row_to_json(x)) from (
  select m.key, v.organization_id, v.period, v.value, v.numerator, v.denominator, v.source, v.updated_at
  from metric_value v join measure m on m.id = v.measure_id
  where m.collaborative_id = ':collaborative'::uuid
  order by v.period, m.key, v.organization_id limit 100) x;
select count(*) from metric_value v join measure m on m.id = v.measure_id where m.collaborative_id = ':collaborative'::uuid;
