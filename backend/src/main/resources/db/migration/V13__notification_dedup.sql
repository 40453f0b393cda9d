-- A person is told at most once per dedup key (a reminder for one team, measure and month): a job run
-- again after a crash, or by a second replica, inserts nothing new.
alter table notification add column dedup_key varchar(300);
create unique index notification_dedup_idx on notification (user_id, dedup_key) where dedup_key is not null;
