-- Improvement work on a team's measures (issue 15, point 4): the changes a team tests (change ideas and
-- their PDSA cycles), notes on a measure's timeline (chart annotations), and faculty comments on a
-- team's chart. All of it belongs to one team: (collaborative, organisation). Owned by the
-- org.lcp.improvement package.

-- A change a team tests, aimed at some of the collaborative's measures.
create table change_idea (
    id               uuid primary key,
    collaborative_id uuid not null references collaborative (id),
    organization_id  uuid not null references organization (id),
    title            varchar(200) not null,
    description      varchar(5000),
    status           varchar(16) not null check (status in ('PROPOSED', 'TESTING', 'ADOPTED', 'ABANDONED')),
    -- the measures it aims at (measures of the same collaborative; checked by the service)
    measure_ids      uuid[] not null default '{}',
    created_by       uuid references app_user (id),
    created_by_name  varchar(255) not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          integer not null default 0
);
create index change_idea_team_idx on change_idea (collaborative_id, organization_id, created_at);

-- One Plan-Do-Study-Act cycle testing a change idea. Shown on the charts of its measures (its own, or
-- its idea's when it names none) at the month it starts.
create table pdsa_cycle (
    id               uuid primary key,
    change_idea_id   uuid not null references change_idea (id),
    title            varchar(200) not null,
    plan             varchar(5000),
    do_text          varchar(5000),
    study            varchar(5000),
    act              varchar(5000),
    start_date       date not null,
    end_date         date,
    outcome          varchar(16) check (outcome in ('ADOPT', 'ADAPT', 'ABANDON')),
    measure_ids      uuid[] not null default '{}',
    created_by       uuid references app_user (id),
    created_by_name  varchar(255) not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          integer not null default 0,
    constraint pdsa_cycle_dates_ck check (end_date is null or end_date >= start_date)
);
create index pdsa_cycle_idea_idx on pdsa_cycle (change_idea_id, start_date);

-- A note at one month of a team's chart of one measure.
create table chart_annotation (
    id               uuid primary key,
    collaborative_id uuid not null references collaborative (id),
    organization_id  uuid not null references organization (id),
    measure_id       uuid not null references measure (id),
    period           date not null check (extract(day from period) = 1),
    kind             varchar(16) not null check (kind in ('NOTE', 'CHANGE', 'EVENT')),
    text             varchar(2000) not null,
    change_idea_id   uuid references change_idea (id),
    pdsa_cycle_id    uuid references pdsa_cycle (id),
    created_by       uuid references app_user (id),
    created_by_name  varchar(255) not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          integer not null default 0
);
create index chart_annotation_chart_idx on chart_annotation (measure_id, organization_id, period);
create index chart_annotation_team_idx on chart_annotation (collaborative_id, organization_id, period);

-- Faculty feedback on a team's chart of a measure (one month of it, or the whole chart).
create table chart_comment (
    id               uuid primary key,
    collaborative_id uuid not null references collaborative (id),
    organization_id  uuid not null references organization (id),
    measure_id       uuid not null references measure (id),
    period           date check (extract(day from period) = 1),
    body             varchar(4000) not null,
    created_by       uuid references app_user (id),
    created_by_name  varchar(255) not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    version          integer not null default 0
);
create index chart_comment_team_idx on chart_comment (collaborative_id, organization_id, created_at);

-- The run charts show annotations and cycles: their ETags (org.lcp.common.web.Conditional) follow
-- the topic 'improvement', bumped by V19's statement-level trigger function like every other topic.
create trigger chart_annotation_dv_improvement_ins after insert on chart_annotation
    referencing new table as new_rows for each statement
    execute function data_version_touch('improvement', 'select collaborative_id from %1$s');
create trigger chart_annotation_dv_improvement_upd after update on chart_annotation
    referencing new table as new_rows old table as old_rows for each statement
    execute function data_version_touch('improvement', 'select collaborative_id from %1$s');
create trigger chart_annotation_dv_improvement_del after delete on chart_annotation
    referencing old table as old_rows for each statement
    execute function data_version_touch('improvement', 'select collaborative_id from %1$s');
create trigger change_idea_dv_improvement_ins after insert on change_idea
    referencing new table as new_rows for each statement
    execute function data_version_touch('improvement', 'select collaborative_id from %1$s');
create trigger change_idea_dv_improvement_upd after update on change_idea
    referencing new table as new_rows old table as old_rows for each statement
    execute function data_version_touch('improvement', 'select collaborative_id from %1$s');
create trigger change_idea_dv_improvement_del after delete on change_idea
    referencing old table as old_rows for each statement
    execute function data_version_touch('improvement', 'select collaborative_id from %1$s');
create trigger pdsa_cycle_dv_improvement_ins after insert on pdsa_cycle
    referencing new table as new_rows for each statement
    execute function data_version_touch('improvement',
        'select i.collaborative_id from %1$s p join change_idea i on i.id = p.change_idea_id');
create trigger pdsa_cycle_dv_improvement_upd after update on pdsa_cycle
    referencing new table as new_rows old table as old_rows for each statement
    execute function data_version_touch('improvement',
        'select i.collaborative_id from %1$s p join change_idea i on i.id = p.change_idea_id');
create trigger pdsa_cycle_dv_improvement_del after delete on pdsa_cycle
    referencing old table as old_rows for each statement
    execute function data_version_touch('improvement',
        'select i.collaborative_id from %1$s p join change_idea i on i.id = p.change_idea_id');
