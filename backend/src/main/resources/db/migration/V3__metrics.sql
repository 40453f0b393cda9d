-- Core Data Set: measures, values with their revisions, period unlocks, idempotent uploads.

create table measure (
    id               uuid primary key,
    collaborative_id uuid not null references collaborative (id),
    key              varchar(50) not null,
    name             varchar(200) not null,
    definition       varchar(5000),
    type             varchar(16) not null check (type in ('COUNT', 'PROPORTION', 'MEAN', 'RATE')),
    unit             varchar(50),
    direction        varchar(16) not null check (direction in ('INCREASE', 'DECREASE')),
    target           numeric,
    period_type      varchar(16) not null default 'MONTHLY' check (period_type in ('MONTHLY')),
    due_day          integer not null default 15 check (due_day between 1 and 28),
    lock_after_days  integer not null default 45 check (lock_after_days between 0 and 3650),
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          integer not null default 0,
    constraint measure_key_uq unique (collaborative_id, key)
);

-- one value per (measure, organisation, period); the measure names the collaborative
create table metric_value (
    measure_id      uuid not null references measure (id),
    organization_id uuid not null references organization (id),
    period          date not null check (extract(day from period) = 1),
    value           numeric,
    numerator       numeric,
    denominator     numeric,
    source          varchar(8) not null check (source in ('API', 'WEB', 'CSV')),
    updated_by      varchar(255),
    updated_at      timestamptz not null,
    primary key (measure_id, organization_id, period)
);
create index metric_value_org_idx on metric_value (organization_id, period);

-- every change of a value: what it was, what it became, who, when and from where
create table metric_value_revision (
    id              bigserial primary key,
    measure_id      uuid not null,
    organization_id uuid not null,
    period          date not null,
    old_value       numeric,
    old_numerator   numeric,
    old_denominator numeric,
    new_value       numeric,
    new_numerator   numeric,
    new_denominator numeric,
    source          varchar(8) not null,
    actor           varchar(255),
    at              timestamptz not null
);
create index metric_value_revision_key_idx on metric_value_revision (measure_id, organization_id, period, at);

create table period_unlock (
    collaborative_id uuid not null references collaborative (id),
    organization_id  uuid not null references organization (id),
    period           date not null,
    until            date not null,
    reason           varchar(2000) not null,
    unlocked_by      varchar(255),
    unlocked_at      timestamptz not null,
    primary key (collaborative_id, organization_id, period)
);

-- a retried upload with the same Idempotency-Key answers the first report
create table idempotency_record (
    scope         varchar(300) not null,
    key           varchar(255) not null,
    request_hash  varchar(64) not null,
    status        integer not null,
    body          text not null,
    created_at    timestamptz not null,
    primary key (scope, key)
);
