-- An organisation's time zone (IANA id, optional): notices of scheduled, moved and cancelled sessions
-- and calls state the time in it for the organisation's people (the event's own zone without one).
alter table organization add column time_zone varchar(64);
