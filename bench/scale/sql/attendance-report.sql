-- GET /api/collaboratives/{id}/attendance-report: per team, attendance at the learning sessions and calls
select json_agg(json_build_object('team', t.id, 'sessions', s.present, 'calls', c.present))
from team t
left join lateral (select count(*) filter (where a.status in ('PRESENT', 'PARTIAL')) as present
                   from session_attendance a where a.team_id = t.id) s on true
left join lateral (select count(*) filter (where a.status = 'PRESENT') as present
                   from call_attendance a join scheduled_call k on k.id = a.call_id
                   where a.organization_id = t.organization_id and k.collaborative_id = t.collaborative_id) c on true
where t.collaborative_id = ':collaborative'::uuid;
