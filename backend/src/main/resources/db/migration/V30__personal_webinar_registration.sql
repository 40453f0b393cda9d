-- A webinar is open to the whole network: a person registers for it on their own (a member of a
-- learning community who joined for no organisation has no organisation to register). Such a
-- registration has no organisation; its registrant is who it belongs to, one per person and call.
alter table call_registration alter column organization_id drop not null;
alter table call_registration add constraint call_registration_whose_ck
    check (organization_id is not null or registered_by is not null);
create unique index call_registration_personal_uq on call_registration (call_id, registered_by)
    where organization_id is null;
create index call_registration_registrant_idx on call_registration (registered_by)
    where organization_id is null;

-- The attendance of a personal registration's attendees has no organisation either; a roster
-- member's always has one.
alter table call_attendance drop constraint call_attendance_org_ck;
alter table call_attendance add constraint call_attendance_org_ck
    check (organization_id is not null or roster_member_id is null);
