-- A version per collaborative and topic, bumped in the same transaction as every change to the rows a
-- cached read depends on: the HTTP validators (ETags) of the heavy reads (metric completeness, run
-- charts, attendance reports, calendar feeds) are computed from these rows, so every replica agrees
-- on them and they change exactly when the data does (org.lcp.common.web.Conditional).
--
-- Statement-level AFTER triggers with transition tables: an upload of 100,000 values bumps its
-- collaborative once, not 100,000 times. A trigger with transition tables has one event, hence one
-- trigger per table and event. The bump is an upsert in collaborative order (a statement touching
-- several collaboratives takes their row locks in the same order as any other).
create table data_version (
    collaborative_id uuid   not null,
    topic            text   not null,
    version          bigint not null,
    primary key (collaborative_id, topic)
);

-- Bumps the topic of every collaborative the statement's rows belong to. tg_argv[0] is the topic,
-- tg_argv[1] a query giving the collaborative ids of the rows in the transition table named by %1$s.
create function data_version_touch() returns trigger
    language plpgsql as
$$
declare
    ids uuid[];
    q   text;
begin
    if tg_op = 'INSERT' then
        q := format(tg_argv[1], 'new_rows');
    elsif tg_op = 'DELETE' then
        q := format(tg_argv[1], 'old_rows');
    else
        q := format(tg_argv[1], 'new_rows') || ' union ' || format(tg_argv[1], 'old_rows');
    end if;
    execute 'select array(select distinct x from (' || q || ') t(x) where x is not null)' into ids;
    if cardinality(ids) > 0 then
        insert into data_version (collaborative_id, topic, version)
        select c, tg_argv[0], 1 from unnest(ids) c order by c
        on conflict (collaborative_id, topic) do update set version = data_version.version + 1;
    end if;
    return null;
end
$$;

-- Declares the three triggers (insert, update, delete) of a table for one topic.
create function data_version_watch(tbl text, topic text, query text) returns void
    language plpgsql as
$$
begin
    execute format('create trigger %I after insert on %I referencing new table as new_rows '
                       || 'for each statement execute function data_version_touch(%L, %L)',
                   tbl || '_dv_' || topic || '_ins', tbl, topic, query);
    execute format('create trigger %I after update on %I referencing new table as new_rows old table as old_rows '
                       || 'for each statement execute function data_version_touch(%L, %L)',
                   tbl || '_dv_' || topic || '_upd', tbl, topic, query);
    execute format('create trigger %I after delete on %I referencing old table as old_rows '
                       || 'for each statement execute function data_version_touch(%L, %L)',
                   tbl || '_dv_' || topic || '_del', tbl, topic, query);
end
$$;

-- the collaborative itself (title, dates, phase)
select data_version_watch('collaborative', 'collaborative', 'select id from %1$s');
-- enrolled teams, and what is shown of them: their organisations' names (below)
select data_version_watch('team', 'teams', 'select collaborative_id from %1$s');
select data_version_watch('roster_member', 'roster',
    'select t.collaborative_id from %1$s r join team t on t.id = r.team_id');
-- the Core Data Set and its values (a value's first arrival is read from its revisions)
select data_version_watch('measure', 'measures', 'select collaborative_id from %1$s');
select data_version_watch('metric_value', 'values',
    'select m.collaborative_id from %1$s v join measure m on m.id = v.measure_id');
select data_version_watch('metric_value_revision', 'values',
    'select m.collaborative_id from %1$s v join measure m on m.id = v.measure_id');
select data_version_watch('period_unlock', 'unlocks', 'select collaborative_id from %1$s');
-- learning sessions and attendance at them
select data_version_watch('learning_session', 'sessions', 'select collaborative_id from %1$s');
select data_version_watch('session_attendance', 'attendance',
    'select s.collaborative_id from %1$s a join learning_session s on s.id = a.learning_session_id');
-- calls, their series and the organisations registered for informational calls
select data_version_watch('scheduled_call', 'calls', 'select collaborative_id from %1$s');
select data_version_watch('call_series', 'calls', 'select collaborative_id from %1$s');
select data_version_watch('call_registration', 'calls',
    'select c.collaborative_id from %1$s r join scheduled_call c on c.id = r.call_id');

drop function data_version_watch(text, text, text);

-- An organisation's new name shows in every collaborative it has a team or values in.
create function data_version_organization_renamed() returns trigger
    language plpgsql as
$$
begin
    insert into data_version (collaborative_id, topic, version)
    select c, 'teams', 1
    from (select t.collaborative_id
          from new_rows n join old_rows o on o.id = n.id join team t on t.organization_id = n.id
          where n.name is distinct from o.name
          union
          select m.collaborative_id
          from new_rows n join old_rows o on o.id = n.id cross join measure m
          where n.name is distinct from o.name
            and exists (select 1 from metric_value v where v.measure_id = m.id and v.organization_id = n.id)) x(c)
    order by c
    on conflict (collaborative_id, topic) do update set version = data_version.version + 1;
    return null;
end
$$;
create trigger organization_dv_renamed after update on organization
    referencing new table as new_rows old table as old_rows
    for each statement execute function data_version_organization_renamed();

-- A person's new name shows as the facilitator of their calls (a sign-in that only stamps
-- last_seen_at bumps nothing).
create function data_version_person_renamed() returns trigger
    language plpgsql as
$$
begin
    insert into data_version (collaborative_id, topic, version)
    select distinct c.collaborative_id, 'calls', 1
    from new_rows n join old_rows o on o.id = n.id join scheduled_call c on c.facilitator_user_id = n.id
    where n.name is distinct from o.name
    order by 1
    on conflict (collaborative_id, topic) do update set version = data_version.version + 1;
    return null;
end
$$;
create trigger app_user_dv_renamed after update on app_user
    referencing new table as new_rows old table as old_rows
    for each statement execute function data_version_person_renamed();
