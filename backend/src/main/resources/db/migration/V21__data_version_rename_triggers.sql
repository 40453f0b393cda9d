-- The rename triggers of V19 looked for the collaboratives where a renamed organisation has values by
-- crossing every measure with the statement's rows before filtering on the name: ~100 ms for each
-- update of an organisation (of any column) at the 400-team scale, so a start-up task writing 400
-- organisations' name skeletons ran past its transaction timeout. They now return at once when no
-- name changed, and find an organisation's collaboratives through its own values (an index range).
create or replace function data_version_organization_renamed() returns trigger
    language plpgsql as
$$
begin
    if not exists (select 1 from new_rows n join old_rows o on o.id = n.id where n.name is distinct from o.name) then
        return null;
    end if;
    insert into data_version (collaborative_id, topic, version)
    select c, 'teams', 1
    from (select t.collaborative_id
          from new_rows n join old_rows o on o.id = n.id join team t on t.organization_id = n.id
          where n.name is distinct from o.name
          union
          select m.collaborative_id
          from new_rows n join old_rows o on o.id = n.id
          cross join lateral (select distinct v.measure_id from metric_value v where v.organization_id = n.id) v
          join measure m on m.id = v.measure_id
          where n.name is distinct from o.name) x(c)
    order by c
    on conflict (collaborative_id, topic) do update set version = data_version.version + 1;
    return null;
end
$$;

create or replace function data_version_person_renamed() returns trigger
    language plpgsql as
$$
begin
    if not exists (select 1 from new_rows n join old_rows o on o.id = n.id where n.name is distinct from o.name) then
        return null;
    end if;
    insert into data_version (collaborative_id, topic, version)
    select distinct c.collaborative_id, 'calls', 1
    from new_rows n join old_rows o on o.id = n.id join scheduled_call c on c.facilitator_user_id = n.id
    where n.name is distinct from o.name
    order by 1
    on conflict (collaborative_id, topic) do update set version = data_version.version + 1;
    return null;
end
$$;
