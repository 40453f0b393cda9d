-- Applications to collaboratives, their four sections, faculty review, decisions and enrolled teams.

create table readiness_item (
    collaborative_id uuid not null references collaborative (id),
    position         integer not null,
    key              varchar(50) not null,
    text             varchar(500) not null,
    help             varchar(2000),
    primary key (collaborative_id, key),
    constraint readiness_item_position_uq unique (collaborative_id, position)
);

create table application (
    id                   uuid primary key,
    collaborative_id     uuid not null references collaborative (id),
    organization_id      uuid not null references organization (id),
    status               varchar(16) not null check (status in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED',
                                                                 'WAITLISTED', 'DECLINED', 'WITHDRAWN')),
    returned_for_changes boolean not null default false,
    return_message       varchar(5000),
    decision_message     varchar(5000),
    submitted_at         timestamptz,
    decided_at           timestamptz,
    -- section: Core Data Set commitment
    cds_agreed           boolean not null default false,
    cds_signer_name      varchar(200),
    cds_signer_title     varchar(200),
    cds_signed_on        date,
    data_contact_name    varchar(200),
    data_contact_email   varchar(254),
    created_by           uuid references app_user (id),
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              integer not null default 0,
    constraint application_org_collab_uq unique (collaborative_id, organization_id)
);
create index application_org_idx on application (organization_id);
create index application_collab_status_idx on application (collaborative_id, status);

create table application_status_change (
    id             uuid primary key,
    application_id uuid not null references application (id),
    status         varchar(16) not null,
    at             timestamptz not null
);
create index application_status_change_app_idx on application_status_change (application_id, at);

create table readiness_rating (
    application_id uuid not null references application (id),
    item_key       varchar(50) not null,
    rating         integer not null check (rating between 1 and 5),
    comment        varchar(2000),
    primary key (application_id, item_key)
);

create table core_team_member (
    id             uuid primary key,
    application_id uuid not null references application (id),
    position       integer not null,
    role           varchar(16) not null check (role in ('SENIOR_LEADER', 'SUPERVISOR', 'CLINICIAN', 'DATA_MANAGER', 'OTHER')),
    name           varchar(200) not null,
    email          varchar(254) not null,
    title          varchar(200),
    fte            numeric(3, 2) check (fte between 0.05 and 1.00)
);
create index core_team_member_app_idx on core_team_member (application_id, position);

create table session_commitment (
    application_id      uuid not null references application (id),
    learning_session_id uuid not null references learning_session (id),
    commits             boolean not null,
    conflicts           varchar(1000),
    primary key (application_id, learning_session_id)
);

create table review (
    application_id  uuid not null references application (id),
    reviewer_id     uuid not null references app_user (id),
    status          varchar(16) not null check (status in ('ASSIGNED', 'SUBMITTED', 'RECUSED')),
    score_readiness  integer check (score_readiness between 1 and 5),
    score_commitment integer check (score_commitment between 1 and 5),
    score_core_team  integer check (score_core_team between 1 and 5),
    score_attendance integer check (score_attendance between 1 and 5),
    comment         varchar(10000),
    recommendation  varchar(16) check (recommendation in ('ACCEPT', 'WAITLIST', 'DECLINE')),
    recusal_reason  varchar(2000),
    assigned_at     timestamptz not null,
    submitted_at    timestamptz,
    version         integer not null default 0,
    primary key (application_id, reviewer_id)
);
create index review_reviewer_idx on review (reviewer_id);

create table team (
    id               uuid primary key,
    collaborative_id uuid not null references collaborative (id),
    organization_id  uuid not null references organization (id),
    application_id   uuid references application (id),
    enrolled_at      timestamptz not null,
    constraint team_collab_org_uq unique (collaborative_id, organization_id)
);

create table roster_member (
    id         uuid primary key,
    team_id    uuid not null references team (id),
    role       varchar(16) not null check (role in ('SENIOR_LEADER', 'SUPERVISOR', 'CLINICIAN', 'DATA_MANAGER', 'OTHER')),
    name       varchar(200) not null,
    email      varchar(254) not null,
    title      varchar(200),
    fte        numeric(3, 2),
    start_date date not null,
    end_date   date,
    constraint roster_member_dates_ck check (end_date is null or end_date >= start_date)
);
create index roster_member_team_idx on roster_member (team_id);

-- The default readiness assessment (the domain's readiness factors); every new learning
-- collaborative starts with a copy its lead faculty may edit before applications open.
create table default_readiness_item (
    position integer primary key,
    key      varchar(50) not null unique,
    text     varchar(500) not null,
    help     varchar(2000)
);
insert into default_readiness_item (position, key, text, help) values
  (1, 'leadership-support', 'Senior leadership supports adopting the practice',
      'Leaders have committed time, staff and resources, and will remove barriers.'),
  (2, 'clinical-capacity', 'Clinical staff capacity and turnover',
      'Enough clinicians can be trained and carry cases; turnover is manageable.'),
  (3, 'supervision', 'Supervision structure',
      'A supervisor can give regular clinical supervision in the practice.'),
  (4, 'referral-volume', 'Referral volume of the target population',
      'Enough children and families who need the practice are referred.'),
  (5, 'ebp-experience', 'Experience with evidence-based practices',
      'The organisation has adopted and sustained evidence-based practices before.'),
  (6, 'data-capacity', 'Data capacity',
      'The organisation can collect the Core Data Set and report metrics monthly.'),
  (7, 'sustainability', 'Funding and sustainability plans',
      'There is a plan to fund and keep the practice after the collaborative ends.');

insert into readiness_item (collaborative_id, position, key, text, help)
select c.id, d.position, d.key, d.text, d.help
from collaborative c cross join default_readiness_item d
where c.kind = 'LEARNING_COLLABORATIVE';

create table notification (
    id         uuid primary key,
    user_id    uuid not null references app_user (id),
    kind       varchar(64) not null,
    title      varchar(300) not null,
    body       varchar(5000) not null,
    link       varchar(500),
    created_at timestamptz not null,
    read_at    timestamptz
);
create index notification_user_idx on notification (user_id, created_at desc);
