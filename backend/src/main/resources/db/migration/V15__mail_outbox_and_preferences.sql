-- E-mail goes through an outbox: the row is written in the transaction of the change that told the
-- person (a rolled-back change leaves none), sent after commit, and a failed send is retried with
-- backoff until max attempts, then FAILED (admins see them). Each row is claimed with
-- "for update skip locked" while it is sent, so two workers never send one row.
create table mail_outbox (
  id              uuid primary key,
  user_id         uuid not null references app_user (id),
  recipient       varchar(320) not null,
  topic           varchar(30) not null,
  subject         varchar(300) not null,
  text_body       text not null,
  html_body       text not null,
  -- the one-click unsubscribe address (List-Unsubscribe, RFC 8058); null for none
  unsubscribe_url varchar(2000),
  status          varchar(10) not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
  attempts        int not null default 0,
  next_attempt_at timestamptz not null,
  last_error      varchar(1000),
  created_at      timestamptz not null,
  sent_at         timestamptz,
  -- the in-app notification this e-mail tells of (null for a digest, which tells of several)
  notification_id uuid references notification (id) on delete set null,
  -- a digest is one mail per person and period: a second run of the job inserts nothing
  dedup_key       varchar(300) unique
);
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status = 'PENDING';
create index mail_outbox_failed_idx on mail_outbox (created_at) where status = 'FAILED';

-- files sent with a mail (an .ics invitation), in order
create table mail_outbox_attachment (
  id           uuid primary key,
  outbox_id    uuid not null references mail_outbox (id) on delete cascade,
  position     int not null,
  name         varchar(200) not null,
  content_type varchar(200) not null,
  content      bytea not null,
  unique (outbox_id, position)
);

-- how a person wants to hear of each topic (the part of a notification's kind before the first
-- '.'); a topic without a row has its default (NotificationTopics)
create table notification_preference (
  user_id    uuid not null references app_user (id),
  topic      varchar(30) not null,
  delivery   varchar(20) not null check (delivery in ('IN_APP', 'EMAIL', 'DAILY_DIGEST', 'WEEKLY_DIGEST')),
  updated_at timestamptz not null,
  primary key (user_id, topic)
);

-- a notification told in-app now and by a digest later: the digest job takes those not yet
-- digested (and records the digest mail that told of them, so a second run sends nothing again)
alter table notification add column awaiting_digest boolean not null default false;
alter table notification add column digested_at timestamptz;
alter table notification add column digest_outbox_id uuid;
create index notification_awaiting_digest_idx on notification (user_id) where awaiting_digest;
