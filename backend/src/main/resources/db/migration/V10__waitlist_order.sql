-- The waitlist has an order: each waitlisted application's position in its collaborative (1 is
-- offered the next free place). Set when an application is waitlisted (at the end), cleared when it
-- leaves the waitlist (the positions after it close up), rewritten by lead faculty's reorder.
-- Decisions of one collaborative are serialised on its row, so positions are not made unique here
-- (a reorder would have to dodge its own intermediate states).
alter table application add column waitlist_position integer check (waitlist_position >= 1);

-- applications waitlisted before this version: in the order they were decided
update application a set waitlist_position = w.n
from (select id, row_number() over (partition by collaborative_id order by decided_at, id) as n
      from application where status = 'WAITLISTED') w
where a.id = w.id;

-- a position exactly while waitlisted
alter table application add constraint application_waitlist_position_ck
    check ((status = 'WAITLISTED') = (waitlist_position is not null));
