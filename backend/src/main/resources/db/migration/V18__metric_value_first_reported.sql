-- When a value first arrived, kept on the value itself at write time: the completeness and overdue
-- reads classify a cell (reported on time, late, missing) from this one column instead of
-- re-aggregating every revision of the collaborative on each request. Filled from the revisions (the
-- earliest one of each value; the value's own last change where none is on record).
--
-- The fill touches every value: it is allowed longer than the pool's statement timeout (8 s), which
-- a deployment with a few hundred thousand values exceeds on a busy machine.
set local statement_timeout = '30min';

alter table metric_value add column first_reported_at timestamptz;

update metric_value v
set first_reported_at = f.at
from (select measure_id, organization_id, period, min(at) as at
      from metric_value_revision group by measure_id, organization_id, period) f
where f.measure_id = v.measure_id and f.organization_id = v.organization_id and f.period = v.period;

update metric_value set first_reported_at = updated_at where first_reported_at is null;

alter table metric_value alter column first_reported_at set default now();
alter table metric_value alter column first_reported_at set not null;
