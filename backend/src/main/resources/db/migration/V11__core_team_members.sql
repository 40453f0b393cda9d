-- The people of an application are people of the organisation: a core-team entry and the signer of
-- the Core Data Set commitment refer to the organisation's member (kept when the member is removed:
-- the name and e-mail written in the application stay, the reference is cleared).
alter table core_team_member
    add column member_id uuid references membership (id) on delete set null;
create index core_team_member_member_idx on core_team_member (member_id);

alter table application
    add column cds_signer_member_id uuid references membership (id) on delete set null;
