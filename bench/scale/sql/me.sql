-- GET /api/me: the person, their memberships and faculty assignments
select u.id, u.email, u.name,
       (select json_agg(json_build_object('organizationId', m.organization_id, 'role', m.role))
          from membership m where m.user_id = u.id),
       (select json_agg(json_build_object('collaborativeId', f.collaborative_id, 'title', c.title, 'lead', f.lead))
          from faculty_assignment f join collaborative c on c.id = f.collaborative_id where f.user_id = u.id)
from app_user u where u.id = ':faculty'::uuid;
