-- The audit trail page filters by who, what and when, newest first. Each filter that selects few
-- events gets an index that also yields them in time order, so a page reads its rows and stops.
create index audit_event_actor_idx on audit_event (actor_user_id, occurred_at desc);
create index audit_event_collaborative_idx on audit_event (collaborative_id, occurred_at desc)
    where collaborative_id is not null;
create index audit_event_organization_idx on audit_event (organization_id, occurred_at desc)
    where organization_id is not null;
-- exact action and action prefix (LIKE 'organization.%' needs the pattern operator class: the
-- database's collation is not C)
create index audit_event_action_idx on audit_event (action varchar_pattern_ops, occurred_at desc);
-- changes without a person (data systems, the system itself): their few distinct recorded names
-- are found by a loose index scan, then their events by name
create index audit_event_unattributed_idx on audit_event (actor_name, occurred_at desc)
    where actor_user_id is null;
