-- Calendar links can be shown again: the secret token is an HMAC (with the server's link key) of a
-- random nonce kept here; the database alone still does not give a link away.
alter table calendar_feed_token add column nonce varchar(64);
