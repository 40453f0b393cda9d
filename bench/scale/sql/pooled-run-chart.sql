-- GET /api/collaboratives/{id}/measures/{measureId}/run-chart: every team's series and the pooled one
select (select json_agg(json_build_array(organization_id, period, value, numerator, denominator) order by organization_id, period)
          from metric_value where measure_id = ':measure'::uuid),
       (select json_agg(json_build_array(period, n, total, rate) order by period) from (
          select period, count(*) as n, sum(value) as total, sum(numerator) / nullif(sum(denominator), 0) as rate
          from metric_value where measure_id = ':measure'::uuid group by period) p);
