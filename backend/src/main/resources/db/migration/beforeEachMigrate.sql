-- Flyway runs this in each migration's transaction, before the migration: a migration may run past
-- the pool's statement timeout (8 s, LCP_DB_STATEMENT_TIMEOUT), which a fill or backfill of a large
-- deployment's tables exceeds (V18 over 180,000 values on a busy machine did). `local`: it ends with
-- the migration's transaction and never reaches a connection the application uses afterwards.
set local statement_timeout = '30min';
