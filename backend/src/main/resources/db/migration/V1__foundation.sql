-- Foundation: people, organisations, collaboratives, learning sessions, audit trail.

create table app_user (
    id           uuid primary key,
    subject      varchar(255) unique,          -- the token's sub; null until the person first signs in
    email        varchar(254),
    name         varchar(200),
    created_at   timestamptz not null default now(),
    last_seen_at timestamptz
);
create unique index app_user_email_uq on app_user (lower(email));

create table organization (
    id           uuid primary key,
    name         varchar(200) not null,
    city         varchar(100),
    region       varchar(100),
    country_code char(2),
    website      varchar(500),
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      integer not null default 0
);
create unique index organization_name_uq on organization (lower(name));

create table membership (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    user_id         uuid not null references app_user (id),
    role            varchar(32) not null
        check (role in ('SENIOR_LEADER', 'SUPERVISOR', 'CLINICIAN', 'DATA_CONTACT', 'OTHER')),
    invited_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         integer not null default 0,
    constraint membership_org_user_uq unique (organization_id, user_id)
);
create index membership_user_idx on membership (user_id);

create table machine_client (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    client_id       varchar(100) not null unique,
    name            varchar(200) not null,
    enabled         boolean not null default true,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         integer not null default 0
);
create index machine_client_org_idx on machine_client (organization_id);

create table collaborative (
    id                    uuid primary key,
    title                 varchar(200) not null,
    practice              varchar(200) not null,
    description           text,
    kind                  varchar(32) not null check (kind in ('LEARNING_COLLABORATIVE', 'LEARNING_COMMUNITY')),
    phase                 varchar(32) not null check (phase in ('DRAFT', 'ANNOUNCED', 'APPLICATIONS_OPEN', 'REVIEW',
                                                                'PRE_WORK', 'ACTIVE', 'SUSTAINING', 'CLOSED')),
    applications_open_at  timestamptz,
    applications_close_at timestamptz,
    start_date            date,
    end_date              date,
    capacity              integer check (capacity between 1 and 1000),
    min_clinicians        integer not null default 2 check (min_clinicians between 0 and 50),
    created_by            uuid references app_user (id),
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               integer not null default 0,
    constraint collaborative_window_ck check (applications_close_at is null or applications_open_at is null
                                              or applications_close_at > applications_open_at),
    constraint collaborative_dates_ck check (end_date is null or start_date is null or end_date >= start_date)
);
create index collaborative_phase_idx on collaborative (phase);
create index collaborative_created_idx on collaborative (created_at desc, id);

create table faculty_assignment (
    collaborative_id uuid not null references collaborative (id),
    user_id          uuid not null references app_user (id),
    lead             boolean not null default false,
    assigned_at      timestamptz not null,
    updated_at       timestamptz not null,
    version          integer not null default 0,
    primary key (collaborative_id, user_id)
);
create index faculty_assignment_user_idx on faculty_assignment (user_id);

create table phase_transition (
    id               uuid primary key,
    collaborative_id uuid not null references collaborative (id),
    from_phase       varchar(32),
    to_phase         varchar(32) not null,
    reopen           boolean not null default false,
    reason           varchar(2000),
    actor_user_id    uuid references app_user (id),
    actor_name       varchar(200),
    at               timestamptz not null
);
create index phase_transition_collab_idx on phase_transition (collaborative_id, at);

create table learning_session (
    id               uuid primary key,
    collaborative_id uuid not null references collaborative (id),
    number           integer not null check (number between 1 and 12),
    title            varchar(200) not null,
    start_date       date,
    end_date         date,
    time_zone        varchar(64),
    mode             varchar(16) not null check (mode in ('IN_PERSON', 'VIRTUAL')),
    location         varchar(500),
    join_url         varchar(1000),
    agenda           text,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          integer not null default 0,
    constraint learning_session_number_uq unique (collaborative_id, number),
    constraint learning_session_dates_ck check (end_date is null or (start_date is not null and end_date >= start_date))
);

create table audit_event (
    id               uuid primary key,
    occurred_at      timestamptz not null,
    actor_kind       varchar(16) not null check (actor_kind in ('PERSON', 'MACHINE_CLIENT', 'SYSTEM')),
    actor_user_id    uuid,
    actor_subject    varchar(255),
    actor_name       varchar(200),
    action           varchar(64) not null,
    entity_type      varchar(64) not null,
    entity_id        uuid,
    organization_id  uuid,
    collaborative_id uuid,
    before           jsonb,
    after            jsonb,
    reason           varchar(2000)
);
create index audit_event_time_idx on audit_event (occurred_at desc, id);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);
