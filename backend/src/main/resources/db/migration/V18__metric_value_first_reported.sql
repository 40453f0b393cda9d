-- When a value first arrived, kept on the value itself at write time: the completeness and overdue
-- reads classify a cell (reported on time, late, missing) from this one column instead of
-- re-aggregating every revision of the collaborative on each request. Filled from the revisions (the
-- earliest one of each value; the value's own last change where none is on record).
alter table metric_value add column first_reported_at timestamptz;

update metric_value v
set first_reported_at = coalesce(
        (select min(r.at) from metric_value_revision r
         where r.measure_id = v.measure_id and r.organization_id = v.organization_id and r.period = v.period),
        v.updated_at);

alter table metric_value alter column first_reported_at set default now();
alter table metric_value alter column first_reported_at set not null;
