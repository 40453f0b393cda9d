-- GET /api/me/schedule: the faculty member's sessions and calls of the coming 90 days
select json_agg(row_to_json(x)) from (
  select 'CALL' as type, c.id, c.topic, c.starts_at, c.ends_at, c.time_zone, c.state
  from scheduled_call c join faculty_assignment f on f.collaborative_id = c.collaborative_id
  where f.user_id = ':faculty'::uuid and c.starts_at >= now() and c.starts_at < now() + interval '90 days'
  union all
  select 'SESSION', s.id, s.title, s.start_date::timestamptz, s.end_date::timestamptz, s.time_zone, null
  from learning_session s join faculty_assignment f on f.collaborative_id = s.collaborative_id
  where f.user_id = ':faculty'::uuid and s.end_date >= current_date and s.start_date < current_date + 90
  order by 4) x;
