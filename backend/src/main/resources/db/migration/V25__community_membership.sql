-- Learning communities' members (issue 16, point 1): people who join a LEARNING_COMMUNITY by request
-- or invitation, approved by its facilitators, and who leave again. One row per time a person is in
-- (or asks to be in) a community: a person who left and comes back gets a new row, so that when each
-- joined and left stays known for the usage report. At most one current row (PENDING, INVITED, ACTIVE)
-- per person and community. Owned by the org.lcp.community package.
create table community_member (
    id               uuid primary key,
    collaborative_id uuid not null references collaborative (id),
    user_id          uuid not null references app_user (id),
    -- the organisation the person is in the community for (one of theirs), if any
    organization_id  uuid references organization (id),
    status           varchar(16) not null
        check (status in ('PENDING', 'INVITED', 'ACTIVE', 'DECLINED', 'LEFT', 'REMOVED')),
    -- facilitators run the community (approve, invite, remove); they need not be faculty
    facilitator      boolean not null default false,
    -- whether other members see the person in the directory (opt-in)
    visible          boolean not null default false,
    -- the name the directory shows, taken when the row is made (the person's name, else their e-mail)
    name             varchar(255) not null,
    region           varchar(120),
    -- the request's or the invitation's message
    message          varchar(2000),
    -- who asked: the person themself (a request) or the facilitator who invited them
    requested_by     uuid references app_user (id),
    requested_at     timestamptz not null,
    joined_at        timestamptz,
    ended_at         timestamptz,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          integer not null default 0,
    constraint community_member_facilitator_ck check (not facilitator or status = 'ACTIVE')
);
create unique index community_member_current_uq on community_member (collaborative_id, user_id)
    where status in ('PENDING', 'INVITED', 'ACTIVE');
create index community_member_user_idx on community_member (user_id)
    where status in ('PENDING', 'INVITED', 'ACTIVE');
create index community_member_directory_idx on community_member (collaborative_id, status, requested_at);
