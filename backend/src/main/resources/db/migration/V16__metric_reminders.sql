-- Reminders about metric values: each collaborative's schedule (no row: the defaults), and the member
-- an organisation names as its data contact (told with the team about values due).

create table metric_reminder_settings (
    collaborative_id            uuid primary key references collaborative (id),
    enabled                     boolean not null default true,
    days_before_due             integer not null default 5 check (days_before_due between 0 and 28),
    senior_leader_after_days    integer not null default 7 check (senior_leader_after_days between 1 and 365),
    lead_faculty_after_days     integer not null default 14 check (lead_faculty_after_days between 1 and 365),
    days_before_lock            integer not null default 3 check (days_before_lock between 0 and 60),
    updated_at                  timestamptz not null,
    version                     integer not null default 1
);

alter table organization
    add column data_contact_member_id uuid references membership (id) on delete set null;
