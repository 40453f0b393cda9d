-- A learning community's calls: attendance of its members (a community has no teams, so no roster).
-- A member may have joined for no organisation: such a row has no organisation_id.
alter table call_attendance add column community_member_id uuid references community_member (id);
alter table call_attendance alter column organization_id drop not null;
alter table call_attendance drop constraint call_attendance_who_ck;
alter table call_attendance add constraint call_attendance_who_ck
    check (num_nonnulls(roster_member_id, attendee_id, community_member_id) = 1);
alter table call_attendance add constraint call_attendance_org_ck
    check (organization_id is not null or community_member_id is not null);
alter table call_attendance add constraint call_attendance_community_member_uq
    unique (call_id, community_member_id);
