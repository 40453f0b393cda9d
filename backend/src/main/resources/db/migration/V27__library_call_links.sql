-- The call archive's recordings and slides as library items (issue 16, point 2): a LINK item made
-- from a call's archive names the call and which of its links it is, so that writing the archive
-- again updates that item instead of adding another.
alter table library_item
    add column call_id   uuid references scheduled_call (id),
    add column call_role varchar(16) check (call_role in ('RECORDING', 'SLIDES')),
    add constraint library_item_call_ck check ((call_id is null) = (call_role is null));
create unique index library_item_call_uq on library_item (call_id, call_role) where call_id is not null;

-- The usage report counts items added and used per collaborative and month.
create index library_usage_month_idx on library_usage (month);
