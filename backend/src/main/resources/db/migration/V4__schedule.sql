-- Schedule: attendance at learning sessions, consultation and informational calls (series,
-- registrations, attendance, archive) and calendar feed tokens.

-- the iCalendar SEQUENCE of a learning session: rises when its dates, place or mode change
alter table learning_session add column sequence integer not null default 0;

create table session_attendance (
    id                  uuid primary key,
    learning_session_id uuid not null references learning_session (id),
    roster_member_id    uuid not null references roster_member (id),
    team_id             uuid not null references team (id),
    status              varchar(16) not null check (status in ('PRESENT', 'ABSENT', 'PARTIAL')),
    note                varchar(1000),
    recorded_at         timestamptz not null,
    recorded_by         uuid references app_user (id),
    recorded_by_name    varchar(200),
    revisions           integer not null default 1,
    version             integer not null default 0,
    constraint session_attendance_uq unique (learning_session_id, roster_member_id),
    constraint session_attendance_note_ck check (status <> 'PARTIAL' or note is not null)
);
create index session_attendance_team_idx on session_attendance (team_id);
create index session_attendance_member_idx on session_attendance (roster_member_id);

-- every recording of an attendance, the current one included (corrections are kept)
create table session_attendance_revision (
    id               uuid primary key,
    attendance_id    uuid not null references session_attendance (id),
    revision         integer not null,
    status           varchar(16) not null check (status in ('PRESENT', 'ABSENT', 'PARTIAL')),
    note             varchar(1000),
    recorded_at      timestamptz not null,
    recorded_by      uuid references app_user (id),
    recorded_by_name varchar(200),
    constraint session_attendance_revision_uq unique (attendance_id, revision)
);

create table call_series (
    id                  uuid primary key,
    collaborative_id    uuid not null references collaborative (id),
    kind                varchar(16) not null check (kind in ('CONSULTATION', 'INFORMATIONAL')),
    topic               varchar(200) not null,
    description         text,
    weekday             varchar(9) not null
        check (weekday in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    start_time          time not null,
    time_zone           varchar(64) not null,
    start_date          date not null,
    interval_weeks      integer not null check (interval_weeks between 1 and 12),
    until_date          date,
    occurrence_count    integer check (occurrence_count between 1 and 100),
    duration_minutes    integer not null check (duration_minutes between 5 and 480),
    facilitator_user_id uuid not null references app_user (id),
    audience            varchar(16) not null check (audience in ('COLLABORATIVE', 'TEAM')),
    team_id             uuid references team (id),
    mode                varchar(8) not null check (mode in ('PHONE', 'VIDEO')),
    join_url            varchar(1000),
    phone_number        varchar(50),
    access_code         varchar(50),
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             integer not null default 0,
    constraint call_series_end_ck check (num_nonnulls(until_date, occurrence_count) = 1),
    constraint call_series_team_ck check ((audience = 'TEAM') = (team_id is not null))
);
create index call_series_collab_idx on call_series (collaborative_id);

-- one call (an occurrence of a series, or on its own); the archive entry lives on the call
create table scheduled_call (
    id                    uuid primary key,
    collaborative_id      uuid not null references collaborative (id),
    series_id             uuid references call_series (id),
    kind                  varchar(16) not null check (kind in ('CONSULTATION', 'INFORMATIONAL')),
    topic                 varchar(200) not null,
    description           text,
    local_start           timestamp not null,
    time_zone             varchar(64) not null,
    starts_at             timestamptz not null,
    ends_at               timestamptz not null,
    duration_minutes      integer not null check (duration_minutes between 5 and 480),
    facilitator_user_id   uuid not null references app_user (id),
    audience              varchar(16) not null check (audience in ('COLLABORATIVE', 'TEAM')),
    team_id               uuid references team (id),
    mode                  varchar(8) not null check (mode in ('PHONE', 'VIDEO')),
    join_url              varchar(1000),
    phone_number          varchar(50),
    access_code           varchar(50),
    state                 varchar(16) not null check (state in ('SCHEDULED', 'HELD', 'CANCELLED')),
    cancellation_reason   varchar(1000),
    sequence              integer not null default 0,
    archive_notes         text,
    archive_recording_url varchar(1000),
    archive_slides_url    varchar(1000),
    archive_topics        text[],
    archived_at           timestamptz,
    archived_by_name      varchar(200),
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               integer not null default 0,
    constraint scheduled_call_team_ck check ((audience = 'TEAM') = (team_id is not null)),
    constraint scheduled_call_times_ck check (ends_at > starts_at)
);
create index scheduled_call_collab_idx on scheduled_call (collaborative_id, starts_at);
create index scheduled_call_series_idx on scheduled_call (series_id, starts_at);
create index scheduled_call_team_idx on scheduled_call (team_id);

create table call_registration (
    id                 uuid primary key,
    call_id            uuid not null references scheduled_call (id),
    organization_id    uuid not null references organization (id),
    registered_by      uuid references app_user (id),
    registered_by_name varchar(200),
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            integer not null default 0,
    constraint call_registration_uq unique (call_id, organization_id)
);
create index call_registration_org_idx on call_registration (organization_id);

create table call_registration_attendee (
    id              uuid primary key,
    registration_id uuid not null references call_registration (id) on delete cascade,
    position        integer not null,
    name            varchar(200) not null,
    email           varchar(254) not null
);
create unique index call_registration_attendee_uq on call_registration_attendee (registration_id, lower(email));

create table call_attendance (
    id               uuid primary key,
    call_id          uuid not null references scheduled_call (id),
    roster_member_id uuid references roster_member (id),
    attendee_id      uuid references call_registration_attendee (id),
    organization_id  uuid not null references organization (id),
    status           varchar(16) not null check (status in ('PRESENT', 'ABSENT', 'PARTIAL')),
    note             varchar(1000),
    recorded_at      timestamptz not null,
    recorded_by      uuid references app_user (id),
    recorded_by_name varchar(200),
    version          integer not null default 0,
    constraint call_attendance_who_ck check (num_nonnulls(roster_member_id, attendee_id) = 1),
    constraint call_attendance_member_uq unique (call_id, roster_member_id),
    constraint call_attendance_attendee_uq unique (call_id, attendee_id)
);
create index call_attendance_org_idx on call_attendance (organization_id);

-- a person's calendar link: only the SHA-256 of the secret token is kept
create table calendar_feed_token (
    user_id      uuid primary key references app_user (id),
    token_hash   char(64) not null unique,
    created_at   timestamptz not null,
    last_used_at timestamptz
);
