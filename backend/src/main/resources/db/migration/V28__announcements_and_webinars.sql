-- Announcements and webinars (issue 16, point 3).
--
-- Announcements (news): to one collaborative or learning community, or to the whole network
-- (collaborative_id null). Shown on home pages, pinned ones first, and told to their audience in the
-- app and by e-mail as each person's preference for the topic 'announcements' says. A network-wide
-- announcement is told in batches by a job (fanout_cursor: the last person told, by id; fanned_out_at
-- once everybody was), never in one loop over every person. Deleted ones stay with deleted_at set.
-- Owned by the org.lcp.announcement package.
create table announcement (
    id               uuid primary key,
    collaborative_id uuid references collaborative (id),
    title            varchar(200) not null,
    body             varchar(10000) not null,
    published_at     timestamptz not null,
    pinned_until     timestamptz,
    author_user_id   uuid references app_user (id),
    author_name      varchar(255) not null,
    fanout_cursor    uuid,
    fanned_out_at    timestamptz,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          integer not null default 0,
    deleted_at       timestamptz
);
create index announcement_latest_idx on announcement (collaborative_id, published_at desc)
    where deleted_at is null;
create index announcement_fanout_idx on announcement (published_at)
    where collaborative_id is null and fanned_out_at is null and deleted_at is null;

-- Webinars: calls open to the whole network, with registration, a capacity in seats (attendees) and
-- a waitlist. A registration beyond the capacity is WAITLISTED; when seats free up, waitlisted
-- registrations are CONFIRMED in the order they came (promoted_at). Owned by org.lcp.consultation.
alter table scheduled_call drop constraint scheduled_call_kind_check;
alter table scheduled_call add constraint scheduled_call_kind_check
    check (kind in ('CONSULTATION', 'INFORMATIONAL', 'WEBINAR'));
alter table scheduled_call add column capacity integer check (capacity between 1 and 100000);
alter table scheduled_call add constraint scheduled_call_capacity_ck
    check (capacity is null or kind = 'WEBINAR');
alter table call_registration add column status varchar(16) not null default 'CONFIRMED'
    check (status in ('CONFIRMED', 'WAITLISTED'));
alter table call_registration add column promoted_at timestamptz;
create index call_registration_waitlist_idx on call_registration (call_id, created_at, id)
    where status = 'WAITLISTED';
