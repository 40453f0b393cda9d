-- GET /api/collaboratives/{id}/metric-values?size=100: the first page of values (by organisation,
-- measure key, month), and the total from the tally the database keeps per measure and team (V20)
select json_agg(row_to_json(x)) from (
  select v.organization_id, m.key, v.period, v.value, v.numerator, v.denominator, v.source, v.updated_at
  from metric_value v join measure m on m.id = v.measure_id
  where m.collaborative_id = ':collaborative'::uuid
  order by v.organization_id, m.key, v.period limit 100) x;
select coalesce(sum(t.n), 0) from metric_value_tally t join measure m on m.id = t.measure_id
where m.collaborative_id = ':collaborative'::uuid;
