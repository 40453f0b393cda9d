-- GET /api/collaboratives?size=20: a page of collaboratives with their accepted teams, and the total
select json_agg(row_to_json(x)) from (
  select c.id, c.title, c.practice, c.kind, c.phase, c.start_date, c.end_date, c.capacity,
         (select count(*) from team t where t.collaborative_id = c.id) as accepted_teams
  from collaborative c order by c.start_date desc nulls last, c.title limit 20) x;
select count(*) from collaborative;
