-- How many values each team has of each measure, kept by the database as values arrive: a page of
-- values states its total from these few rows (teams x measures) instead of counting every value of
-- the collaborative on each request. Values are never deleted (a team or measure with values cannot
-- be removed), so arrivals are all the tally has to follow; a statement-level trigger adds the rows
-- a statement inserted (an upload's upsert: the inserted ones only), once per statement.
set local statement_timeout = '30min';

create table metric_value_tally (
    measure_id      uuid not null,
    organization_id uuid not null,
    n               bigint not null check (n >= 0),
    primary key (measure_id, organization_id)
);

insert into metric_value_tally (measure_id, organization_id, n)
select measure_id, organization_id, count(*) from metric_value group by measure_id, organization_id;

create function metric_value_tally_add() returns trigger language plpgsql as $$
begin
    insert into metric_value_tally (measure_id, organization_id, n)
    select measure_id, organization_id, count(*) from arrived group by measure_id, organization_id
    on conflict (measure_id, organization_id) do update set n = metric_value_tally.n + excluded.n;
    return null;
end;
$$;

create trigger metric_value_tally_add after insert on metric_value
    referencing new table as arrived for each statement execute function metric_value_tally_add();

-- a value moved or removed by hand (an operator's repair) keeps the tally true as well
create function metric_value_tally_remove() returns trigger language plpgsql as $$
begin
    update metric_value_tally t set n = t.n - g.n
    from (select measure_id, organization_id, count(*) as n from gone group by measure_id, organization_id) g
    where t.measure_id = g.measure_id and t.organization_id = g.organization_id;
    return null;
end;
$$;

create trigger metric_value_tally_remove after delete on metric_value
    referencing old table as gone for each statement execute function metric_value_tally_remove();
