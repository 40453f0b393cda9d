-- GET /api/calendar-feeds/{token}: the faculty member's sessions and calls from 180 days ago, as iCalendar
select string_agg(format(E'BEGIN:VEVENT\r\nUID:%s@lcp\r\nDTSTART:%s\r\nDTEND:%s\r\nSUMMARY:%s\r\nSEQUENCE:%s\r\nEND:VEVENT',
                         c.id, to_char(c.starts_at at time zone 'UTC', 'YYYYMMDD"T"HH24MISS"Z"'),
                         to_char(c.ends_at at time zone 'UTC', 'YYYYMMDD"T"HH24MISS"Z"'), c.topic, c.sequence), E'\r\n')
from scheduled_call c join faculty_assignment f on f.collaborative_id = c.collaborative_id
where f.user_id = ':faculty'::uuid and c.starts_at >= now() - interval '180 days';
